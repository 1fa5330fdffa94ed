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
import { SIGNATURE_FILE, SIGNATURE_HEADER_BYTES, RECORD_BYTES } from './signature-file.js';

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
  assert.equal(r.total, 21);
  assert.deepEqual(r.errorItems.map((e) => e.error).sort(), [
    `${join(FIXTURES, 'blank.md')} has no text to import.`,
    `${join(FIXTURES, 'empty.txt')} is empty.`,
    `${join(FIXTURES, 'not-really-text.txt')} is not a text file.`,
    `${join(FIXTURES, 'spreadsheet.xlsx.bak')} is not a file type Marsad can import (.bak); use .txt, .md, .html, .htm, .pdf or .docx.`,
  ].sort());
  // Each refusal also carries a code (and detail) for the UI to phrase in its own language.
  assert.deepEqual(
    r.errorItems.map((e) => [e.file.slice(FIXTURES.length), e.code, e.detail ?? null]).sort(),
    [['blank.md', 'no-text', null], ['empty.txt', 'empty', null], ['not-really-text.txt', 'not-text', null], ['spreadsheet.xlsx.bak', 'unsupported-type', '.bak']],
  );
  // The exact copy (BOM, CRLF, tashkeel, tatweel, doubled spaces) is the agency story again.
  assert.equal(r.duplicateItems.length, 1);
  assert.ok(r.duplicateItems[0]!.file.endsWith('agency-story.txt'), 'agency-story-exact-copy.txt sorts first, so agency-story.txt is its duplicate');
  const lead = byFile(r, 'agency-story-exact-copy.txt')!;
  assert.equal(r.duplicateItems[0]!.of.id, lead.id);
  // The syndicated copy and the web page of the same story are grouped under the first capture.
  assert.equal(byFile(r, 'agency-story-syndicated.txt')!.groupId, lead.id);
  assert.equal(byFile(r, 'arabic-news-page.html')!.groupId, lead.id);
  assert.equal(r.items.length, 16);
  // The KOI8-R text and the windows-1251 page carry the same Kazan story: one group.
  assert.equal(byFile(r, 'russian-page-windows-1251.html')!.groupId, byFile(r, 'russian-koi8-r.txt')!.id);

  const langs = Object.fromEntries(r.items.map((i) => [i.file.slice(FIXTURES.length), i.lang]));
  assert.deepEqual(langs, {
    'agency-story-exact-copy.txt': 'ar', 'agency-story-syndicated.txt': 'ar', 'arabic-iso-8859-6.txt': 'ar', 'arabic-statement.pdf': 'ar',
    'arabic-news-page.html': 'ar', 'arabic-utf16be-nobom.txt': 'ar', 'arabic-windows-1256.txt': 'ar',
    'english-utf16le-bom.txt': 'en', 'grain-corridor-notes.md': 'en', 'hostile-page.html': 'en',
    'market-page-windows-1256.html': 'ar', 'mobile-library.docx': 'ar', 'russian-koi8-r.txt': 'ru',
    'russian-page-windows-1251.html': 'ru', 'russian-windows-1251.txt': 'ru', 'tartus-port.pdf': 'en',
  });

  const collapsed = await call<ClipPage>('listClips', { collapseGroups: true, limit: 500 });
  assert.equal(collapsed.total, 16 - 3, 'grouped copies fold into their leads (no seed file here, so no seed clip)');
  const leadRow = collapsed.items.find((c) => c.id === lead.id)!;
  assert.equal(leadRow.groupSize, 3);
  assert.equal((await call<ClipPage>('listClips', { groupId: lead.id })).total, 3);
  assert.equal((await call<ClipPage>('listClips', { tag: 'fixtures' })).total, 16);
  await backend.close();
  const cache = await stat(join(dataDir, SIGNATURE_FILE));
  assert.equal(cache.size, SIGNATURE_HEADER_BYTES + 16 * RECORD_BYTES, 'one cached key record per stored clip');
});

