// The import calls through dispatch() over a real temp library: a folder of every fixture
// (imports, exact and near duplicates, one-sentence errors), metadata per format, collapsed
// groups, undo of exactly one batch, dropped files as bytes, paste, cancel, and the key cache.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBackend } from '../index.js';
import { dispatch } from '../../../common/ipc/dispatch.js';
import type { ClipDetail, ClipPage, ImportProgress, ImportReport } from '../../../common/domain.js';
import { SIGNATURE_FILE, RECORD_BYTES } from './signature-file.js';

const FIXTURES = new URL('../../../data/fixtures/import/', import.meta.url).pathname;

async function setup() {
  const dataDir = await mkdtemp(join(tmpdir(), 'marsad-import-'));
  const backend = await openBackend({ dataDir, holder: 'test', host: 'cli', systemLocale: 'ar', version: '0.0.0', writeDelayMs: 10 });
  const call = async <T>(name: string, payload?: unknown): Promise<T> => {
    const r = await dispatch(backend.handlers, name, payload);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as T;
  };
  const runImport = async (payload: unknown): Promise<ImportReport> => {
    const started = await call<ImportProgress>('startImport', payload);
    for (;;) {
      const p = await call<ImportProgress>('importProgress', { jobId: started.jobId });
      assert.ok(p.done <= p.total);
      if (p.state !== 'running') break;
      await new Promise((r) => setTimeout(r, 5));
    }
    return call<ImportReport>('importReport', { jobId: started.jobId });
  };
  return { dataDir, backend, call, runImport };
}

const byFile = (r: ImportReport, name: string) => r.items.find((i) => i.file.endsWith(name));

test('a folder import: every fixture imported, refused or recognised as a duplicate', async () => {
  const { backend, call, runImport, dataDir } = await setup();
  const r = await runImport({ paths: [FIXTURES], tags: ['fixtures'] });
  if (process.env.SHOW) console.log(JSON.stringify(r, null, 1));
  assert.equal(r.state, 'done');
  assert.equal(r.done, r.total);
  assert.equal(r.total, 20);
  assert.deepEqual(r.errorItems.map((e) => e.error).sort(), [
    `${join(FIXTURES, 'blank.md')} has no text to import.`,
    `${join(FIXTURES, 'empty.txt')} is empty.`,
    `${join(FIXTURES, 'not-really-text.txt')} is not a text file.`,
    `${join(FIXTURES, 'spreadsheet.xlsx.bak')} is not a file type Marsad can import (.bak); use .txt, .md, .html, .htm, .pdf or .docx.`,
  ].sort());
  // The exact copy (BOM, CRLF, tashkeel, tatweel, doubled spaces) is the agency story again.
  assert.equal(r.duplicateItems.length, 1);
  assert.ok(r.duplicateItems[0]!.file.endsWith('agency-story.txt'), 'agency-story-exact-copy.txt sorts first, so agency-story.txt is its duplicate');
  const lead = byFile(r, 'agency-story-exact-copy.txt')!;
  assert.equal(r.duplicateItems[0]!.of.id, lead.id);
  // The syndicated copy and the web page of the same story are grouped under the first capture.
  assert.equal(byFile(r, 'agency-story-syndicated.txt')!.groupId, lead.id);
  assert.equal(byFile(r, 'arabic-news-page.html')!.groupId, lead.id);
  assert.equal(r.items.length, 15);
  // The KOI8-R text and the windows-1251 page carry the same Kazan story: one group.
  assert.equal(byFile(r, 'russian-page-windows-1251.html')!.groupId, byFile(r, 'russian-koi8-r.txt')!.id);

  const langs = Object.fromEntries(r.items.map((i) => [i.file.slice(FIXTURES.length), i.lang]));
  assert.deepEqual(langs, {
    'agency-story-exact-copy.txt': 'ar', 'agency-story-syndicated.txt': 'ar', 'arabic-iso-8859-6.txt': 'ar',
    'arabic-news-page.html': 'ar', 'arabic-utf16be-nobom.txt': 'ar', 'arabic-windows-1256.txt': 'ar',
    'english-utf16le-bom.txt': 'en', 'grain-corridor-notes.md': 'en', 'hostile-page.html': 'en',
    'market-page-windows-1256.html': 'ar', 'mobile-library.docx': 'ar', 'russian-koi8-r.txt': 'ru',
    'russian-page-windows-1251.html': 'ru', 'russian-windows-1251.txt': 'ru', 'tartus-port.pdf': 'en',
  });

  const collapsed = await call<ClipPage>('listClips', { collapseGroups: true, limit: 500 });
  assert.equal(collapsed.total, 15 - 3, 'grouped copies fold into their leads (no seed file here, so no seed clip)');
  const leadRow = collapsed.items.find((c) => c.id === lead.id)!;
  assert.equal(leadRow.groupSize, 3);
  assert.equal((await call<ClipPage>('listClips', { groupId: lead.id })).total, 3);
  assert.equal((await call<ClipPage>('listClips', { tag: 'fixtures' })).total, 15);
  await backend.close();
  const cache = await stat(join(dataDir, SIGNATURE_FILE));
  assert.equal(cache.size, 15 * RECORD_BYTES, 'one cached key record per stored clip');
});
