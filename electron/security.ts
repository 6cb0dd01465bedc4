/**
 * The window's web preferences: every hardening switch on, stated in one place so a test can hold
 * it. `devTools` is `!app.isPackaged`: an installed app has none.
 */
export function secureWebPreferences(preload: string, devTools = false) {
  return {
    preload,
    devTools,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    sandbox: true,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  } as const;
}

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://cmo`;

/** Only our own renderer, loaded from the app:// protocol, may call the API or navigate. */
export function isTrustedUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === 'cmo';
  } catch {
    return false;
  }
}
