import { describe, expect, it, vi } from 'vitest';
import { createBeforeQuit } from '../../../electron/quit';

describe("Electron's before-quit", () => {
  it('holds the quit until the lifecycle has shut down, then quits once', async () => {
    let finish!: () => void;
    const shutdown = vi.fn(() => new Promise<void>((r) => (finish = r)));
    const quit = vi.fn();
    const onQuit = createBeforeQuit(shutdown, quit);
    const first = { preventDefault: vi.fn() };
    onQuit(first);
    expect(first.preventDefault).toHaveBeenCalled();
    expect(shutdown).toHaveBeenCalledTimes(1);
    // asked again while shutting down: still held, not a second shutdown
    const again = { preventDefault: vi.fn() };
    onQuit(again);
    expect(again.preventDefault).toHaveBeenCalled();
    expect(quit).not.toHaveBeenCalled();
    finish();
    await vi.waitFor(() => expect(quit).toHaveBeenCalledTimes(1));
    // the quit that follows passes
    const last = { preventDefault: vi.fn() };
    onQuit(last);
    expect(last.preventDefault).not.toHaveBeenCalled();
    expect(shutdown).toHaveBeenCalledTimes(1);
  });

  it('quits even when the shutdown fails', async () => {
    const quit = vi.fn();
    createBeforeQuit(() => Promise.reject(new Error('disk gone')), quit)({ preventDefault() {} });
    await vi.waitFor(() => expect(quit).toHaveBeenCalledTimes(1));
  });
});
