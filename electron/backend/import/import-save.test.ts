// An import whose final save fails is never reported 'done': the job ends 'failed' with the
// reason, a paste answers storage-io, and once the folder takes writes again the clips are saved.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LibraryStore } from '../store/library-store.js';
import { readLibrary } from '../store/read-library.js';
import { createImportHandlers } from './handlers.js';
import { AppFailure } from '../../../common/result.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('an import whose save fails ends failed with the reason, never done', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-import-save-'));
  const store = await LibraryStore.open({ dataDir: dir, holder: 'test', writeDelayMs: 10 });
  const src = await mkdtemp(join(tmpdir(), 'marsad-import-src-'));
  await writeFile(join(src, 'a.txt'), 'Rain in the valley\n\nThe farmers said the rain came two weeks early this year.');
  // `clips` becomes a plain file: every shard write fails (root ignores permissions).
  await rename(join(dir, 'clips'), join(dir, 'clips-aside'));
  await writeFile(join(dir, 'clips'), '');
  const imports = createImportHandlers(store);

  const started = await imports.startImport({ paths: [join(src, 'a.txt')] });
  assert.ok(started.ok);
  let progress = started.value;
  while (progress.state === 'running') {
    await sleep(20);
    const next = await imports.importProgress({ jobId: progress.jobId });
    assert.ok(next.ok);
    progress = next.value;
  }
  assert.equal(progress.state, 'failed');
  assert.equal(progress.imported, 1);
  assert.match(progress.saveError ?? '', /could not save the library/);

  // Handlers throw AppFailure; dispatch() turns it into the storage-io result the window sees.
  await assert.rejects(
    imports.importText({ text: 'Bridge news\n\nThe old bridge reopened on Monday, the mayor said.' }),
    (e: unknown) => e instanceof AppFailure && e.appError.code === 'storage-io',
  );

  await rm(join(dir, 'clips'));
  await rename(join(dir, 'clips-aside'), join(dir, 'clips'));
  await store.flush();
  const onDisk = await readLibrary(dir);
  assert.ok(onDisk.kind === 'ok');
  assert.deepEqual(onDisk.data.clips.map((c) => c.title).sort(), ['Bridge news', 'Rain in the valley']);
  await store.close();
});
