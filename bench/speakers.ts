// benchSpeakers(n): the Speakers view's first answer on an n-clip library, with the quotes not yet
// detected (as right after a large import, or after an engine update) and after the background
// warmer (electron/backend/quotes/quote-warmer.ts) has run. Prints figures; asserts nothing.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClipViews } from '../electron/backend/clip-views.js';
import { libraryPeople } from '../electron/backend/quotes/library-people.js';
import { QuoteCache } from '../electron/backend/quotes/quote-cache.js';
import { QuoteWarmer } from '../electron/backend/quotes/quote-warmer.js';
import { LibraryStore } from '../electron/backend/store/library-store.js';
import { buildLibrary } from './library.js';

export type SpeakerFigures = { clips: number; coldSeconds: number; warmUpSeconds: number; warmMs: number; people: number };

export async function benchSpeakers(n = 5_000): Promise<SpeakerFigures> {
  const dir = await mkdtemp(join(tmpdir(), `marsad-bench-speakers-${n}-`));
  try {
    await buildLibrary(dir, n);
    // Cold: nothing detected yet, the view waits for every clip.
    let store = await LibraryStore.open({ dataDir: dir, holder: 'bench', readOnly: true });
    let t = performance.now();
    const cold = await libraryPeople(store, new ClipViews(store), new QuoteCache(store));
    const coldSeconds = (performance.now() - t) / 1000;
    await store.close();
    // Warmed: the warmer has run in the background first (read-only, so nothing is saved between).
    store = await LibraryStore.open({ dataDir: dir, holder: 'bench', readOnly: true });
    const cache = new QuoteCache(store);
    t = performance.now();
    await new QuoteWarmer(store, cache, { delayMs: 0 }).idle();
    const warmUpSeconds = (performance.now() - t) / 1000;
    t = performance.now();
    await libraryPeople(store, new ClipViews(store), cache);
    const warmMs = performance.now() - t;
    await store.close();
    return { clips: n, coldSeconds, warmUpSeconds, warmMs, people: cold.quotes.size };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
