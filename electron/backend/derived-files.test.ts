// Derived files are caches, never trusted: an edited line of quotes-cache.jsonl, bytes flipped in
// search-index.bin or dedup-keys.bin, or any of them cut short, must leave every command answering
// as before (quotes, people, speaker: search, phrase search, export preview, duplicate checks),
// with the bad file rebuilt and a note in the library's log.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBackend } from './index.js';
import { dispatch } from '../../common/ipc/dispatch.js';
import type { ImportProgress, ImportReport } from '../../common/domain.js';
import type { SearchPage } from '../../common/search/types.js';
import type { PersonView } from '../../common/quotes/views.js';
import { DEFAULT_INCLUDES } from '../../common/export/types.js';
import { QUOTE_FILE } from './quotes/quote-file.js';
import { INDEX_FILE } from './search/index-file.js';
import { IndexSync } from './search/index-sync.js';
import { LibraryStore } from './store/library-store.js';
import { SIGNATURE_FILE, readSignatures } from './import/signature-file.js';
import { logFile } from './log/app-log.js';

const SEED = new URL('../../data/syria-russia-new-phase.txt', import.meta.url).pathname;
const PHRASE = '"harbour dredging contract"';
const PLACES = ['Tartus', 'Latakia', 'Aqaba', 'Mersin', 'Piraeus', 'Alexandria', 'Beirut', 'Izmir'];

/** Forty short articles of our own words; every fifth names the phrase the tests search for. */
const writeCorpus = async (dir: string): Promise<void> => {
  await mkdir(dir);
  for (let i = 0; i < 40; i++) {
    const place = PLACES[i % PLACES.length]!;
    const phrase = i % 5 === 0 ? 'the harbour dredging contract was signed' : 'the contract for harbour dredging was delayed';
    await writeFile(join(dir, `note-${String(i).padStart(2, '0')}.txt`), `Port note ${i} from ${place}\nOfficials in ${place} said ${phrase} after talks number ${i}.\nShipping agents expect ${i + 3} more vessels this month.`);
  }
};

async function open(dataDir: string) {
  const backend = await openBackend({ dataDir, holder: 'test', host: 'cli', systemLocale: 'en', version: '0.0.0', seedFile: SEED, writeDelayMs: 5 });
  const call = async <T>(name: string, payload?: unknown): Promise<T> => {
    const r = await dispatch(backend.handlers, name, payload);
    if (!r.ok) throw new Error(`${name}: ${r.error.code}: ${r.error.message}`);
    return r.value as T;
  };
  return { backend, call };
}

type Api = Awaited<ReturnType<typeof open>>['call'];

const runImport = async (call: Api, paths: string[]): Promise<ImportReport> => {
  const { jobId } = await call<ImportProgress>('startImport', { paths });
  while ((await call<ImportProgress>('importProgress', { jobId })).state === 'running') await new Promise((r) => setTimeout(r, 5));
  return call<ImportReport>('importReport', { jobId });
};

/** What the commands answer: compared before and after a derived file is damaged. */
const answers = async (call: Api) => {
  const clips = await call<{ items: { id: string }[] }>('listClips', { limit: 200 });
  const seedId = clips.items[clips.items.length - 1]!.id;
  const people = await call<PersonView[]>('listPeople');
  const speaker = people[0]?.name ?? '';
  const ids = (p: SearchPage) => p.results.map((r) => r.id).sort();
  return {
    quotes: await call('getQuotes', { id: seedId }),
    people,
    speakerSearch: ids(await call<SearchPage>('search', { query: `speaker:"${speaker}"` })),
    phrase: ids(await call<SearchPage>('search', { query: PHRASE })),
    // Both words required: partial matches rank ties in an order a rebuilt index need not keep.
    words: ids(await call<SearchPage>('search', { query: '+dredging +Tartus' })),
    preview: (await call<{ clips: number; html: string }>('previewReport', { selection: {}, options: { lang: 'en', order: 'date', include: DEFAULT_INCLUDES } })).clips,
  };
};

/** A library with the seed and the corpus, closed, plus what its commands answer. */
async function library() {
  const root = await mkdtemp(join(tmpdir(), 'marsad-derived-'));
  const dataDir = join(root, 'lib');
  await writeCorpus(join(root, 'notes'));
  const { backend, call } = await open(dataDir);
  const report = await runImport(call, [join(root, 'notes')]);
  assert.equal(report.items.length, 40);
  const before = await answers(call);
  assert.ok(before.phrase.length === 8 && before.speakerSearch.length === 1 && before.people.length > 0, 'the library has quotes and phrases to lose');
  await backend.close();
  return { root, dataDir, before };
}

const logNotes = async (dataDir: string, event: string) =>
  (await readFile(logFile(dataDir), 'utf8').catch(() => '')).split('\n').filter((l) => l.includes(`"${event}"`));

const flip = (buf: Buffer, offsets: number[]) => {
  for (const at of offsets) for (let k = 0; k < 5; k++) if (at + k < buf.length) buf[at + k] = buf[at + k]! ^ 0x5a;
  return buf;
};

