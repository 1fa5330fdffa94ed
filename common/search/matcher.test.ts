import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMatcher } from './matcher.js';
import { parseQuery } from './query.js';

const fold = { strong: true };

test('with the index at hand, a word is a hit exactly when the query expanded to its term', () => {
  const terms = new Map([
    ['مفاوض', 0],
    ['مفاوضا', 1],
    ['جنيف', 2],
  ]);
  const index = { termOfWord: (w: string) => terms.get(w) ?? -1, hits: new Set([0]) };
  const m = createMatcher(parseQuery('مفاوض'), fold, false, [], index);
  assert.equal(m.isHit('مفاوض'), true);
  // One edit away, but the index did not take it for this query: not highlighted.
  assert.equal(m.isHit('مفاوضا'), false);
  assert.equal(m.isHit('جنيف'), false);
  // A word the index lacks falls back to the rules (here one edit away from a 5-letter key).
  assert.equal(m.isHit('مفاوضي'), true);
  // Without the index the rules decide alone.
  assert.equal(createMatcher(parseQuery('مفاوض'), fold, false).isHit('مفاوضا'), true);
});
