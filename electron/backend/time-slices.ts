// Maps a long list on the main thread in short slices, yielding to other calls and timers between
// them (setImmediate), so a big answer (a long clip's thousands of quotes) never holds the thread
// for one long task. Same result as Array.map, in order; never runs work off the thread.

// Why 15 ms: well under the 100 ms a user notices, long enough that the yields cost little.
const SLICE_MS = 15;

const yieldToCalls = () => new Promise<void>((resolve) => setImmediate(resolve));

/** `items.map(fn)`, yielding to the event loop whenever a slice has run for `sliceMs`. */
export async function mapInSlices<T, U>(items: readonly T[], fn: (item: T) => U, sliceMs = SLICE_MS): Promise<U[]> {
  const out: U[] = [];
  let sliceStart = performance.now();
  for (const item of items) {
    out.push(fn(item));
    if (performance.now() - sliceStart >= sliceMs) {
      await yieldToCalls();
      sliceStart = performance.now();
    }
  }
  return out;
}
