// The quote cache's side file: quotes detected in one session are read back in the next without
// running detection again; a file from another engine, a torn line or garbage is ignored and
// recomputed; a read-only library reads the file but never writes it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFile, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QUOTE_ENGINE_VERSION } from '../../../common/quotes/index.js';
import { LibraryStore } from '../store/library-store.js';
import { seedLibrary } from '../seed.js';
import { QuoteCache } from './quote-cache.js';
import { QUOTE_FILE } from './quote-file.js';

const SEED = new URL('../../../data/syria-russia-new-phase.txt', import.meta.url).pathname;

const openStore = (dataDir: string, readOnly = false) =>
  LibraryStore.open({ dataDir, holder: 'test', readOnly, writeDelayMs: 10, seed: (s) => seedLibrary(s, SEED) });

test('quotes detected in one session are read back in the next without detecting again', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'marsad-quote-cache-'));
  let store = await openStore(dataDir);
  let cache = new QuoteCache(store);
  const clip = store.data.clips[0]!;
  const first = await cache.quotes(clip);
  assert.equal(cache.detections, 1);
  assert.ok(first.some((q) => q.kind === 'direct' && q.speaker === 'سيرغي لافروف'));
  assert.deepEqual(await cache.quotes(clip), first);
  assert.equal(cache.detections, 1, 'the second call is served from memory');
  await store.close();

  const lines = (await readFile(join(dataDir, QUOTE_FILE), 'utf8')).trim().split('\n');
  assert.deepEqual(JSON.parse(lines[0]!), { marsadQuotes: 1, engine: QUOTE_ENGINE_VERSION });
  assert.equal(lines.length, 2);

  store = await openStore(dataDir);
  cache = new QuoteCache(store);
  assert.deepEqual(await cache.quotes(store.data.clips[0]!), first);
  assert.equal(cache.detections, 0, 'read from quotes-cache.jsonl, not detected again');
  await store.close();
});

test('a torn line, garbage or another engine version is recomputed, never trusted', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'marsad-quote-cache-'));
  let store = await openStore(dataDir);
  await new QuoteCache(store).quotes(store.data.clips[0]!);
  await store.close();
  const file = join(dataDir, QUOTE_FILE);
  const good = await readFile(file, 'utf8');

  // A torn tail after the good line: the good line still serves.
  await appendFile(file, '["half a line');
  store = await openStore(dataDir);
  let cache = new QuoteCache(store);
  await cache.quotes(store.data.clips[0]!);
  assert.equal(cache.detections, 0);
  await store.close();

  // Another engine's file: ignored, then replaced by this engine's.
  await writeFile(file, good.replace(`"engine":${QUOTE_ENGINE_VERSION}`, `"engine":${QUOTE_ENGINE_VERSION + 1000}`));
  store = await openStore(dataDir);
  cache = new QuoteCache(store);
  await cache.quotes(store.data.clips[0]!);
  assert.equal(cache.detections, 1);
  await store.close();
  assert.equal(await readFile(file, 'utf8'), good, 'rewritten with this engine header and the one live entry');

  // Not JSON at all.
  await writeFile(file, 'not a cache\n');
  store = await openStore(dataDir);
  cache = new QuoteCache(store);
  await cache.quotes(store.data.clips[0]!);
  assert.equal(cache.detections, 1);
  await store.close();
});

test('a read-only library reads the side file but never writes it', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'marsad-quote-cache-'));
  const writer = await openStore(dataDir);
  await writer.close();
  const reader = await openStore(dataDir, true);
  const cache = new QuoteCache(reader);
  await cache.quotes(reader.data.clips[0]!);
  assert.equal(cache.detections, 1);
  await cache.save();
  await reader.close();
  await assert.rejects(stat(join(dataDir, QUOTE_FILE)), { code: 'ENOENT' });
});
