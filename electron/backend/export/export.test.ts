// The exporter end to end over a real temp library (the seed piece, tagged, one highlight):
// every format is written and read back with independent readers — pdftotext for the PDF, unzip
// for the DOCX's XML, a separate CSV parser, JSON.parse — plus the safety rules (no overwrite,
// atomic, full disk, cancel) and the selection rules. PDF tests skip, saying why, without Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { DEFAULT_INCLUDES, type ReportFormat, type ReportModel } from '../../../common/export/types.js';
import type { AppFailure } from '../../../common/result.js';
import { chromiumPrinter, findChromium } from './chromium.js';
import { runExport, type ExportRequest } from './run-export.js';
import { buildReport } from './build-model.js';
import { csv, csvCell } from './csv.js';
import { parseCsv } from './csv-read.fixture.js';
import { DIRECT, EXPECTED, HIGHLIGHT, HIGHLIGHT_COLOUR, TAG, seededLibrary, TEST_CHROMIUM, type TestLibrary } from './test-library.fixture.js';

let lib: TestLibrary;
before(async () => {
  lib = await seededLibrary();
});
after(async () => {
  await lib.close();
});

const chromium = TEST_CHROMIUM;
const hasTool = (name: string) => spawnSync(name, ['-v']).error === undefined;

const request = (format: ReportFormat, name: string, extra: Partial<ExportRequest> = {}): ExportRequest => ({
  selection: { tags: [TAG] },
  options: { lang: 'ar', order: 'date', include: DEFAULT_INCLUDES, title: '' },
  format,
  out: join(lib.dir, name),
  ...extra,
});
const exportTo = (format: ReportFormat, name: string, extra: Partial<ExportRequest> = {}) =>
  runExport(request(format, name, extra), { call: lib.call, pdf: () => chromiumPrinter(chromium!) });

/** Whitespace and bidi controls dropped: pdftotext splits Arabic words where glyphs are positioned apart. */
const squash = (s: string) => s.replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');

test('export: the model carries the seed clip, its tag, highlight, quotes and a verified SHA-256', async () => {
  const m: ReportModel = await buildReport(lib.call, request('json', 'unused'));
  assert.equal(m.counts.clips, 1);
  const c = m.clips[0]!;
  assert.equal(c.title, EXPECTED.structure.title);
  assert.deepEqual(c.tags, [TAG]);
  assert.equal(c.sha256, createHash('sha256').update(c.body, 'utf8').digest('hex'));
  assert.equal(c.sha256Verified, true);
  assert.deepEqual(c.highlights.map((h) => [h.exact, h.colour]), [[HIGHLIGHT, HIGHLIGHT_COLOUR]]);
  for (const q of DIRECT) assert.equal(c.quotes.find((x) => x.text === q.text)?.speaker, q.speaker);
  const speakers = m.speakers.map((s) => s.speaker);
  for (const q of DIRECT) assert.ok(speakers.includes(q.speaker), q.speaker);
  assert.equal(m.title, 'تقرير الرصد');
});

test('export: selection by unknown tag, by query and by date range', async () => {
  const none = await buildReport(lib.call, { ...request('json', 'x'), selection: { tags: ['لا-يوجد'] } });
  assert.equal(none.counts.clips, 0);
  const byQuery = await buildReport(lib.call, { ...request('json', 'x'), selection: { query: 'لافروف' } });
  assert.equal(byQuery.counts.clips, 1);
  const byNoMatch = await buildReport(lib.call, { ...request('json', 'x'), selection: { query: 'zzzqqqxx' } });
  assert.equal(byNoMatch.counts.clips, 0);
  const past = await buildReport(lib.call, { ...request('json', 'x'), selection: { to: '2000-01-01' } });
  assert.equal(past.counts.clips, 0);
  const byId = await buildReport(lib.call, { ...request('json', 'x'), selection: { clipIds: [lib.clipId], from: '2000-01-01' } });
  assert.equal(byId.counts.clips, 1);
});

