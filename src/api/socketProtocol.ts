/**
 * How the browser-mode window and the host agree on their WebSocket (src/host/socket.ts,
 * renderer/src/api.ts): the path, the subprotocol the host answers with, and the second
 * subprotocol the window offers to carry the per-launch token (a base64url token is a valid
 * subprotocol name; browsers cannot set headers on a WebSocket).
 */
export const SOCKET_PATH = 'api/ws';
export const SOCKET_PROTOCOL = 'cmo-api';
const TOKEN_PREFIX = 'cmo-token.';

export const tokenProtocol = (token: string) => `${TOKEN_PREFIX}${token}`;
/** the token among the offered subprotocols, or '' */
export const tokenFrom = (offered: readonly string[]) =>
  offered.find((p) => p.startsWith(TOKEN_PREFIX))?.slice(TOKEN_PREFIX.length) ?? '';
