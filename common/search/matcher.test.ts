import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMatcher } from './matcher.js';
import { parseQuery } from './query.js';
import { makeSnippet } from './snippet.js';
import { compileQuery, createTextIndex, runQuery } from './text-index.js';

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

test('a snippet from the index-backed matcher shows the same window and highlights as from the rules', () => {
  const body = 'افتتاحية طويلة عن الطقس والزراعة في الريف. '.repeat(30) + 'وقال وزير الخارجية إن المفاوضات في جنيف مستمرة. ' + 'خاتمة عن الرياضة. '.repeat(10);
  const ix = createTextIndex(fold);
  ix.add({ id: 'a', title: 'جنيف', body, source: '', tags: '' });
  for (const q of ['المفاوضات جنيف', 'وزير', 'الطقس']) {
    const parsed = parseQuery(q);
    const hitTerms = new Set<number>();
    runQuery(ix, compileQuery(parsed, fold, { exact: false, typing: false })!, { hitTerms });
    const withIndex = createMatcher(parsed, fold, false, [], { termOfWord: ix.termOfWord, hits: hitTerms, runTerms: (t, i, j, h) => ix.runTerms(t, i, j, h) });
    assert.deepEqual(makeSnippet(body, withIndex, fold), makeSnippet(body, createMatcher(parsed, fold, false), fold), q);
  }
});
