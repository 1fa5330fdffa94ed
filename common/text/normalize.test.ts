import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fold, foldKey, toRawSpan } from './normalize.js';

const KEYS: [string, string, string, object?][] = [
  ['tashkeel and shadda', 'قَالَ الوَزِيرُ إنّ', 'قال الوزير ان'],
  ['alef forms', 'أكد إلى آخر ٱلله', 'اكد الي اخر الله'],
  ['alef maqsura and teh marbuta (strong)', 'مصطفى مكتبة', 'مصطفي مكتبه'],
  ['strong folds off', 'مصطفى مكتبة', 'مصطفى مكتبة', { strong: false }],
  ['hamza seats', 'مسؤول سائق', 'مسوول سايق'],
  ['hamza seats off', 'مسؤول', 'مسؤول', { hamzaSeats: false }],
  ['tatweel', 'سـوريـا', 'سوريا'],
  ['lam-alef ligature', '\ufefbعب', 'لاعب'],
  ['presentation forms', '\ufe8e\ufee0', 'ال'],
  ['Arabic-Indic and Persian digits', '٢٢ أكتوبر ۲۰۲۵', '22 اكتوبر 2025'],
  ['Persian yeh and keheh', 'کتاب یوم', 'كتاب يوم'],
  ['invisible marks inside words', 'لاف\u200cروف\u200f', 'لافروف'],
  ['Russian case and yo', 'Лавров ЗАЯВИЛ: всё', 'лавров заявил: все'],
  ['Russian short i stays', 'Сергей ЙОД', 'сергей йод'],
  ['English case and accents', 'Café RÉSUMÉ Ærø Straße', 'cafe resume æro strasse'],
  ['decomposed accents', 'Cafe\u0301', 'cafe'],
  ['Arabic comma', 'موسكو، دمشق', 'موسكو, دمشق'],
];

for (const [name, raw, expected, opts] of KEYS) {
  test(`foldKey: ${name}`, () => {
    assert.equal(foldKey(raw, opts), expected);
    assert.equal(fold(raw, opts).text, expected, 'fold and foldKey agree');
  });
}

test('the offset map points every folded unit at its raw unit', () => {
  const raw = 'قَالَ الوَزِيرُ';
  const f = fold(raw);
  assert.equal(f.text, 'قال الوزير');
  assert.equal(f.map.length, f.text.length + 1);
  for (let i = 0; i < f.text.length; i++) {
    assert.equal(foldKey(raw[f.map[i]!]!), f.text[i], `unit ${i}`);
  }
  assert.equal(f.map[f.text.length], raw.length);
});

test('a match in folded text maps back to whole letters with their marks', () => {
  const raw = 'قَالَ الوَزِيرُ إنّ';
  const f = fold(raw);
  const at = f.text.indexOf('الوزير');
  const span = toRawSpan(f, at, at + 'الوزير'.length);
  assert.equal(raw.slice(span.start, span.end), 'الوَزِيرُ', 'Fuse #723 pitfall avoided');
  const inn = f.text.indexOf('ان');
  const s2 = toRawSpan(f, inn, inn + 2);
  assert.equal(raw.slice(s2.start, s2.end), 'إنّ');
});

test('a ligature that expands maps both halves to the one raw unit', () => {
  const raw = 'ا\ufefbعب';
  const f = fold(raw);
  assert.equal(f.text, 'الاعب');
  const s = toRawSpan(f, 1, 3);
  assert.equal(raw.slice(s.start, s.end), '\ufefb');
});

test('long texts fold without hitting argument limits', () => {
  const raw = 'سوريا '.repeat(20_000);
  assert.equal(fold(raw).text.length, raw.length);
  assert.equal(foldKey(raw), raw);
});

test('teh marbuta alone can stay while ى still folds', () => {
  assert.equal(foldKey('مصطفى الكاتبة', { tehMarbuta: false }), 'مصطفي الكاتبة');
});

test('letters for foreign sounds fold to their native equivalents', () => {
  assert.equal(foldKey('لافروڤ پوتين'), 'لافروف بوتين');
});
