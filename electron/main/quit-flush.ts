// Holds the quit until the library is flushed and closed: before-quit is prevented, the backend
// closes, then quit runs again for real. Type-only electron import; unit-tested with a fake app.
import type { App } from 'electron';

// Why 10 s: a flush is a few hundred ms even at 50k clips (bench); if the disk hangs longer than
// this, quitting with an error shown beats a window that never closes.
export const QUIT_FLUSH_TIMEOUT_MS = 10_000;

type AppLike = Pick<App, 'quit'> & { on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown };

export function holdQuitUntilClosed(
  app: AppLike,
  close: () => Promise<void>,
  onError: (e: unknown) => void,
  timeoutMs = QUIT_FLUSH_TIMEOUT_MS,
): void {
  let state: 'open' | 'closing' | 'closed' = 'open';
  app.on('before-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the library did not finish saving within ${timeoutMs} ms`)), timeoutMs);
    });
    Promise.race([close(), timeout])
      .catch(onError)
      .finally(() => {
        clearTimeout(timer);
        state = 'closed';
        app.quit();
      });
  });
}