test('an edited quotes-cache.jsonl line is dropped, re-detected, and the file rebuilt', { timeout: 60_000 }, async () => {
  const { dataDir, before } = await library();
  const file = join(dataDir, QUOTE_FILE);
  const lines = (await readFile(file, 'utf8')).split('\n').filter(Boolean);
  const seedLine = lines.findIndex((l) => l.includes('"speaker"') && /"kind":"direct"/.test(l));
  assert.ok(seedLine > 0, 'the seed clip has a cached line');
  // One edit a person might make by hand: a quote's text and offsets become the wrong types.
  lines[seedLine] = lines[seedLine]!.replace(/"text":"[^"]*"/, '"text":17').replace(/"start":\d+/, '"start":"x"');
  await writeFile(file, `${lines.join('\n')}\n`);

  const { backend, call } = await open(dataDir);
  assert.deepEqual(await answers(call), before);
  await backend.close();
  const after = (await readFile(file, 'utf8')).split('\n').filter(Boolean);
  assert.ok(!after.some((l) => l.includes('"text":17')), 'the bad line is gone');
  assert.equal(after.length, lines.length, 'every clip has its line again');
  assert.equal((await logNotes(dataDir, 'derived-file-damaged')).filter((l) => l.includes(QUOTE_FILE)).length, 1);
});

test('a cut-short quotes-cache.jsonl and one of another shape are rebuilt', { timeout: 60_000 }, async () => {
  const { dataDir, before } = await library();
  const file = join(dataDir, QUOTE_FILE);
  const good = await readFile(file, 'utf8');
  for (const bad of [good.slice(0, Math.floor(good.length / 2)), good.replace(/"speakerMentions":\[/, '"speakerMentions":{"x":[').replace(/\],"cue"/, ']},"cue"')]) {
    await writeFile(file, bad);
    const { backend, call } = await open(dataDir);
    assert.deepEqual(await answers(call), before);
    await backend.close();
    assert.equal((await readFile(file, 'utf8')).split('\n').filter(Boolean).length, good.split('\n').filter(Boolean).length);
  }
});

test('five flipped bytes anywhere in search-index.bin: the index is rebuilt, searches answer as before', { timeout: 120_000 }, async () => {
  const { dataDir, before } = await library();
  const file = join(dataDir, INDEX_FILE);
  const good = await readFile(file);
  const size = good.length;
  // The header, the JSON head, the postings, the word positions and the tail.
  for (const at of [0, 9, 40, Math.floor(size * 0.3), Math.floor(size * 0.6), Math.floor(size * 0.85), size - 6]) {
    await writeFile(file, flip(Buffer.from(good), [at]));
    const { backend, call } = await open(dataDir);
    assert.deepEqual(await answers(call), before, `bytes flipped at ${at} of ${size}`);
    await backend.close();
    assert.notDeepEqual(await readFile(file), flip(Buffer.from(good), [at]), `rebuilt after the flip at ${at}`);
  }
  for (const cut of [0, 11, Math.floor(size / 2), size - 1]) {
    await truncate(file, cut);
    const { backend, call } = await open(dataDir);
    assert.deepEqual(await answers(call), before, `cut at ${cut}`);
    await backend.close();
    assert.equal((await readFile(file)).length, size, `rebuilt after the cut at ${cut}`);
  }
  assert.ok((await logNotes(dataDir, 'derived-file-damaged')).filter((l) => l.includes(INDEX_FILE)).length >= 8);
});

test('the index file carries a checksum: a change the layout would accept is still refused', async () => {
  const { dataDir } = await library();
  const file = join(dataDir, INDEX_FILE);
  const buf = await readFile(file);
  // Flip one bit in the last section (per-clip flags): no bounds check can see it.
  buf[buf.length - 1] = buf[buf.length - 1]! ^ 0x01;
  await writeFile(file, buf);
  const store = await LibraryStore.open({ dataDir, holder: 'test' });
  const sync = new IndexSync(store);
  await sync.ready();
  assert.deepEqual([sync.stats?.loadedFrom, sync.stats?.reason], ['built', 'corrupt']);
  await store.close();
});

test('damaged dedup-keys.bin records are dropped and recomputed; duplicates are still found', { timeout: 60_000 }, async () => {
  const { root, dataDir } = await library();
  const file = join(dataDir, SIGNATURE_FILE);
  const good = await readFile(file);
  const records = (await readSignatures(file)).keys.size;
  assert.ok(records >= 41);
  await writeFile(file, flip(Buffer.from(good), [Math.floor(good.length * 0.25), Math.floor(good.length * 0.5), good.length - 40]));
  assert.equal((await readSignatures(file)).damaged, 3, 'each flipped record fails its checksum');
  let { backend, call } = await open(dataDir);
  const again = await runImport(call, [join(root, 'notes')]);
  assert.equal(again.duplicateItems.length, 40, 'every note is still known as a duplicate');
  await backend.close();
  assert.equal((await readSignatures(file)).damaged, 0);
  assert.equal((await readSignatures(file)).keys.size, records, 'rebuilt with every record');

  await truncate(file, Math.floor(good.length / 3));
  ({ backend, call } = await open(dataDir));
  assert.equal((await runImport(call, [join(root, 'notes')])).duplicateItems.length, 40);
  await backend.close();
  assert.equal((await readSignatures(file)).keys.size, records);
  assert.ok((await logNotes(dataDir, 'derived-file-damaged')).some((l) => l.includes(SIGNATURE_FILE)));
});
