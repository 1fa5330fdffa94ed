// Tests of the human-output helpers: display width with Arabic marks and wide characters,
// cutting to a width, table alignment, and local dates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { displayWidth, truncate } from './width.js';
import { formatTable } from './table.js';
import { formatDateTime, formatDay } from './dates.js';

test('width: combining marks take no column, CJK takes two', () => {
  assert.equal(displayWidth('abc'), 3);
  assert.equal(displayWidth('مرحبا'), 5);
  assert.equal(displayWidth('تُمارَس'), 5);
  assert.equal(displayWidth('日本'), 4);
  assert.equal(displayWidth(''), 0);
});

test('truncate: cuts by grapheme and ends with an ellipsis', () => {
  assert.equal(truncate('short', 10), 'short');
  assert.equal(truncate('a longer title here', 10), 'a longer…');
  assert.equal(displayWidth(truncate('تُمارَس في عهد النظام السابق', 8)), 8);
  assert.ok(truncate('تُمارَس في عهد', 4).startsWith('تُما'));
  assert.equal(truncate('日本語の見出し', 5), '日本…');
});

test('table: columns aligned by display width, last column cut to the room left', () => {
  const rows = [
    ['ID', 'DATE', 'TITLE'],
    ['abc', '2025-10-22', 'سوريا وروسيا تعلنان مرحلة جديدة'],
    ['abcdef', '2025-10-21', 'Short'],
  ];
  assert.deepEqual(formatTable(rows), [
    'ID      DATE        TITLE',
    'abc     2025-10-22  سوريا وروسيا تعلنان مرحلة جديدة',
    'abcdef  2025-10-21  Short',
  ]);
  const cut = formatTable(rows, 40);
  assert.ok(cut.every((line) => displayWidth(line) <= 40), cut.join('\n'));
  assert.ok(cut[1]!.endsWith('…'));
});

test('dates: ISO timestamps in local time, free text as given', () => {
  const iso = new Date(2025, 9, 22, 14, 5).toISOString();
  assert.equal(formatDay(iso), '2025-10-22');
  assert.equal(formatDateTime(iso), '2025-10-22 14:05');
  assert.equal(formatDateTime('2025-10-22'), '2025-10-22');
  assert.equal(formatDateTime('الأربعاء 22 أكتوبر 2025'), 'الأربعاء 22 أكتوبر 2025');
});
