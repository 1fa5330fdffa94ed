// Measures how long the calling thread was blocked while some work ran: Node's event-loop delay
// histogram (perf_hooks) sampled every RESOLUTION_MS, its maximum being the longest stretch in
// which nothing else (a call, a timer, a repaint message) could run. For tests, the bench and
// the hardening script (`longestBlockDuring(() => work())`); the hosts never run it.
import { monitorEventLoopDelay } from 'node:perf_hooks';

// 10 ms: fine enough to see a 100 ms block, coarse enough to cost nothing.
const RESOLUTION_MS = 10;

/** Runs `work` and reports the longest event-loop block (ms) seen while it ran. */
export async function longestBlockDuring<T>(work: () => Promise<T>): Promise<{ value: T; longestBlockMs: number }> {
  const h = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  h.enable();
  // The histogram sees a block only from its second sample on: let the first one pass.
  await new Promise((r) => setTimeout(r, RESOLUTION_MS * 3));
  try {
    const value = await work();
    // A block that ends with the work is recorded only when the next sample fires.
    await new Promise((r) => setTimeout(r, RESOLUTION_MS * 3));
    return { value, longestBlockMs: h.max / 1e6 };
  } finally {
    h.disable();
  }
}
