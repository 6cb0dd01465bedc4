// The shell's guards (electron/guards.ts, electron/menu.ts) and the packaged build's fuses. Electron
// itself cannot run here, so each guard is a plain function main.ts wires to Electron's events.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  createDevToolsKeyGuard,
  createDevToolsOpenedGuard,
  createSecondInstanceHandler,
  createWindowOpenHandler,
  denyPermissionCheck,
  denyPermissionRequest,
  externalLink,
  isAllowedRequest,
  isDevToolsShortcut,
  takeSingleInstance,
} from '../../../electron/guards';
import { menuTemplate, type MenuItem } from '../../../electron/menu';
import { secureWebPreferences } from '../../../electron/security';
import { shellStrings } from '../../../electron/strings';

describe('external links', () => {
  it('offers only plain https links', () => {
    expect(externalLink('https://nfa.dk/rapport?x=1#s')).toBe('https://nfa.dk/rapport?x=1#s');
    for (const bad of [
      'http://nfa.dk/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://cmo/index.html',
      'smb://server/share',
      'https://nfa.dk@evil.example/',
      'https://user:pw@nfa.dk/',
      'https://nfa.dk/\nx',
      `https://nfa.dk/${'a'.repeat(3000)}`,
      'not a url',
      '',
      42,
      null,
    ]) {
      expect(externalLink(bad), String(bad).slice(0, 40)).toBeNull();
    }
  });

  it('never opens a window in the app, and opens a link only after the user said yes', async () => {
    const openExternal = vi.fn(async () => {});
    const yes = createWindowOpenHandler({ confirm: vi.fn(async () => true), openExternal });
    const r = yes({ url: 'https://nfa.dk/' });
    expect(r.action).toBe('deny');
    expect(await r.decided).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://nfa.dk/');

    openExternal.mockClear();
    const confirm = vi.fn(async () => false);
    const no = createWindowOpenHandler({ confirm, openExternal });
    const r2 = no({ url: 'https://nfa.dk/' });
    expect(r2.action).toBe('deny');
    expect(await r2.decided).toBe(false);
    expect(confirm).toHaveBeenCalledWith('https://nfa.dk/');
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('does not even ask about a link it would never open, and survives a failing dialog', async () => {
    const confirm = vi.fn(async () => true);
    const openExternal = vi.fn(async () => {});
    const h = createWindowOpenHandler({ confirm, openExternal });
    for (const url of ['http://nfa.dk/', 'file:///C:/Windows/System32/calc.exe', 'https://a@b.dk/']) {
      const r = h({ url });
      expect(r.action).toBe('deny');
      expect(await r.decided).toBe(false);
    }
    expect(confirm).not.toHaveBeenCalled();
    const broken = createWindowOpenHandler({
      confirm: async () => {
        throw new Error('no window');
      },
      openExternal,
    });
    expect(await broken({ url: 'https://nfa.dk/' }).decided).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });
});

describe('permissions and requests', () => {
  it('denies every permission check and request', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'hid', 'serial', 'usb']) {
      expect(denyPermissionCheck(null, p, 'app://cmo', {})).toBe(false);
      const cb = vi.fn();
      denyPermissionRequest(null, p, cb);
      expect(cb).toHaveBeenCalledWith(false);
    }
  });

  it('lets only the app:// renderer load, and devtools:// only outside packaged builds', () => {
    expect(isAllowedRequest('app://cmo/assets/index.js', true)).toBe(true);
    expect(isAllowedRequest('app://evil/x.js', true)).toBe(false);
    expect(isAllowedRequest('https://cdn.example/x.js', false)).toBe(false);
    expect(isAllowedRequest('file:///etc/passwd', false)).toBe(false);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', false)).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', true)).toBe(false);
  });
});

