// The background quote warmer: after a change it detects every clip the cache lacks, so later
// calls detect nothing; it leaves cached clips alone, and it stops when the library closes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createImportHandlers } from '../import/handlers.js';
import { seedLibrary } from '../seed.js';
import { LibraryStore } from '../store/library-store.js';
import { QuoteCache } from './quote-cache.js';
import { QuoteWarmer } from './quote-warmer.js';

const SEED = new URL('../../../data/syria-russia-new-phase.txt', import.meta.url).pathname;
const ARTICLES = [
  'وزير المالية يعلن خطة جديدة\n\nقال وزير المالية في مؤتمر صحافي: "سنخفض العجز إلى النصف خلال عامين".',
  'Port reopens after storm\n\n"We expect full traffic by Friday," port director Anna Berg said on Monday.',
];

test('the warmer detects what the cache lacks, once, and later calls detect nothing', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'marsad-warmer-'));
  const store = await LibraryStore.open({ dataDir, holder: 'test', writeDelayMs: 10, seed: (s) => seedLibrary(s, SEED) });
  const cache = new QuoteCache(store);
  const warmer = new QuoteWarmer(store, cache, { delayMs: 50, sliceMs: 1 });
  await warmer.idle();
  assert.equal(cache.detections, 1, 'the seed piece');

  const imports = createImportHandlers(store);
  for (const text of ARTICLES) assert.equal((await imports.importText({ text })).ok, true);
  await warmer.idle();
  assert.equal(cache.detections, 3, 'the two new clips, and the seed not again');
  const english = store.data.clips.find((c) => c.title === 'Port reopens after storm')!;
  assert.deepEqual(
    (await cache.quotes(english)).map((q) => [q.kind, q.speaker]),
    [['direct', 'Anna Berg']],
  );
  for (const clip of store.data.clips) await cache.quotes(clip);
  assert.equal(cache.detections, 3, 'every clip was already at hand');

  await store.close();
  assert.equal(store.data.clips.length, 3);
});

test('after the library closes the warmer detects nothing more', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'marsad-warmer-'));
  const store = await LibraryStore.open({ dataDir, holder: 'test', writeDelayMs: 10, seed: (s) => seedLibrary(s, SEED) });
  const cache = new QuoteCache(store);
  const warmer = new QuoteWarmer(store, cache, { delayMs: 60_000 });
  await store.close();
  await warmer.idle();
  assert.equal(cache.detections, 0);
});
