// Pathological input never blocks or kills the host: a 100,000-paragraph text, a page of 50,000
// nested divs, a 25 MB text, a zip-bomb Word file and binary junk under every extension are each
// refused in one sentence (or imported) while a normal file beside them imports; a very long
// clip's quotes are detected on its first QUOTE_DETECT_MAX_CHARS only, off the main thread. The longest main-thread
// block is measured (longestBlockDuring) and printed, never asserted (the machine may be busy).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBackend } from '../index.js';
import { dispatch } from '../../../common/ipc/dispatch.js';
import type { ImportProgress, ImportReport } from '../../../common/domain.js';
import type { QuoteView } from '../../../common/quotes/views.js';
import { longestBlockDuring } from '../main-thread-block.js';
import { MAX_ARTICLE_CHARS } from './extract-file.js';
import { MAX_HTML_DEPTH } from './html/html-depth.js';
import { makeDocxBomb } from './formats/zip-fixture.js';
import { MAX_DOCX_UNPACKED_MB } from './formats/zip-check.js';
import { QUOTE_DETECT_MAX_CHARS } from '../quotes/quote-limits.js';

const PARA = 'The port authority said the new crane would arrive next month, officials told reporters.';
const QUOTE = '"We will open the harbour to ships next week," the port director said.';

async function open() {
  const dataDir = await mkdtemp(join(tmpdir(), 'marsad-patho-lib-'));
  const backend = await openBackend({ dataDir, holder: 'test', host: 'browser', systemLocale: 'en', version: '0.0.0', writeDelayMs: 5 });
  const call = async <T>(name: string, payload?: unknown): Promise<T> => {
    const r = await dispatch(backend.handlers, name, payload);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as T;
  };
  const runImport = async (paths: string[]): Promise<ImportReport> => {
    const { jobId } = await call<ImportProgress>('startImport', { paths });
    while ((await call<ImportProgress>('importProgress', { jobId })).state === 'running') await new Promise((r) => setTimeout(r, 20));
    return call<ImportReport>('importReport', { jobId });
  };
  return { backend, call, runImport };
}

test('pathological files are refused in one sentence each; the host and the rest of the import go on', { timeout: 240_000 }, async () => {
  const folder = await mkdtemp(join(tmpdir(), 'marsad-patho-'));
  await writeFile(join(folder, 'paragraphs-100k.txt'), `A hundred thousand paragraphs\n${Array.from({ length: 100_000 }, (_, i) => `${PARA} ${i}`).join('\n')}`);
  await writeFile(join(folder, 'nested-50k.html'), `<html><body>${'<div>'.repeat(50_000)}deep text${'</div>'.repeat(50_000)}</body></html>`);
  await writeFile(join(folder, 'big-25mb.txt'), `Big\n${PARA.repeat(Math.ceil(25_000_000 / PARA.length))}`);
  // The bomb: ~150 KB of zip whose document.xml inflates to 50 MB.
  await writeFile(join(folder, 'bomb.docx'), makeDocxBomb(50));
  for (const ext of ['txt', 'html', 'pdf', 'docx']) await writeFile(join(folder, `junk.${ext}`), randomBytes(64 * 1024));
  await writeFile(join(folder, 'normal.txt'), `A normal note\n${PARA}\n${QUOTE}`);
  const { backend, runImport } = await open();
  const { value: r, longestBlockMs } = await longestBlockDuring(() => runImport([folder]));
  console.log(`longest main-thread block while importing pathological files: ${longestBlockMs.toFixed(0)} ms`);
  await backend.close();
  assert.equal(r.state, 'done');
  assert.deepEqual(r.items.map((i) => i.title), ['A normal note']);
  const err = (name: string) => r.errorItems.find((e) => e.file.endsWith(name));
  assert.equal(err('paragraphs-100k.txt')?.error, `${join(folder, 'paragraphs-100k.txt')} has more than ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters of text; it was not imported.`);
  assert.equal(err('nested-50k.html')?.error, `${join(folder, 'nested-50k.html')} nests its elements more than ${MAX_HTML_DEPTH} deep; it was not imported.`);
  assert.equal(err('big-25mb.txt')?.code, 'too-large');
  assert.deepEqual(['junk.txt', 'junk.html', 'junk.pdf', 'junk.docx'].map((f) => err(f)?.code), ['not-text', 'not-text', 'bad-pdf', 'bad-docx']);
  assert.equal(err('bomb.docx')?.error, `${join(folder, 'bomb.docx')} would unpack to more than ${MAX_DOCX_UNPACKED_MB} MB; it was not imported.`);
  assert.equal(r.errorItems.length, 8);
});

test('a very long clip: quotes come from its first part only, detected off the main thread', { timeout: 240_000 }, async () => {
  const folder = await mkdtemp(join(tmpdir(), 'marsad-patho-'));
  // Quotes every tenth paragraph, well past the detection cap.
  const paras = Array.from({ length: Math.ceil((QUOTE_DETECT_MAX_CHARS * 1.6) / PARA.length) }, (_, i) => (i % 10 === 0 ? QUOTE : PARA));
  await writeFile(join(folder, 'long.txt'), `A very long report\n${paras.join('\n')}`);
  const { backend, call, runImport } = await open();
  const r = await runImport([folder]);
  assert.equal(r.items.length, 1);
  const { value: quotes, longestBlockMs } = await longestBlockDuring(() => call<QuoteView[]>('getQuotes', { id: r.items[0]!.id }));
  console.log(`longest main-thread block while detecting quotes in a ${(paras.join('\n').length / 1000).toFixed(0)}k-character clip: ${longestBlockMs.toFixed(0)} ms`);
  await backend.close();
  assert.ok(quotes.length > 100, `found ${quotes.length}`);
  assert.ok(quotes.every((q) => q.end <= QUOTE_DETECT_MAX_CHARS), 'nothing past the cap');
  assert.ok(quotes[quotes.length - 1]!.end > QUOTE_DETECT_MAX_CHARS * 0.9, 'the whole first part is read');
});