describe('DevTools in packaged builds', () => {
  it('are switched off in the web preferences when packaged', () => {
    expect(secureWebPreferences('/p.cjs', false).devTools).toBe(false);
    expect(secureWebPreferences('/p.cjs', true).devTools).toBe(true);
    expect(secureWebPreferences('/p.cjs').devTools).toBe(false); // off unless asked for
  });

  it('know the keys that open them', () => {
    expect(isDevToolsShortcut({ type: 'keyDown', key: 'F12' })).toBe(true);
    expect(isDevToolsShortcut({ type: 'keyDown', key: 'I', control: true, shift: true })).toBe(true);
    expect(isDevToolsShortcut({ type: 'keyDown', key: 'j', control: true, shift: true })).toBe(true);
    expect(isDevToolsShortcut({ type: 'keyDown', key: 'i', meta: true, alt: true })).toBe(true);
    expect(isDevToolsShortcut({ type: 'keyDown', key: 'i', control: true })).toBe(false); // italic, not DevTools
    expect(isDevToolsShortcut({ type: 'keyDown', key: 'c', control: true })).toBe(false); // copy
    expect(isDevToolsShortcut({ type: 'keyUp', key: 'F12' })).toBe(false);
  });

  it('swallow those keys and close DevTools when packaged, and leave them alone in development', () => {
    for (const packaged of [true, false]) {
      const e = { preventDefault: vi.fn() };
      createDevToolsKeyGuard(packaged)(e, { type: 'keyDown', key: 'F12' });
      expect(e.preventDefault).toHaveBeenCalledTimes(packaged ? 1 : 0);
      const plain = { preventDefault: vi.fn() };
      createDevToolsKeyGuard(packaged)(plain, { type: 'keyDown', key: 'a', control: true });
      expect(plain.preventDefault).not.toHaveBeenCalled();
      const contents = { closeDevTools: vi.fn() };
      createDevToolsOpenedGuard(packaged, contents)();
      expect(contents.closeDevTools).toHaveBeenCalledTimes(packaged ? 1 : 0);
    }
  });

  it('are not in the packaged menu', () => {
    const roles = (items: MenuItem[]): string[] => items.flatMap((i) => [i.role ?? '', ...roles(i.submenu ?? [])]);
    const none = () => {};
    const o = {
      platform: 'linux',
      ...{ onNew: none, onOpen: none, onOpenRefi: none, onExportRefi: none, onCoderCopy: none, onMergeCopies: none },
    };
    expect(roles(menuTemplate(shellStrings('da'), { ...o, packaged: false }))).toContain('toggleDevTools');
    const packaged = roles(menuTemplate(shellStrings('da'), { ...o, packaged: true }));
    expect(packaged).not.toContain('toggleDevTools');
    expect(packaged).toEqual(expect.arrayContaining(['reload', 'quit', 'copy']));
  });

  it("the File menu opens and exports REFI-QDA projects, in the system's language", () => {
    let opened = 0,
      exported = 0;
    const o = {
      platform: 'linux',
      packaged: true,
      onNew: () => {},
      onOpen: () => {},
      onOpenRefi: () => {
        opened++;
      },
      onExportRefi: () => {
        exported++;
      },
      onCoderCopy: () => {},
      onMergeCopies: () => {},
    };
    for (const [lang, open, save] of [
      ['da', 'Åbn REFI-QDA-projekt…', 'Eksportér REFI-QDA…'],
      ['en', 'Open REFI-QDA project…', 'Export REFI-QDA…'],
    ] as const) {
      const file = menuTemplate(shellStrings(lang), o)[0]!.submenu!;
      file.find((i) => i.label === open)!.click!();
      file.find((i) => i.label === save)!.click!();
    }
    expect([opened, exported]).toEqual([2, 2]);
  });
});

describe('one running app', () => {
  const win = (minimized: boolean) => ({
    isDestroyed: () => false,
    isMinimized: () => minimized,
    restore: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
  });

  it('a second start brings the first window to the front (restored when minimised)', () => {
    const w = win(true);
    expect(createSecondInstanceHandler(() => w)()).toBe(true);
    expect(w.restore).toHaveBeenCalled();
    expect(w.focus).toHaveBeenCalled();
    const w2 = win(false);
    createSecondInstanceHandler(() => w2)();
    expect(w2.restore).not.toHaveBeenCalled();
    expect(w2.focus).toHaveBeenCalled();
    expect(createSecondInstanceHandler(() => null)()).toBe(false);
  });

  it('the second instance quits; the first keeps running', () => {
    const first = { requestSingleInstanceLock: () => true, quit: vi.fn() };
    expect(takeSingleInstance(first)).toBe(true);
    expect(first.quit).not.toHaveBeenCalled();
    const second = { requestSingleInstanceLock: () => false, quit: vi.fn() };
    expect(takeSingleInstance(second)).toBe(false);
    expect(second.quit).toHaveBeenCalled();
  });

  it('main.ts wires every guard (the shell cannot run here, so its wiring is read)', () => {
    const main = fs.readFileSync(path.resolve(__dirname, '../../../electron/main.ts'), 'utf8');
    for (const s of [
      'takeSingleInstance(app)',
      "'second-instance'",
      'setPermissionCheckHandler(denyPermissionCheck)',
      'setPermissionRequestHandler(denyPermissionRequest)',
      'createWindowOpenHandler(',
      "'before-input-event'",
      "'devtools-opened'",
      '!app.isPackaged',
      'isAllowedRequest(',
    ])
      expect(main).toContain(s);
    expect(main).not.toMatch(/openExternal\(url\)/); // only the confirmed link is opened
  });
});

describe('Electron fuses in electron-builder.yml', () => {
  // electron-builder's own parts, as electron-builder itself resolves them (they are its dependencies, not ours)
  const builder = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
  const builderLib = createRequire(builder.resolve('app-builder-lib'));
  const yml = path.resolve(__dirname, '../../../electron-builder.yml');
  const config = () => builderLib('js-yaml').load(fs.readFileSync(yml, 'utf8'));

  it('turn off running as Node, NODE_OPTIONS and --inspect; encrypt cookies; load only the checked app.asar', () => {
    expect(config().electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    expect(config().asar).toBe(true);
  });

  it('are options electron-builder knows (its own schema validates the file)', async () => {
    const { validateConfiguration } = builder('app-builder-lib/out/util/config/config');
    const { DebugLogger } = builder('builder-util');
    await expect(validateConfiguration(config(), new DebugLogger(false))).resolves.toBeUndefined();
    const misspelt = { ...config(), electronFuses: { ...config().electronFuses, runAsNod: false } };
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(/electronFuses/);
  }, 30000);
});
