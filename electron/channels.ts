/**
 * The IPC channels, with no imports, so the sandboxed preload's bundle carries nothing else:
 * the window's calls to the service, and what the shell tells the window (src/api/shellEvents.ts).
 */
export const IPC_CHANNEL = 'cmo:call';
export const SHELL_CHANNEL = 'cmo:shell';
