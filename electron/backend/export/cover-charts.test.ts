// The report cover's charts over a real temp library (the seed piece plus clips written here):
// the figures match the clips, the SVG runs in the reading direction and escapes hostile names,
// the HTML report carries them with their table, and the Word report gets the picture (drawn by
// Chromium, skipped without it) or, with no drawing engine, the figures as text and a warning.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_INCLUDES, type ReportFormat } from '../../../common/export/types.js';
import { buildReport } from './build-model.js';
import { chromiumPrinter, chromiumRasteriser } from './chromium.js';
import { coverCharts, coverChartsHtml } from './cover-charts.js';
import { runExport } from './run-export.js';
import { seededLibrary, TEST_CHROMIUM, type TestLibrary } from './test-library.fixture.js';

let lib: TestLibrary;
// Written for this test: two clips from one agency, one English clip, one whose source is markup.
const EXTRA = [
  'رصيف جديد في الميناء\nSource: وكالة الموانئ\nDate: 2026-11-20\n\nافتتحت إدارة الميناء رصيفا جديدا.\n',
  'رافعات تصل إلى الميناء\nSource: وكالة الموانئ\nDate: 2026-11-22\n\nوصلت ثلاث رافعات إلى الميناء.\n',
  'A crane arrives\nSource: Harbour Wire\nDate: 2026-11-22\n\nA crane reached the harbour this week.\n',
  'Another crane\nSource: <img src=x onerror=alert(1)>\nDate: 2026-11-23\n\nOne more crane reached the harbour.\n',
];
before(async () => {
  lib = await seededLibrary();
  for (const text of EXTRA) await lib.call('importText', { text });
});
after(async () => {
  await lib.close();
});

const chromium = TEST_CHROMIUM;
const options = (lang: 'ar' | 'en') => ({ lang, order: 'date' as const, include: DEFAULT_INCLUDES, title: '' });
const model = (lang: 'ar' | 'en') => buildReport(lib.call, { selection: {}, options: options(lang) });

test('cover charts: shares and bars count the report\'s clips', async () => {
  const m = await model('ar');
  const c = coverCharts(m)!;
  assert.equal(c.timeline.total, 5);
  assert.equal(c.timeline.bars.reduce((s, b) => s + b.count, 0), 5);
  assert.deepEqual(c.sources.slice(0, 1).map((s) => [s.key, s.count]), [['وكالة الموانئ', 2]]);
  assert.equal(c.sources.reduce((s, x) => s + x.count, 0), 5);
  assert.deepEqual(Object.fromEntries(c.langs.map((s) => [s.key, s.count])), { ar: 3, en: 2 });
});

test('cover charts: time runs in the reading direction; names are escaped', async () => {
  const xs = (html: string) => [...html.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="8"/g)].map((r) => Number(r[1]));
  const ar = xs(coverChartsHtml(await model('ar'), { figures: true }));
  const en = xs(coverChartsHtml(await model('en'), { figures: true }));
  assert.ok(ar.length > 1 && en.length === ar.length);
  assert.ok(ar[0]! > ar[ar.length - 1]!, 'the first period at the right in Arabic');
  assert.ok(en[0]! < en[en.length - 1]!, 'and at the left in English');
  const html = coverChartsHtml(await model('en'), { figures: true });
  assert.doesNotMatch(html, /<img/);
  assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
  assert.match(html, /<details class="chart-figures">/);
});

test('html report: the cover carries the charts and the table behind them', async () => {
  const r = await runExport({ selection: {}, options: options('ar'), format: 'html', out: join(lib.dir, 'charts.html') }, { call: lib.call });
  const html = readFileSync(r.path, 'utf8');
  const cover = html.slice(html.indexOf('<header class="cover">'), html.indexOf('</header>'));
  assert.match(cover, /<svg class="chart-bars"[^>]*role="img"/);
  assert.equal((cover.match(/<svg class="chart-share"/g) ?? []).length, 2);
  assert.match(cover, /حسب المصدر/);
});

const docxXml = (path: string) => spawnSync('unzip', ['-p', path, 'word/document.xml'], { encoding: 'utf8' }).stdout;
const docx = (name: string, raster: boolean) =>
  runExport(
    { selection: {}, options: options('ar'), format: 'docx' as ReportFormat, out: join(lib.dir, name) },
    { call: lib.call, raster: () => (raster && chromium ? chromiumRasteriser(chromium) : null) },
  );

test('word report: without a drawing engine the cover gives the figures as text and says so', async () => {
  const r = await docx('no-picture.docx', false);
  assert.ok(r.warnings.some((w) => /cover charts could not be drawn/.test(w)));
  const xml = docxXml(r.path);
  assert.match(xml, /وكالة الموانئ 2 \(40%\)/);
  assert.doesNotMatch(xml, /<w:drawing>/);
});

test('word report: the cover charts as a picture with alternative text', async (t) => {
  if (!chromium) return t.skip('no Chromium found (set MARSAD_CHROMIUM); CI installs one');
  const r = await docx('picture.docx', true);
  assert.deepEqual(r.warnings, []);
  const png = spawnSync('unzip', ['-p', r.path, 'word/media/image1.png']).stdout;
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
  assert.ok(png.readUInt32BE(16) > 600, `drawn ${png.readUInt32BE(16)} pixels wide`);
  assert.match(docxXml(r.path), /descr="رسم بياني: المواد حسب التاريخ وحسب المصدر واللغة"/);
});

test('pdf report: pdftotext reads the chart headings on the cover', async (t) => {
  if (!chromium) return t.skip('no Chromium found (set MARSAD_CHROMIUM); CI installs one');
  if (spawnSync('pdftotext', ['-v']).error) return t.skip('pdftotext (poppler-utils) is not installed');
  const r = await runExport({ selection: {}, options: options('ar'), format: 'pdf', out: join(lib.dir, 'charts.pdf') }, { call: lib.call, pdf: () => chromiumPrinter(chromium) });
  const page1 = spawnSync('pdftotext', ['-f', '1', '-l', '1', r.path, '-'], { encoding: 'utf8' }).stdout;
  for (const heading of ['المواد حسب اليوم', 'حسب المصدر', 'حسب اللغة']) assert.ok(page1.includes(heading), heading);
});