test('metadata and structure per format, read back through getClip', async () => {
  const { backend, call, runImport } = await setup();
  const names = ['arabic-windows-1256.txt', 'mobile-library.docx', 'tartus-port.pdf', 'grain-corridor-notes.md', 'arabic-news-page.html', 'russian-koi8-r.txt'];
  const r = await runImport({ paths: names.map((n) => join(FIXTURES, n)) });
  assert.equal(r.items.length, 6);
  const get = (n: string) => call<ClipDetail>('getClip', { id: byFile(r, n)!.id });

  const market = await get('arabic-windows-1256.txt');
  assert.equal(market.source, 'الشهباء اليوم');
  assert.equal(market.publishedAt, '2025-11-06');
  assert.ok(market.body.startsWith('شهدت أسواق الخضار في مدينة حلب'));

  const docx = await get('mobile-library.docx');
  assert.equal(docx.title, 'مكتبة متنقلة تجوب قرى ريف درعا');
  assert.equal(docx.source, 'نشرة الجنوب الثقافية');
  assert.equal(docx.publishedAt, '2025-03-03', 'Arabic-Indic digits and the Levantine month آذار');
  const docxKinds = docx.blocks.map((b) => [b.kind, docx.body.slice(b.start, b.end)]);
  assert.deepEqual(docxKinds.filter(([k]) => k !== 'paragraph'), [
    ['subheading', 'أهداف المبادرة:'],
    ['list-item', '• تشجيع الأطفال على القراءة خارج المدرسة'],
    ['list-item', '• توفير الكتب في القرى البعيدة عن المراكز الثقافية'],
    ['list-item', '• تدريب شباب القرى على تنظيم أنشطة ثقافية'],
  ]);

  const pdf = await get('tartus-port.pdf');
  assert.equal(pdf.title, 'Dredging work to deepen the port of Tartus begins');
  assert.ok(pdf.body.startsWith('Dredging work to deepen the main basin of the port of Tartus began on Monday, the port authority said,'));
  assert.ok(pdf.body.includes('without waiting offshore.'), 'a ligature split by the text layer ("o" + "ff" + "shore") is joined');
  assert.equal(pdf.blocks.filter((b) => b.kind === 'list-item').length, 3);
  assert.equal(pdf.blocks.filter((b) => b.kind === 'subheading').length, 1);

  const md = await get('grain-corridor-notes.md');
  assert.equal(md.title, 'Grain shipments resume through the northern corridor');
  assert.equal(md.url, 'https://notes.example/grain-corridor');
  assert.equal(md.publishedAt, '2025-10-20');
  assert.deepEqual(md.blocks.filter((b) => b.kind !== 'paragraph').map((b) => b.kind), ['subheading', 'list-item', 'list-item', 'list-item', 'related-link']);

  const page = await get('arabic-news-page.html');
  assert.equal(page.author, 'سلمى الحداد');
  assert.equal(page.related.length, 3);
  assert.equal(page.sourceFile, join(FIXTURES, 'arabic-news-page.html'));

  const ru = await get('russian-koi8-r.txt');
  assert.equal(ru.lang, 'ru');
  assert.ok(ru.body.includes('Новый автомобильный мост через реку Казанку открылся в среду'));
  await backend.close();
});

test('undo removes exactly one batch and mends the groups it touched', async () => {
  const { backend, call, runImport } = await setup();
  const first = await runImport({ paths: [join(FIXTURES, 'agency-story.txt'), join(FIXTURES, 'russian-windows-1251.txt')] });
  const second = await runImport({ paths: [join(FIXTURES, 'agency-story-syndicated.txt'), join(FIXTURES, 'agency-story.txt'), join(FIXTURES, 'english-utf16le-bom.txt')] });
  assert.equal(second.items.length, 2);
  assert.deepEqual(second.duplicateItems.map((d) => d.of.id), [first.items[0]!.id]);
  const lead = first.items[0]!.id;
  assert.equal(second.items[0]!.groupId, lead);
  assert.equal((await call<ClipPage>('listClips', { groupId: lead })).total, 2);

  const undone = await call<{ removed: number }>('undoImport', { batchId: second.batchId });
  assert.equal(undone.removed, 2);
  const left = await call<ClipPage>('listClips', {});
  assert.deepEqual(left.items.map((c) => c.id).sort(), first.items.map((i) => i.id).sort());
  assert.ok(left.items.every((c) => c.groupId === null && c.groupSize === 1), 'a group of one dissolves');
  const again = await dispatch(backend.handlers, 'undoImport', { batchId: second.batchId });
  assert.equal(!again.ok && again.error.code, 'not-found');
  // The same syndicated copy can be imported again after the undo and finds its lead again.
  const third = await runImport({ paths: [join(FIXTURES, 'agency-story-syndicated.txt')] });
  assert.equal(third.items[0]!.groupId, lead);
  await backend.close();
});

