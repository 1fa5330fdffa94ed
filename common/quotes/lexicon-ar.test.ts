// Unit tests for lexicon-ar.ts: the word lists hold each word's spellings, so a variant seat of the
// hamza (مسئول for مسؤول) or a missing one is the same word. Words written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldKey } from '../text/normalize.js';
import { AR_ANONYMOUS_HEADS, AR_FRESH_HEADS, AR_OFFICE_PLURALS } from './lexicon-ar.js';

test('a word with a medial hamza is listed on both seats, و and ي', () => {
  for (const w of ['مسؤول', 'مسئول', 'مسؤولة', 'مسئولة']) {
    assert.ok(AR_ANONYMOUS_HEADS.has(foldKey(w)), w);
    assert.ok(AR_FRESH_HEADS.has(foldKey(w)), w);
  }
  assert.ok(AR_OFFICE_PLURALS.has(foldKey('رئساء')) && AR_OFFICE_PLURALS.has(foldKey('رؤساء')));
  assert.ok(!AR_ANONYMOUS_HEADS.has(foldKey('مسار')), 'and nothing else');
});