test('export html: self-contained, no script or external reference, RTL, highlight and quote colours', async () => {
  const r = await exportTo('html', 'report.html');
  const html = readFileSync(r.path, 'utf8');
  assert.match(html, /<html lang="ar" dir="rtl">/);
  assert.match(html, /http-equiv="Content-Security-Policy" content="default-src 'none'/);
  assert.doesNotMatch(html, /<script/i);
  assert.doesNotMatch(html, /\s(src|href|action|poster|srcset)\s*=\s*["']?\s*(https?:|\/\/|file:)/i);
  assert.doesNotMatch(html, /url\(\s*["']?(?!data:)/i);
  assert.doesNotMatch(html, /<[^>]+\son[a-z]+\s*=/i);
  assert.doesNotMatch(html, /<(iframe|object|embed|link|img)\b/i);
  assert.match(html, /@font-face\{font-family:'Amiri'.*src:url\(data:font\/woff2;base64,/);
  assert.ok(html.includes(`<mark class="hl" style="background:${HIGHLIGHT_COLOUR}">${HIGHLIGHT}</mark>`));
  for (const q of DIRECT) assert.ok(html.includes(q.text), q.text);
  assert.match(html, /class="q sp-\d"/);
  assert.match(html, /@bottom-center\{content:"\\2067" "صفحة " counter\(page\)/);
  // The print-only rule (the PDF printer's copy) never reaches a file a person opens.
  assert.doesNotMatch(html, /@media screen\{body\{display:none\}\}/);
});

test('export html: hostile clip text is escaped, never markup', async () => {
  const evil = '<img src=x onerror=alert(1)><script>alert(2)</script> "=HYPERLINK(\'http://evil\')"';
  await lib.call('setClipNote', { id: lib.clipId, note: evil });
  try {
    const r = await exportTo('html', 'evil.html');
    const html = readFileSync(r.path, 'utf8');
    assert.doesNotMatch(html, /<script|<img/i);
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    const csvFile = await exportTo('csv', 'evil.csv');
    const rows = parseCsv(readFileSync(csvFile.path, 'utf8').slice(1));
    const note = rows[1]![rows[0]!.indexOf('note')]!;
    assert.equal(note, evil);
  } finally {
    await lib.call('setClipNote', { id: lib.clipId, note: '' });
  }
});

test('export md and json: title, quotes, highlight, provenance', async () => {
  const md = readFileSync((await exportTo('md', 'report.md')).path, 'utf8');
  assert.ok(md.startsWith('# تقرير الرصد'));
  for (const q of DIRECT) assert.ok(md.includes(`«${q.text}»`), q.text);
  assert.ok(md.includes(`<mark>${HIGHLIGHT}</mark>`));
  const json = JSON.parse(readFileSync((await exportTo('json', 'report.json')).path, 'utf8')) as ReportModel;
  assert.equal(json.schema, 1);
  assert.equal(json.clips[0]!.title, EXPECTED.structure.title);
  assert.equal(json.clips[0]!.body.slice(json.clips[0]!.highlights[0]!.start, json.clips[0]!.highlights[0]!.end), HIGHLIGHT);
});

test('export csv and quotes csv: BOM, RFC 4180, the quotes with their speakers and the highlight', async () => {
  const clips = readFileSync((await exportTo('csv', 'clips.csv')).path, 'utf8');
  assert.equal(clips.charCodeAt(0), 0xfeff);
  const crows = parseCsv(clips.slice(1));
  assert.equal(crows.length, 2);
  assert.equal(crows[1]![crows[0]!.indexOf('title')], EXPECTED.structure.title);
  assert.equal(crows[1]![crows[0]!.indexOf('tags')], TAG);
  const quotes = readFileSync((await exportTo('quotes-csv', 'quotes.csv')).path, 'utf8');
  assert.equal(quotes.charCodeAt(0), 0xfeff);
  const rows = parseCsv(quotes.slice(1));
  const col = (name: string) => rows[0]!.indexOf(name);
  for (const q of DIRECT) {
    const row = rows.find((r) => r[col('text')] === q.text);
    assert.ok(row, q.text);
    assert.equal(row[col('speaker')], q.speaker);
    assert.equal(row[col('type')], 'quote');
  }
  const hl = rows.filter((r) => r[col('type')] === 'highlight');
  assert.deepEqual(hl.map((r) => [r[col('text')], r[col('colour')]]), [[HIGHLIGHT, HIGHLIGHT_COLOUR]]);
});

test('csv cells: formula injection guarded, quotes doubled', () => {
  assert.equal(csvCell('=1+1'), "'=1+1");
  assert.equal(csvCell('+7 495'), "'+7 495");
  assert.equal(csvCell('-5'), "'-5");
  assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
  assert.equal(csvCell('قال "نعم", ثم'), '"قال ""نعم"", ثم"');
  assert.equal(csvCell('a\r\nb'), '"a\r\nb"');
  assert.equal(csvCell(-5), '-5');
  assert.equal(csvCell(null), '');
});

test('csv rows read back as written: commas, quotes and line breaks inside cells', () => {
  const rows = [['title', 'note'], ['قال "نعم", ثم', 'a\r\nb\nc'], ['', 'plain']];
  assert.deepEqual(parseCsv(csv(rows).slice(1)), rows);
  assert.deepEqual(parseCsv('a,b\nc,"d\re"'), [['a', 'b'], ['c', 'd\re']]);
});

test('export docx: Arabic paragraphs are bidi with rtl runs and the Arabic cs font, and hold the quotes', async (t) => {
  if (!hasTool('unzip')) return t.skip('unzip is not installed');
  const r = await exportTo('docx', 'report.docx');
  const xml = spawnSync('unzip', ['-p', r.path, 'word/document.xml'], { encoding: 'utf8' }).stdout;
  const paras = xml.split(/<w:p>|<w:p /).slice(1).map((p) => p.slice(0, p.indexOf('</w:p>')));
  const textOf = (p: string) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  for (const want of [EXPECTED.structure.title, ...DIRECT.map((q) => q.text)]) {
    const hits = paras.filter((p) => textOf(p).includes(want));
    assert.ok(hits.length >= 1, `a paragraph holds ${want}`);
    for (const p of hits) {
      assert.match(p, /<w:bidi\/>/, `bidi paragraph for ${want}`);
      assert.match(p, /<w:rtl\/>/, `rtl run for ${want}`);
      assert.match(p, /w:cs="Noto Sans Arabic"/);
    }
  }
  // The page footer is there, and the highlight keeps its colour as shading.
  assert.ok(xml.includes(`w:fill="${HIGHLIGHT_COLOUR.slice(1).toUpperCase()}"`));
});

test('export docx: an English report of an English clip has LTR paragraphs', async (t) => {
  if (!hasTool('unzip')) return t.skip('unzip is not installed');
  const imported = await lib.call('importText', { text: 'Lavrov meets Shaibani in Moscow\n\nRussia said "we respect Syria\'s unity", Lavrov told reporters.', tags: ['english-test'] });
  const id = imported.items[0]!.id;
  const r = await exportTo('docx', 'en.docx', { selection: { clipIds: [id] }, options: { lang: 'en', order: 'date', include: DEFAULT_INCLUDES } });
  const xml = spawnSync('unzip', ['-p', r.path, 'word/document.xml'], { encoding: 'utf8' }).stdout;
  const para = xml.split('<w:p>').find((p) => p.includes('Lavrov told reporters'))!;
  assert.ok(para, 'the English paragraph');
  assert.doesNotMatch(para.slice(0, para.indexOf('</w:p>')), /<w:bidi\/>|<w:rtl\/>/);
  await lib.call('deleteClips', { ids: [id] });
});

test('export pdf: pdftotext reads the Arabic title and both direct quotes in logical order', async (t) => {
  if (!chromium) return t.skip('no Chromium found (set MARSAD_CHROMIUM); CI installs one');
  if (!hasTool('pdftotext')) return t.skip('pdftotext (poppler-utils) is not installed');
  // The printer gets the copy whose body is not laid out on screen (only for print).
  let printed = '';
  const printer = chromiumPrinter(chromium);
  const r = await runExport(request('pdf', 'report.pdf'), {
    call: lib.call,
    pdf: () => (html, signal) => {
      printed = html;
      return printer(html, signal);
    },
  });
  assert.match(printed, /@media screen\{body\{display:none\}\}<\/style>/);
  assert.equal(readFileSync(r.path).subarray(0, 5).toString('latin1'), '%PDF-');
  const text = squash(spawnSync('pdftotext', [r.path, '-'], { encoding: 'utf8' }).stdout);
  assert.ok(text.includes(squash(EXPECTED.structure.title)), 'title');
  for (const q of DIRECT) assert.ok(text.includes(squash(q.text)), q.text);
  // Logical order, not visual: reversed strings must not be what matched.
  assert.ok(!text.includes(squash([...DIRECT[0]!.text].reverse().join(''))));
});

test('export safety: refuses to overwrite, replaces when allowed, fails early for a missing folder', async () => {
  const out = join(lib.dir, 'exists.md');
  writeFileSync(out, 'keep me');
  await assert.rejects(exportTo('md', 'exists.md'), (e: AppFailure) => e.appError.details?.exists === true && /already exists/.test(e.message));
  assert.equal(readFileSync(out, 'utf8'), 'keep me');
  await exportTo('md', 'exists.md', { overwrite: true });
  assert.ok(readFileSync(out, 'utf8').startsWith('# تقرير الرصد'));
  await assert.rejects(exportTo('md', 'no/such/folder/r.md'), (e: AppFailure) => e.appError.code === 'not-found' && /does not exist/.test(e.message));
});

test('export safety: a full disk or read-only folder gives one sentence and leaves no partial file', async () => {
  for (const [errno, words] of [['ENOSPC', /disk is full/], ['EROFS', /may not write/]] as const) {
    const name = `full-${errno}.html`;
    const io = {
      writeTemp: async (path: string) => {
        writeFileSync(path, 'half a rep');
        throw Object.assign(new Error(errno), { code: errno });
      },
    };
    await assert.rejects(
      runExport(request('html', name), { call: lib.call, io }),
      (e: AppFailure) => e.appError.code === 'storage-io' && words.test(e.message) && /Nothing was written\.$/.test(e.message),
    );
    assert.equal(existsSync(join(lib.dir, name)), false);
    assert.deepEqual(readdirSync(lib.dir).filter((f) => f.endsWith('.part')), []);
  }
});

test('export: cancelling stops the export and writes nothing; progress is reported', async () => {
  const ac = new AbortController();
  const phases: string[] = [];
  await assert.rejects(
    runExport(request('html', 'cancelled.html'), {
      call: lib.call,
      signal: ac.signal,
      onProgress: (p) => {
        phases.push(p.phase);
        if (p.phase === 'reading') ac.abort();
      },
    }),
    /cancelled/,
  );
  assert.equal(existsSync(join(lib.dir, 'cancelled.html')), false);
  const seen: string[] = [];
  await runExport(request('html', 'progress.html'), { call: lib.call, onProgress: (p) => seen.push(`${p.phase}:${p.done}/${p.total}`) });
  assert.deepEqual(seen, ['reading:1/1', 'rendering:0/1', 'writing:0/1', 'done:1/1']);
});

test('export provenance: a stored text altered on disk is flagged in the report and the result', async () => {
  const m = await buildReport(lib.call, request('json', 'x'));
  const sha = m.clips[0]!.sha256;
  const file = join(lib.dataDir, 'bodies', sha.slice(0, 2), `${sha}.txt`);
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, original.replace('لافروف', 'لافروق'));
  try {
    const r = await exportTo('html', 'tampered.html');
    assert.equal(r.warnings.length, 1);
    assert.match(r.warnings[0]!, /does not match its SHA-256/);
    assert.ok(readFileSync(r.path, 'utf8').includes('لم تطابق البصمة النص المقروء'));
  } finally {
    writeFileSync(file, original);
  }
  const clean = await exportTo('html', 'clean.html');
  assert.deepEqual(clean.warnings, []);
});

test('chromium finder: an explicit missing path is an error, none found is null', () => {
  assert.throws(() => findChromium({ path: '/no/such/chromium' }), /There is no Chromium at \/no\/such\/chromium/);
  assert.equal(findChromium({ env: {}, known: ['/no/such/a', '/no/such/b'] }), null);
});
