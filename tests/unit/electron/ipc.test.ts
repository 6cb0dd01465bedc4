import { describe, expect, it, vi } from 'vitest';
import { createIpcHandler } from '../../../electron/ipc';
import { isTrustedUrl, secureWebPreferences } from '../../../electron/security';

const trusted = { senderFrame: { url: 'app://cmo/index.html' } };

describe('Electron IPC handler', () => {
  it('passes a well-formed call from our renderer to the service', async () => {
    const dispatch = vi.fn(async () => ({ ok: true as const, result: { x: 1 } as never }));
    const handler = createIpcHandler(() => ({ dispatch }));
    const reply = await handler(trusted, 'project.info', {});
    expect(reply).toEqual({ ok: true, result: { x: 1 } });
    expect(dispatch).toHaveBeenCalledWith('project.info', {});
  });

  it('refuses senders that are not the app:// renderer', async () => {
    const dispatch = vi.fn();
    const handler = createIpcHandler(() => ({ dispatch }));
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/index.html', '', undefined]) {
      const reply = await handler({ senderFrame: { url } }, 'project.info', {});
      expect(reply).toMatchObject({ ok: false, kind: 'invalid' });
    }
    expect(await handler({ senderFrame: null }, 'project.info', {})).toMatchObject({ ok: false });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses malformed envelopes', async () => {
    const dispatch = vi.fn();
    const handler = createIpcHandler(() => ({ dispatch }));
    expect(await handler(trusted, 42, {})).toMatchObject({ ok: false, kind: 'invalid' });
    expect(await handler(trusted)).toMatchObject({ ok: false, kind: 'invalid' });
    expect(await handler(trusted, 'x'.repeat(500), {})).toMatchObject({ ok: false, kind: 'invalid' });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('says so when no project is open', async () => {
    const handler = createIpcHandler(() => null);
    expect(await handler(trusted, 'project.info', {})).toMatchObject({ ok: false, kind: 'file' });
  });
});

describe('Electron hardening', () => {
  it('turns every isolation switch on', () => {
    const p = secureWebPreferences('/x/preload.cjs');
    expect(p).toMatchObject({
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: true,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    });
  });
  it('trusts only app://cmo', () => {
    expect(isTrustedUrl('app://cmo/index.html')).toBe(true);
    expect(isTrustedUrl('app://cmo.evil/index.html')).toBe(false);
    expect(isTrustedUrl('http://127.0.0.1/')).toBe(false);
    expect(isTrustedUrl('not a url')).toBe(false);
  });
});

describe("the shell's words", () => {
  it('follow the system language: Danish for da/da-DK, English otherwise, with the same keys', async () => {
    const { shellStrings } = await import('../../../electron/strings');
    expect(shellStrings('da').file).toBe('Fil');
    expect(shellStrings('da-DK').openProject).toBe('Åbn projekt…');
    expect(shellStrings('en-GB').openProject).toBe('Open project…');
    expect(shellStrings('sv-SE').file).toBe('File');
    expect(shellStrings('dan').file).toBe('File'); // not a Danish tag
    expect(Object.keys(shellStrings('en')).sort()).toEqual(Object.keys(shellStrings('da')).sort());
    for (const v of Object.values(shellStrings('en'))) expect(v.trim()).not.toBe('');
  });
});
