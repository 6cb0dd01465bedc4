/**
 * app's `before-quit` listener, without Electron imports so it can be unit-tested: the first quit is
 * held until the lifecycle has shut down (changes under way saved, lock and open marker gone), then
 * the app quits for real; a quit asked for meanwhile or after passes.
 */
export function createBeforeQuit(shutdown: () => Promise<void>, quit: () => void) {
  let state: 'running' | 'stopping' | 'done' = 'running';
  return (event: { preventDefault(): void }): void => {
    if (state === 'done') return;
    event.preventDefault();
    if (state === 'stopping') return;
    state = 'stopping';
    const finish = () => {
      state = 'done';
      quit();
    };
    shutdown().then(finish, finish);
  };
}
