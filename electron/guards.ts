/**
 * The shell's guards as plain functions — links, permissions, DevTools, a second instance, which
 * requests may leave the window — with no Electron import, so the unit tests hold each of them.
 * main.ts wires them to Electron's events.
 */
import { isTrustedUrl } from './security';

/** Longest external link offered to the user; longer ones hide what they point at. */
export const MAX_LINK_LENGTH = 2048;

/**
 * The URL to offer for opening in the user's browser, or null for one never to be opened: only
 * https, no user name or password in it (`https://bank.dk@evil.example/` deceives), no control
 * characters, not absurdly long. The returned form is the parsed one, which the dialog shows.
 */
export function externalLink(url: unknown): string | null {
  if (typeof url !== 'string' || url.length > MAX_LINK_LENGTH || /[\u0000-\u001f\u007f]/.test(url)) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' || u.username || u.password || !u.hostname) return null;
  return u.href;
}

export interface LinkDeps {
  /** asks the user whether to open the link in their browser (a dialog naming the URL) */
  confirm(url: string): Promise<boolean>;
  openExternal(url: string): Promise<void>;
}

/**
 * webContents.setWindowOpenHandler's listener: never a new window in the app; an https link is
 * opened in the user's browser only after they said yes to a dialog naming it. Returns the
 * promise of that decision too, for tests (Electron ignores extra fields).
 */
export function createWindowOpenHandler(deps: LinkDeps) {
  return ({ url }: { url: string }): { action: 'deny'; decided: Promise<boolean> } => {
    const link = externalLink(url);
    const decided =
      link === null
        ? Promise.resolve(false)
        : deps
            .confirm(link)
            .then(async (yes) => {
              if (yes) await deps.openExternal(link);
              return yes;
            })
            .catch(() => false);
    return { action: 'deny', decided };
  };
}

/** session.setPermissionCheckHandler / setPermissionRequestHandler: the renderer needs none. */
export const denyPermissionCheck = (..._args: unknown[]): false => false;
export function denyPermissionRequest(_wc: unknown, _permission: string, callback: (granted: boolean) => void): void {
  callback(false);
}

/** The keys that open DevTools or the element picker (F12; Ctrl+Shift+I/J/C; ⌘⌥I/J/C on macOS). */
export interface KeyInput {
  type?: string;
  key?: string;
  control?: boolean;
  meta?: boolean;
  shift?: boolean;
  alt?: boolean;
}

export function isDevToolsShortcut(input: KeyInput): boolean {
  if (input.type !== undefined && input.type !== 'keyDown') return false;
  const key = (input.key ?? '').toLowerCase();
  if (key === 'f12') return true;
  if (!['i', 'j', 'c'].includes(key)) return false;
  return Boolean((input.control && input.shift) || (input.meta && input.alt));
}

/**
 * The guard for a window's before-input-event in a packaged build: the DevTools keys do nothing
 * (webPreferences.devTools is off there too; this keeps the keys from reaching a menu role).
 */
export function createDevToolsKeyGuard(packaged: boolean) {
  return (event: { preventDefault(): void }, input: KeyInput): void => {
    if (packaged && isDevToolsShortcut(input)) event.preventDefault();
  };
}

/** A window DevTools were opened on in a packaged build is closed again at once. */
export function createDevToolsOpenedGuard(packaged: boolean, contents: { closeDevTools(): void }) {
  return (): void => {
    if (packaged) contents.closeDevTools();
  };
}

/**
 * webRequest.onBeforeRequest's rule: only the app:// renderer's own requests; devtools:// only
 * outside packaged builds (where DevTools exist at all).
 */
export function isAllowedRequest(url: string, packaged: boolean): boolean {
  if (isTrustedUrl(url)) return true;
  return !packaged && /^devtools:/.test(url);
}

export interface FocusableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/** app 'second-instance': the window that already has the project comes to the front. */
export function createSecondInstanceHandler(getWindow: () => FocusableWindow | null) {
  return (): boolean => {
    const w = getWindow();
    if (!w || w.isDestroyed()) return false;
    if (w.isMinimized()) w.restore();
    w.show();
    w.focus();
    return true;
  };
}

/**
 * Taken first thing: a second start of the app hands over to the first (which comes to the
 * front) and quits, so two windows never write one project file. Returns whether this one runs.
 */
export function takeSingleInstance(app: { requestSingleInstanceLock(): boolean; quit(): void }): boolean {
  if (app.requestSingleInstanceLock()) return true;
  app.quit();
  return false;
}
