// Preloaded into the browser shell by the pathological-files figure (node --import): every
// 250 ms appends "epochMs maxDelayMs" (the longest event-loop block in that slice) to the file
// named by MARSAD_LOOP_MONITOR_FILE. Measures only; changes nothing in the host. Worker threads
// inherit --import, so it runs only on the main thread: a worker's busy loop is not a UI block.
import { appendFileSync } from 'node:fs';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setInterval } from 'node:timers';
import { isMainThread } from 'node:worker_threads';

const file = process.env.MARSAD_LOOP_MONITOR_FILE;
if (file && isMainThread) {
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    // A timer that fires late was itself blocked: count that too (the histogram sees it only once the loop turns).
    const late = now - last - 250;
    last = now;
    appendFileSync(file, `${Date.now()} ${Math.max(h.max / 1e6, late).toFixed(1)}\n`);
    h.reset();
  }, 250);
  timer.unref();
}
