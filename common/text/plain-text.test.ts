// Table-driven tests of splitPlainText: BOM and line endings, title, header blocks in English,
// Arabic and Russian, before or after the title, and a body kept exactly as given.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { splitPlainText, type PlainText } from './plain-text.js';

const SEED = readFileSync(new URL('../../data/syria-russia-new-phase.txt', import.meta.url), 'utf8');

const CASES: { name: string; raw: string; want: PlainText }[] = [
  {
    name: 'title and body, nothing else',
    raw: 'A quiet harbour\nThe ferry left at dawn.\nNobody waved.',
    want: { title: 'A quiet harbour', body: 'The ferry left at dawn.\nNobody waved.', header: {} },
  },
  {
    name: 'BOM, CRLF and lone CR become LF; outer blank lines go',
    raw: '\ufeff\r\n  Title here  \r\n\r\nFirst line.\rSecond line.\r\n\r\n \r\n',
    want: { title: 'Title here', body: 'First line.\nSecond line.', header: {} },
  },
  {
    name: 'English header after the title; inner spacing of the body kept',
    raw: 'Port reopens\nSource: Harbour Gazette\nURL: https://example.invalid/a\nDate: 2025-10-22\nAuthor: J. Doe\n\nLine one  with  spaces.\n\n\nLine two.\n',
    want: {
      title: 'Port reopens',
      body: 'Line one  with  spaces.\n\n\nLine two.',
      header: { source: 'Harbour Gazette', url: 'https://example.invalid/a', date: '2025-10-22', author: 'J. Doe' },
    },
  },
  {
    name: 'header before the title, keys in any case',
    raw: 'SOURCE: Wire\ndate : 1 May 2024\n\nThe headline\nBody text.',
    want: { title: 'The headline', body: 'Body text.', header: { source: 'Wire', date: '1 May 2024' } },
  },
  {
    name: 'Arabic header with hamza and tashkeel variants',
    raw: 'افتتاح مكتبة عامة جديدة\nالمصدر: صحيفة المدينة\nالتاريخ: الأربعاء 22 أكتوبر 2025\nالرابط: https://example.invalid/ar\nالكاتب: سلمى يوسف\nافتُتحت المكتبة صباح اليوم.',
    want: {
      title: 'افتتاح مكتبة عامة جديدة',
      body: 'افتُتحت المكتبة صباح اليوم.',
      header: { source: 'صحيفة المدينة', date: 'الأربعاء 22 أكتوبر 2025', url: 'https://example.invalid/ar', author: 'سلمى يوسف' },
    },
  },
  {
    name: 'Russian header',
    raw: 'Новый мост открыт\nИсточник: Городская газета\nДата: 22 октября 2025\nАвтор: И. Петров\nМост соединил два района.',
    want: {
      title: 'Новый мост открыт',
      body: 'Мост соединил два района.',
      header: { source: 'Городская газета', date: '22 октября 2025', author: 'И. Петров' },
    },
  },
  {
    name: 'a colon line that is not a known key stays in the body',
    raw: 'Talks resume\nUpdate: both sides met again.\nMore text.',
    want: { title: 'Talks resume', body: 'Update: both sides met again.\nMore text.', header: {} },
  },
  {
    name: 'a Markdown heading marker is dropped from the title only',
    raw: '# Weekly notes\n## Section\nText.',
    want: { title: 'Weekly notes', body: '## Section\nText.', header: {} },
  },
  { name: 'empty input', raw: '', want: { title: '', body: '', header: {} } },
  { name: 'title only', raw: '\n\nOnly a title\n\n', want: { title: 'Only a title', body: '', header: {} } },
];

for (const c of CASES) {
  test(`splitPlainText: ${c.name}`, () => assert.deepEqual(splitPlainText(c.raw), c.want));
}

test('splitPlainText: the seed keeps its title and a byte-identical body', () => {
  const { title, body, header } = splitPlainText(SEED);
  assert.equal(title, 'سوريا وروسيا تعلنان مرحلة جديدة من العلاقات وتعزيز التعاون السياسي والعسكري');
  assert.deepEqual(header, {});
  assert.equal(body, SEED.slice(SEED.indexOf('\n') + 1));
});
