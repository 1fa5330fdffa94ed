// The folded words of a separator-free run of raw text, cached across queries and looked up by
// position (RunCache: no substring, no string hash for a hit). Snippets scan result bodies run by
// run for the first matched word; a library repeats its runs, so after a few pages most runs are
// known and a scan costs a hash and a probe per run. Pure: no DOM, no Node. Holds only folded
// words (never a highlight offset) and a bounded number of runs per fold setting.
import type { FoldOptions } from '../text/normalize.js';
import { words } from './analyzer.js';
import { RunCache } from './run-cache.js';

// About 1.5 MB of table per fold setting; cleared when full (RunCache).
const MAX_RUNS = 100_000;
const caches = new Map<string, RunCache<readonly string[]>>();

const signature = (o: FoldOptions): string => `${o.strong ?? '-'}${o.hamzaSeats ?? '-'}${o.tehMarbuta ?? '-'}`;

/** The cache for one fold setting. */
export function runWordsCache(fold: FoldOptions): (text: string, i: number, j: number, h: number) => readonly string[] {
  const sig = signature(fold);
  let cache = caches.get(sig);
  if (!cache) caches.set(sig, (cache = new RunCache<readonly string[]>(MAX_RUNS)));
  const c = cache;
  return (text, i, j, h) => {
    let v = c.get(text, i, j, h);
    if (v === undefined) {
      const run = text.slice(i, j);
      v = words(run, fold);
      c.set(run, h, v);
    }
    return v;
  };
}
