// Table-driven tests of findDate/normalizeDate over Arabic (all month systems), Russian and
// English date phrases, digit systems and ISO forms, and text that states no date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDate, normalizeDate } from './dates.js';

const CASES: [string, string | null][] = [
  ['الأربعاء 22 أكتوبر 2025', '2025-10-22'],
  ['نشر في الأربعاء ٢٢ أكتوبر ٢٠٢٥ - 10:30', '2025-10-22'],
  ['دمشق، 22 تشرين الأول 2025 (سانا)', '2025-10-22'],
  ['22 تشرين الأول/أكتوبر 2025', '2025-10-22'],
  ['الخميس 6 تشرين الثاني 2025', '2025-11-06'],
  ['1 كانون الثاني 2026', '2026-01-01'],
  ['15 آب 2024', '2024-08-15'],
  ['3 آذار 2025', '2025-03-03'],
  ['الجزائر في 5 جويلية 2025', '2025-07-05'],
  ['12 إبريل 2025', '2025-04-12'],
  ['12 أبريل 2025', '2025-04-12'],
  ['٠٩ يونيو ۲۰۲۵', '2025-06-09'],
  ['22 октября 2025 года', '2025-10-22'],
  ['Москва, 1 декабря 2025', '2025-12-01'],
  ['October 22, 2025', '2025-10-22'],
  ['Published 22 Oct 2025', '2025-10-22'],
  ['2025-10-22T09:15:00+0300', '2025-10-22T09:15:00+03:00'],
  ['2025-10-22T09:15:00Z', '2025-10-22T09:15:00Z'],
  ['22/10/2025', '2025-10-22'],
  ['22.10.2025', '2025-10-22'],
  ['31 فبراير 2025', null],
  ['قال إن 3 آلاف شخص شاركوا عام 2025', null],
  ['no date at all', null],
];

test('findDate reads the date phrases news sites print', () => {
  for (const [text, want] of CASES) assert.equal(findDate(text), want, text);
});

test('normalizeDate keeps a value with no readable date as it is', () => {
  assert.equal(normalizeDate('  '), null);
  assert.equal(normalizeDate('yesterday'), 'yesterday');
  assert.equal(normalizeDate('الأربعاء 22 أكتوبر 2025'), '2025-10-22');
});
