// Library store: persistence, coalescing, corruption quarantine, locking, crash safety, migration.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile, readdir, copyFile, mkdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { LibraryStore } from './library-store.js';
import { addClip } from '../clips.js';
import { AppFailure } from '../../../common/result.js';
import { CLIP_SHARDS, shardName, shardOf } from '../../../common/library/layout.js';
import { SCHEMA_VERSION } from '../../../common/library/schema.js';

const tmp = () => mkdtemp(join(tmpdir(), 'marsad-store-'));
const open = (dataDir: string, extra: Partial<Parameters<typeof LibraryStore.open>[0]> = {}) =>
  LibraryStore.open({ dataDir, holder: 'test', writeDelayMs: 20, ...extra });
const codeOf = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
    return 'resolved';
  } catch (e) {
    return e instanceof AppFailure ? e.appError.code : `threw ${String(e)}`;
  }
};
const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf8'));
/** The library as a reader of the files sees it: library.json plus every clip shard. */
const readLibrary = async (dir: string) => {
  const meta = await readJson(join(dir, 'library.json'));
  const clips = [];
  for (let n = 0; n < meta.clipShards; n++) clips.push(...(await readJson(join(dir, 'clips', shardName(n)))).clips);
  return { ...meta, clips };
};

test('a change is applied at once, written once per burst, and read back after reopening', async () => {
  const dir = await tmp();
  const store = await open(dir);
  const clip = await addClip(store, { title: 'عنوان', body: 'قال الوزير إن المحادثات مثمرة.' });
  await store.flush();
  const filesBefore = store.filesWritten;
  for (let i = 0; i < 50; i++) store.mutate(() => clip.tags.push(`t${i}`), { clips: [clip] });
  assert.equal(store.data.clips[0]!.tags.length, 50, 'in memory at once');
  const writesBefore = store.writeCount;
  await store.flush();
  assert.equal(store.writeCount - writesBefore, 1, 'fifty changes in one burst are one write');
  assert.equal(store.filesWritten - filesBefore, 1, 'of the one shard that holds the clip');
  const shard = await readJson(join(dir, 'clips', shardName(shardOf(clip.id))));
  assert.equal(shard.clips[0].tags.length, 50);
  await store.close();
  const again = await open(dir);
  assert.equal(again.data.clips[0]!.tags.length, 50);
  assert.equal(await again.bodies.get(again.data.clips[0]!.bodySha256), 'قال الوزير إن المحادثات مثمرة.');
  await again.close();
});

test('a brand-new library runs the seed and is on disk before open returns', async () => {
  const dir = await tmp();
  const store = await open(dir, { seed: async (s) => void (await addClip(s, { title: 'seed', body: 'body' })) });
  assert.equal((await readLibrary(dir)).clips[0].title, 'seed');
  await store.close();
});

test('a corrupt library file is moved aside untouched, reported as storage-corrupt, and a backup is offered and restores', async () => {
  const dir = await tmp();
  const first = await open(dir);
  await addClip(first, { title: 'kept', body: 'نص محفوظ' });
  await first.close();
  const backups = await readdir(join(dir, 'backups'));
  assert.ok(backups.length >= 1, `a backup was made: ${backups}`);

  const garbage = '{"schemaVersion":1,"clips":[{"id":"x", "tit';
  await writeFile(join(dir, 'library.json'), garbage);
  const store = await open(dir);
  assert.ok(store.corrupt, 'opened in the corrupt state');
  assert.equal(existsSync(join(dir, 'library.json')), false, 'the bad file is no longer in place');
  assert.equal(await readFile(join(store.corrupt!.movedTo, 'library.json'), 'utf8'), garbage, 'moved aside byte for byte');
  assert.equal((await readdir(join(store.corrupt!.movedTo, 'clips'))).length, CLIP_SHARDS, 'with its clip shards');
  assert.throws(() => store.data, (e: unknown) => e instanceof AppFailure && e.appError.code === 'storage-corrupt');
  assert.equal(await codeOf(Promise.resolve().then(() => store.mutate(() => undefined))), 'storage-corrupt');
  assert.equal(existsSync(join(dir, 'library.json')), false, 'nothing was written over it');

  const offered = (await store.backups.list()).filter((b) => b.clips >= 0);
  assert.equal(offered[0]!.clips, 1, 'the newest valid backup holds the clip');
  await store.restoreBackup(offered[0]!.name);
  assert.equal(store.data.clips[0]!.title, 'kept');
  assert.equal((await readLibrary(dir)).clips[0].title, 'kept', 'restored to disk');
  await store.close();
});

