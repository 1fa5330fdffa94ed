// Hostile files fail alone: a zip-bomb Word file is refused from its zip directory before it is
// unpacked (or, when its headers lie, while it inflates), and an extraction that outgrows the
// worker's heap or time limit is stopped with one sentence while the rest of the import goes on.
// The bombs are generated here (zip-fixture.ts); none is kept in the repository.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBackend } from '../index.js';
import { dispatch } from '../../../common/ipc/dispatch.js';
import type { ImportProgress, ImportReport } from '../../../common/domain.js';
import { makeDocx, makeDocxBomb } from './formats/zip-fixture.js';
import { checkDocxZip } from './formats/zip-check.js';
import { ExtractPool } from './extract-pool.js';
import { ImportFileError } from './extract-file.js';

async function importFolder(folder: string): Promise<ImportReport> {
  const dataDir = await mkdtemp(join(tmpdir(), 'marsad-limits-lib-'));
  const backend = await openBackend({ dataDir, holder: 'test', host: 'cli', systemLocale: 'en', version: '0.0.0', writeDelayMs: 5 });
  const call = async <T>(name: string, payload?: unknown): Promise<T> => {
    const r = await dispatch(backend.handlers, name, payload);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as T;
  };
  const { jobId } = await call<ImportProgress>('startImport', { paths: [folder] });
  while ((await call<ImportProgress>('importProgress', { jobId })).state === 'running') await new Promise((r) => setTimeout(r, 10));
  const report = await call<ImportReport>('importReport', { jobId });
  await backend.close();
  return report;
}

test('a zip-bomb Word file is refused before it is unpacked; the rest of the folder imports', { timeout: 60_000 }, async () => {
  const folder = await mkdtemp(join(tmpdir(), 'marsad-limits-'));
  await writeFile(join(folder, 'bomb.docx'), makeDocxBomb(60));
  await writeFile(join(folder, 'brief.docx'), makeDocx(['Harbour talks resume', 'The two delegations met again on Monday.']));
  await writeFile(join(folder, 'note.txt'), 'A note on the talks\nThe delegations will meet again next week.');
  const r = await importFolder(folder);
  assert.equal(r.state, 'done');
  assert.deepEqual(r.items.map((i) => i.title).sort(), ['A note on the talks', 'Harbour talks resume']);
  assert.deepEqual(r.errorItems.map((e) => [e.code, e.error]), [['docx-too-big', `${join(folder, 'bomb.docx')} would unpack to more than 50 MB; it was not imported.`]]);
});

test('zip directory checks: size, packing ratio, entry count, and headers that lie', async () => {
  assert.equal(await checkDocxZip(makeDocx(['One line.'])), null);
  assert.deepEqual(await checkDocxZip(makeDocxBomb(60)), { code: 'docx-too-big', detail: '50 MB' });
  // 20 MB of one repeated paragraph packs ~300:1; Word's XML packs 5–20:1.
  assert.deepEqual(await checkDocxZip(makeDocxBomb(20)), { code: 'docx-bomb' });
  // Headers that claim 4 KB for what inflates to 60 MB: caught while inflating, stopped early.
  assert.deepEqual(await checkDocxZip(makeDocxBomb(60, true)), { code: 'docx-bomb' });
  assert.deepEqual(await checkDocxZip(Buffer.from('PK\x03\x04 not really a zip')), { code: 'bad-docx' });
});

test('an extraction over the worker heap or time limit fails alone, and the next file still extracts', { timeout: 120_000 }, async () => {
  // A page of 400,000 paragraphs: far more DOM than a 48 MB heap holds.
  const huge = Buffer.from(`<html><body>${'<p>word word word</p>'.repeat(400_000)}</body></html>`);
  const small = Buffer.from('<html><head><title>Port update</title></head><body><article><h1>Port update</h1><p>The harbour reopened to ships on Tuesday after repairs.</p></article></body></html>');
  const pool = new ExtractPool({ maxHeapMb: 48, timeoutMs: 60_000 });
  try {
    await assert.rejects(pool.extract('huge.html', huge), (e: unknown) => e instanceof ImportFileError && e.code === 'extract-memory' && e.message === 'huge.html needed more than 48 MB of memory to read; it was not imported.');
    assert.equal((await pool.extract('small.html', small)).title, 'Port update');
  } finally {
    await pool.close();
  }
  const slow = new ExtractPool({ timeoutMs: 50 });
  try {
    await assert.rejects(slow.extract('huge.html', huge), (e: unknown) => e instanceof ImportFileError && e.code === 'extract-timeout' && e.message === 'huge.html took longer than 0.05 s to read; it was not imported.');
  } finally {
    await slow.close();
  }
});
