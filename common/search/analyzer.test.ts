import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editDistanceFor, keys, stem, words } from './analyzer.js';

// Spelling variants an analyst types must share one key with the text's own spelling.
const SAME_KEY: [string, string][] = [
  ['وروسيا', 'روسيا'],
  ['الشيبانى', 'الشيباني'],
  ['بالشيباني', 'شيباني'],
  ['للشيباني', 'الشيباني'],
  ['والاستثمارات', 'استثمار'],
  ['الحكومة', 'حكومه'],
  ['مكتبة', 'مكتبه'],
  ['لافروڤ', 'لافروف'],
  ['وَرُوسْيَا', 'روسيا'],
  ['السوريون', 'سوري'],
];

for (const [a, b] of SAME_KEY) {
  test(`one key: ${a} ~ ${b}`, () => assert.equal(keys(a)[0], keys(b)[0]));
}

test('stems keep at least three letters and leave short words alone', () => {
  assert.equal(stem('ولد'), 'ولد');
  assert.equal(stem('وها'), 'وها');
  assert.equal(stem('الي'), 'الي');
  assert.equal(stem('موسكو'), 'موسكو');
});

test('English and Russian words take their Snowball stems, after folding (ё is е)', () => {
  assert.deepEqual(keys('Лаврова Sergei’s ЁЛКА BBC'), ['лавр', 'sergei', 's', 'елк', 'bbc']);
});

// Word forms an analyst types that differ from the text's only by inflection.
const SAME_STEM: [string, string][] = [
  ['negotiations', 'negotiate'],
  ['arrests', 'arrest'],
  ['drinking', 'drinks'],
  ['Петра', 'Пётр'],
  ['переговоров', 'переговоры'],
  ['газовые', 'газовый'],
  ['Москве', 'Москва'],
  ['Лаврова', 'Лавров'],
  ['Рябковым', 'Рябков'],
  ['Пушилина', 'Пушилин'],
];

for (const [a, b] of SAME_STEM) {
  test(`one stem: ${a} ~ ${b}`, () => assert.equal(keys(a)[0], keys(b)[0]));
}

test('words split on punctuation and keep digits, ignoring marks and tatweel', () => {
  assert.deepEqual(words('قالَ لافروف: «سـوريا» ٢٠٢٥'), ['قال', 'لافروف', 'سوريا', '2025']);
});

test('edit distance grows with word length', () => {
  assert.equal(editDistanceFor('سور'), 0);
  assert.equal(editDistanceFor('حزب'), 0);
  assert.equal(editDistanceFor('bank'), 0);
  assert.equal(editDistanceFor('лавр'), 0);
  assert.equal(editDistanceFor('strathclid'), 2);
  assert.equal(editDistanceFor('нуланд'), 1);
  assert.equal(editDistanceFor('لافرف'), 1);
  assert.equal(editDistanceFor('الاستثمارات'), 2);
});