test('dropped files arrive as bytes; paste takes HTML or plain text; both are undoable batches', async () => {
  const { backend, call, runImport } = await setup();
  const bytes = async (n: string) => (await import('node:fs/promises')).readFile(join(FIXTURES, n)).then((b) => b.toString('base64'));
  const dropped = await runImport({ files: [
    { name: 'arabic-news-page.html', bytes: await bytes('arabic-news-page.html') },
    { name: 'russian-koi8-r.txt', bytes: await bytes('russian-koi8-r.txt') },
    { name: 'photo.jpg', bytes: Buffer.from([0xff, 0xd8, 0xff]).toString('base64') },
  ] });
  assert.deepEqual(dropped.items.map((i) => [i.file, i.title, i.lang]), [
    ['arabic-news-page.html', 'افتتاح محطة جديدة لتحلية المياه في اللاذقية', 'ar'],
    ['russian-koi8-r.txt', 'В Казани открылся новый мост через реку Казанку', 'ru'],
  ]);
  assert.deepEqual(dropped.errorItems, [
    { file: 'photo.jpg', error: 'photo.jpg is not a file type Marsad can import (.jpg); use .txt, .md, .html, .htm, .pdf or .docx.', code: 'unsupported-type', detail: '.jpg' },
  ]);

  const html = '<h1>Pasted headline</h1><p>The first pasted paragraph is long enough to read as an article body, with a second clause.</p><p onclick="x()">Second paragraph.<script>alert(1)</script></p>';
  const pasted = await call<ImportReport>('importText', { text: 'ignored when HTML is given', html, tags: ['pasted'] });
  assert.equal(pasted.items[0]!.title, 'Pasted headline');
  const clip = await call<ClipDetail>('getClip', { id: pasted.items[0]!.id });
  assert.equal(clip.body, 'The first pasted paragraph is long enough to read as an article body, with a second clause.\nSecond paragraph.');
  assert.deepEqual(clip.tags, ['pasted']);
  const plain = await call<ImportReport>('importText', { text: 'عنوان منسوخ\nالمصدر: وكالة ما\n\nنص الخبر المنسوخ من موقع إخباري.' });
  assert.equal(plain.items[0]!.lang, 'ar');
  const again = await call<ImportReport>('importText', { text: 'عنوان منسوخ\n\nنص الخبر المنسوخ من موقع إخباري.' });
  assert.equal(again.duplicates, 1, 'pasting the same text twice stores it once');
  const empty = await dispatch(backend.handlers, 'importText', { text: '  \n ' });
  assert.equal(!empty.ok && empty.error.code, 'invalid-input');
  const both = await dispatch(backend.handlers, 'startImport', { paths: ['/x'], files: [{ name: 'a.txt', bytes: '' }] });
  assert.equal(!both.ok && both.error.code, 'invalid-input');
  await call('undoImport', { batchId: dropped.batchId });
  assert.equal((await call<ClipPage>('listClips', {})).total, 2);
  await backend.close();
});

test('a cancelled import stops between files and keeps what it had imported', async () => {
  const { backend, call, dataDir } = await setup();
  const folder = join(dataDir, '..', `${dataDir.split('/').pop()}-many`);
  await mkdir(folder, { recursive: true });
  for (let i = 0; i < 300; i++) await writeFile(join(folder, `n${String(i).padStart(3, '0')}.txt`), `Item ${i}\nA distinct note number ${i} about harbour traffic, ferries and weather on day ${i}.`);
  const started = await call<ImportProgress>('startImport', { paths: [folder] });
  await new Promise((r) => setTimeout(r, 30));
  const stopped = await call<ImportProgress>('cancelImport', { jobId: started.jobId });
  assert.equal(stopped.state, 'cancelled');
  assert.ok(stopped.done < 300, `stopped after ${stopped.done} files`);
  assert.equal((await call<ClipPage>('listClips', {})).total, stopped.imported);
  assert.equal(stopped.imported + stopped.errors + stopped.duplicates, stopped.done);
  await backend.close();
  assert.ok((await readFile(join(dataDir, 'library.json'), 'utf8')).length > 0);
});
