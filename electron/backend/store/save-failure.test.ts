// Failed saves are never silent: on a really full disk (a 2 MiB tmpfs, when this process may
// mount one) and on a folder that cannot be written (portable: `clips` replaced by a file), the
// store reports the failure, flush() rejects, no temp file is left, edits stay queued, and the
// retry saves them once the cause is gone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LibraryStore } from './library-store.js';
import { addClip } from '../clips.js';
import { AppFailure } from '../../../common/result.js';
import { shardName, shardOf } from '../../../common/library/layout.js';
import { fillDisk, mountTmpfs } from './full-disk.fixture.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every leftover temp file in the library folder (atomic writes and body writes name them *.tmp). */
async function tempFiles(dir: string): Promise<string[]> {
  const all = await readdir(dir, { recursive: true });
  return all.filter((f) => String(f).endsWith('.tmp'));
}

async function until(cond: () => boolean, what: string, limitMs = 20_000): Promise<void> {
  for (let waited = 0; !cond(); waited += 25) {
    if (waited > limitMs) assert.fail(`gave up waiting for ${what}`);
    await sleep(25);
  }
}

const shardTags = async (dir: string, id: string): Promise<string[]> => {
  const shard = JSON.parse(await readFile(join(dir, 'clips', shardName(shardOf(id))), 'utf8')) as { clips: { id: string; tags: string[] }[] };
  return shard.clips.find((c) => c.id === id)!.tags;
};

test('a full disk makes saving fail visibly, leaves no temp file, and the edit is saved once space returns', async (t) => {
  const fs = mountTmpfs('2m');
  if (!fs) return t.skip('tmpfs cannot be mounted here (needs root); the portable test below covers the retry');
  try {
    const store = await LibraryStore.open({ dataDir: fs.dir, holder: 'test', writeDelayMs: 10 });
    const clip = await addClip(store, { title: 'Harbour', body: 'Ships were late again this week, the harbour master said.' });
    await store.flush();
    const filler = await fillDisk(fs.dir);

    store.mutate(() => clip.tags.push('needs-space'), { clips: [clip] });
    await until(() => store.saveFailure !== null, 'the failure to be reported');
    assert.equal(store.saveFailure!.reason, 'disk-full');
    assert.match(store.saveFailure!.message, /ENOSPC/);
    await assert.rejects(store.flush(), (e: unknown) => e instanceof AppFailure && e.appError.code === 'storage-io');
    assert.deepEqual(await tempFiles(fs.dir), [], 'failed writes removed their temp files');
    assert.deepEqual(await shardTags(fs.dir, clip.id), [], 'not on disk yet');
    // A second edit while failing is queued with the first.
    store.mutate(() => clip.tags.push('second'), { clips: [clip] });

    await rm(filler);
    await until(() => store.saveFailure === null, 'the retry to succeed once space returned');
    await until(() => !store.flushPending, 'the queued edits to be written');
    assert.deepEqual(await shardTags(fs.dir, clip.id), ['needs-space', 'second']);
    await store.close();
  } finally {
    fs.unmount();
  }
});

test('a folder that cannot be written is retried with backoff and saves every queued edit when it can be again', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-savefail-'));
  const store = await LibraryStore.open({ dataDir: dir, holder: 'test', writeDelayMs: 10 });
  const clip = await addClip(store, { title: 'Bridge', body: 'The bridge will close for repairs, the council said.' });
  await store.flush();
  // Root ignores permissions, so the failure is made structural: `clips` becomes a plain file.
  await rename(join(dir, 'clips'), join(dir, 'clips-aside'));
  await writeFile(join(dir, 'clips'), 'not a folder');

  store.mutate(() => clip.tags.push('one'), { clips: [clip] });
  await until(() => store.saveFailure !== null, 'the failure to be reported');
  assert.equal(store.saveFailure!.reason, 'io');
  await until(() => store.saveFailure!.attempts >= 2, 'a retry without any new edit');
  store.mutate(() => clip.tags.push('two'), { clips: [clip] });
  await assert.rejects(store.flush(), (e: unknown) => e instanceof AppFailure && /could not save the library/.test(e.appError.message));
  // Quit's "save a copy elsewhere": a complete library, unsaved edits included, that opens.
  const copy = await store.saveCopyTo(await mkdtemp(join(tmpdir(), 'marsad-copy-')));
  const reopened = await LibraryStore.open({ dataDir: copy, holder: 'test', readOnly: true });
  assert.deepEqual(reopened.data.clips[0]!.tags, ['one', 'two']);
  assert.equal(await reopened.bodies.get(reopened.data.clips[0]!.bodySha256), 'The bridge will close for repairs, the council said.');

  await rm(join(dir, 'clips'));
  await rename(join(dir, 'clips-aside'), join(dir, 'clips'));
  await until(() => store.saveFailure === null, 'the retry to succeed');
  await until(() => !store.flushPending, 'the queued edits to be written');
  assert.deepEqual(await shardTags(dir, clip.id), ['one', 'two']);
  assert.deepEqual(await tempFiles(dir), []);
  await store.close();
});