test('an empty file and a file that is JSON but not a library are both quarantined', async () => {
  for (const content of ['', '{"schemaVersion":1,"clips":"nope"}', '[1,2,3]']) {
    const dir = await tmp();
    await writeFile(join(dir, 'library.json'), content);
    const store = await open(dir);
    assert.ok(store.corrupt, `quarantined: ${JSON.stringify(content)}`);
    assert.equal(await readFile(join(store.corrupt!.movedTo, 'library.json'), 'utf8'), content);
    await store.close();
  }
});

test('read-only open of a corrupt file reports storage-corrupt and moves nothing', async () => {
  const dir = await tmp();
  await writeFile(join(dir, 'library.json'), 'not json');
  assert.equal(await codeOf(open(dir, { readOnly: true })), 'storage-corrupt');
  assert.equal(await readFile(join(dir, 'library.json'), 'utf8'), 'not json');
});

test('a library from a newer Marsad is refused, not touched', async () => {
  const dir = await tmp();
  const text = JSON.stringify({ schemaVersion: 99, clips: [] });
  await writeFile(join(dir, 'library.json'), text);
  assert.equal(await codeOf(open(dir)), 'storage-io');
  assert.equal(await readFile(join(dir, 'library.json'), 'utf8'), text);
});

test('a second writer gets locked, naming the holder; readers still open; the lock frees on close', async () => {
  const dir = await tmp();
  const app = await open(dir, { holder: 'app' });
  try {
    await LibraryStore.open({ dataDir: dir, holder: 'cli' });
    assert.fail('second writer opened');
  } catch (e) {
    assert.ok(e instanceof AppFailure);
    assert.equal(e.appError.code, 'locked');
    assert.match(e.appError.message, /Marsad app \(pid \d+\)/);
  }
  const reader = await open(dir, { readOnly: true });
  assert.equal(reader.data.clips.length, 0);
  await app.close();
  const cli = await open(dir, { holder: 'cli' });
  await cli.close();
});

test('a writer in another live process blocks this one with locked', async () => {
  const dir = await tmp();
  const child = spawn(process.execPath, ['--import', 'tsx', '-e',
    `const { LibraryStore } = await import(${JSON.stringify(new URL('./library-store.ts', import.meta.url).href)});
     await LibraryStore.open({ dataDir: ${JSON.stringify(dir)}, holder: 'cli' });
     console.log('holding'); setInterval(() => {}, 1000);`], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => d.toString().includes('holding') && resolve());
      child.on('exit', () => reject(new Error('holder exited early')));
    });
    const e = await open(dir).then(() => null, (x: unknown) => x);
    assert.ok(e instanceof AppFailure && e.appError.code === 'locked');
    assert.match(e.appError.message, new RegExp(`marsad command \\(pid ${child.pid}\\)`));
  } finally {
    child.kill('SIGKILL');
  }
  await new Promise((r) => child.once('exit', r));
  const after = await open(dir);
  await after.close();
});

// The writer is asked for far more writes than the test waits for: however slow the machine is to
// read its acks, the kill lands while it is still writing (with 100, a loaded machine read "ack 83"
// only after the writer had finished all of them).
const WRITES = 100_000;

async function killMidway(dir: string, killAfterAck: number): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', new URL('./kill-writer.fixture.ts', import.meta.url).pathname, dir, String(WRITES)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let acked = -1;
  let buffer = '';
  await new Promise<void>((resolve) => {
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      for (const m of buffer.matchAll(/ack (\d+)\n/g)) acked = Math.max(acked, Number(m[1]));
      buffer = buffer.slice(buffer.lastIndexOf('\n') + 1);
      if (acked >= killAfterAck && child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('exit', () => resolve());
  });
  return acked;
}

