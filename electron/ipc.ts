import { z } from 'zod';
import type { Method, Reply } from '../src/api/contract';
import { isTrustedUrl } from './security';

export { IPC_CHANNEL } from './channels';

/** The IPC envelope; the params themselves are validated by the service against the contract. */
const Envelope = z.tuple([z.string().min(1).max(100), z.unknown()]);

export interface Dispatcher {
  dispatch(method: string, params: unknown): Promise<Reply<Method>>;
}

/** ipcMain.handle's listener, without Electron imports so it can be unit-tested. */
export function createIpcHandler(getService: () => Dispatcher | null) {
  return async (event: { senderFrame?: { url?: string } | null }, ...args: unknown[]): Promise<Reply<Method>> => {
    if (!isTrustedUrl(event.senderFrame?.url)) return { ok: false, kind: 'invalid', error: 'untrusted sender' };
    const parsed = Envelope.safeParse(args);
    if (!parsed.success) return { ok: false, kind: 'invalid', error: 'malformed IPC call' };
    const service = getService();
    if (!service) return { ok: false, kind: 'file', error: 'Intet projekt er åbent' };
    const [method, params] = parsed.data;
    return service.dispatch(method, params);
  };
}
