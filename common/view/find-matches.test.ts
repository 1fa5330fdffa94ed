// Tests for Find in Article's matching: Arabic folding (hamza, tashkeel, tatweel, taa marbuta,
// alef maqsura), case and ё, spaces, raw offsets that keep a letter's marks, and stepping.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findMatches, foldBody, stepMatch } from './find-matches.js';

// Written for this test; not from any publication.
const AR = 'قال أحمد إنّ المدرسةَ الجديدة ستفتح، وأكّد احمد أن مدرسه القرية باقية إلى الصيف، ثم عاد إلى البيـــت.';
const slices = (body: string, q: string) => findMatches(foldBody(body), q).map((s) => body.slice(s.start, s.end));

test('Arabic: hamza forms, tashkeel and tatweel do not stop a match; raw text is returned', () => {
  assert.deepEqual(slices(AR, 'احمد'), ['أحمد', 'احمد']);
  assert.deepEqual(slices(AR, 'أحمد'), ['أحمد', 'احمد']);
  assert.deepEqual(slices(AR, 'ان'), ['إنّ', 'أن']);
  assert.deepEqual(slices(AR, 'البيت'), ['البيـــت']);
  assert.deepEqual(slices(AR, 'الى'), ['إلى', 'إلى']);
});

test('Arabic: taa marbuta and the marks on the last letter stay with the match', () => {
  assert.deepEqual(slices(AR, 'المدرسة'), ['المدرسةَ']);
  assert.deepEqual(slices(AR, 'مدرسة'), ['مدرسةَ', 'مدرسه']);
  assert.deepEqual(slices(AR, 'مَدْرَسَة'), ['مدرسةَ', 'مدرسه']);
});

test('Latin and Cyrillic: case, ё, and any whitespace between words', () => {
  const en = 'The Port opened.\nthe port closed; the  port\treopened.';
  assert.deepEqual(slices(en, 'the port'), ['The Port', 'the port', 'the  port']);
  assert.deepEqual(slices(en, 'port reopened'), ['port\treopened']);
  assert.deepEqual(slices('Ёлка и елка, ЕЛКА.', 'елка'), ['Ёлка', 'елка', 'ЕЛКА']);
});

test('offsets are UTF-16 offsets into the raw body; nothing for empty or mark-only queries', () => {
  const [m] = findMatches(foldBody(AR), 'الجديدة');
  assert.equal(AR.slice(m!.start, m!.end), 'الجديدة');
  assert.equal(m!.start, AR.indexOf('الجديدة'));
  assert.deepEqual(findMatches(foldBody(AR), '   '), []);
  assert.deepEqual(findMatches(foldBody(AR), 'ّ'), []);
  assert.equal(findMatches(foldBody('aaaa'), 'a', {}, 3).length, 3);
  assert.deepEqual(slices('aaaa', 'aa'), ['aa', 'aa']);
});

test('stepping wraps both ways', () => {
  assert.equal(stepMatch(12, 11, 1), 0);
  assert.equal(stepMatch(12, 0, -1), 11);
  assert.equal(stepMatch(12, 4, 1), 5);
  assert.equal(stepMatch(0, 0, 1), 0);
});