test('SIGKILL in the middle of a stream of writes leaves a library that parses and holds every acknowledged write', async () => {
  for (const killAfter of [7, 41, 83]) {
    const dir = await tmp();
    const acked = await killMidway(dir, killAfter);
    assert.ok(acked >= killAfter && acked < WRITES - 1, `killed mid-way (last ack ${acked})`);
    const data = await readLibrary(dir);
    const tags: string[] = data.clips[0].tags;
    for (let i = 0; i <= acked; i++) assert.ok(tags.includes(`write-${i}`), `acknowledged write ${i} survived`);
    assert.deepEqual(tags, tags.slice().sort((a, b) => Number(a.slice(6)) - Number(b.slice(6))), 'in order, no gaps');
    // A write set in flight may leave its data file's temp and its journal's temp side by side; all
    // are the store's own (dot-named), and opening as the writer removes every one of them.
    const leftovers = (await readdir(dir)).filter((n) => n.endsWith('.tmp'));
    assert.ok(leftovers.every((n) => n.startsWith('.')), `only the store's own temp files: ${leftovers.join(', ')}`);
    const reopened = await open(dir);
    assert.equal(reopened.corrupt, null, 'opens cleanly; the dead process lock is taken over');
    const left = [...(await readdir(dir)), ...(await readdir(join(dir, 'clips')).catch(() => [] as string[]))].filter((n) => n.endsWith('.tmp'));
    assert.deepEqual(left, [], 'no temp file is left once the library is open again');
    await reopened.close();
  }
});

test('a v0 library migrates: bodies move to content-addressed files, the original is kept', async () => {
  const dir = await tmp();
  await mkdir(dir, { recursive: true });
  await copyFile(new URL('../../../data/fixtures/library-v0.json', import.meta.url), join(dir, 'library.json'));
  const store = await open(dir);
  assert.equal(store.corrupt, null);
  const clips = store.data.clips;
  assert.equal(clips.length, 3);
  assert.deepEqual(
    clips.map((c) => [c.id, c.lang, c.tags.length]),
    [['a1', 'ar', 2], ['a2', 'ru', 0], ['v0-3', 'other', 0]],
  );
  assert.equal(clips[0]!.capturedAt, '2025-03-01T10:15:00.000Z');
  assert.equal(clips[0]!.publishedAt, '2025-03-01');
  assert.equal(clips[2]!.title, 'Ministers met on Tuesday to discuss trade.', 'a missing title comes from the first line');
  assert.equal(await store.bodies.get(clips[1]!.bodySha256), 'Переговоры возобновились в Женеве во вторник.');
  const onDisk = await readLibrary(dir);
  assert.equal(onDisk.schemaVersion, SCHEMA_VERSION);
  assert.ok((await readdir(join(dir, 'backups'))).some((n) => n.startsWith('pre-migration-v0-')));
  await store.close();
});

test('a damaged or missing clip shard quarantines the whole library instead of dropping its clips', async () => {
  for (const damage of ['truncate', 'delete']) {
    const dir = await tmp();
    const store = await open(dir);
    const clip = await addClip(store, { title: 'في الشظية', body: 'نص' });
    await store.close();
    const shardFile = join(dir, 'clips', shardName(shardOf(clip.id)));
    if (damage === 'truncate') await writeFile(shardFile, '{"clips":[{"id":');
    else await rm(shardFile);
    const again = await open(dir);
    assert.ok(again.corrupt, `${damage}: quarantined`);
    assert.match(again.corrupt!.reason, new RegExp(`clips/${shardName(shardOf(clip.id)).replace('.', '\\.')}`));
    const offered = (await again.backups.list()).filter((b) => b.clips >= 0);
    await again.restoreBackup(offered[0]!.name);
    assert.equal(again.data.clips[0]!.title, 'في الشظية', `${damage}: restored from the backup`);
    await again.close();
  }
});

test('backups are snapshots: later writes do not change an earlier backup', async () => {
  const dir = await tmp();
  const store = await open(dir);
  const clip = await addClip(store, { title: 'قبل', body: 'نص' });
  await store.flush();
  await store.backups.settle(); // writes within 2 s share one snapshot; take it now
  const [backup] = await store.backups.list();
  store.mutate(() => void (clip.title = 'بعد'), { clips: [clip] });
  await store.close();
  const snap = await readJson(join(dir, 'backups', backup!.name, 'clips', shardName(shardOf(clip.id))));
  assert.equal(snap.clips[0].title, 'قبل');
  assert.equal((await readLibrary(dir)).clips[0].title, 'بعد');
  const [newest] = await store.backups.list();
  const last = await readJson(join(dir, 'backups', newest!.name, 'clips', shardName(shardOf(clip.id))));
  assert.equal(last.clips[0].title, 'بعد', 'closing takes the snapshot a throttled write skipped');
});
