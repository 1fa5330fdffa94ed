import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ScorePool } from './score-pool.js';
import { analyzerFor, compileQuery, runQuery } from './text-index.js';
import { CompactIndex, TITLE_FIELD } from './compact-index.js';
import { parseQuery } from './query.js';

test('a pool hands back given arrays zeroed, never one of another length, and never one twice', () => {
  const pool = new ScorePool();
  const a = pool.take(5);
  a.fill(3);
  pool.give(a);
  pool.give(a);
  const b = pool.take(5);
  assert.equal(b, a);
  assert.deepEqual([...b], [0, 0, 0, 0, 0]);
  // The second give was ignored: the next take is a new array.
  assert.notEqual(pool.take(5), a);
  pool.give(b);
  const c = pool.take(7);
  assert.equal(c.length, 7);
  assert.notEqual(c, b);
});

const fold = { strong: true };
const sample = () => {
  const ix = new CompactIndex(analyzerFor(fold));
  ix.add({ id: 'a', title: 'لقاء لافروف', body: 'بحث الوزير مع نظيره', source: '', tags: '' });
  ix.add({ id: 'b', title: 'اقتصاد', body: 'قال لافروف إن الاستثمارات الروسية', source: '', tags: '' });
  ix.add({ id: 'c', title: 'طقس', body: 'أمطار غزيرة على دمشق', source: '', tags: '' });
  return ix;
};
const matches = (ix: CompactIndex, s: Float32Array) => [...s.keys()].filter((d) => s[d]! > 0).map((d) => ix.idOf(d));

test('queries through a pool give the same scores as fresh arrays, and the title mask keeps title matches only', () => {
  const ix = sample();
  const pool = new ScorePool();
  for (const q of ['لافروف', 'لافروف OR دمشق', 'لافروف الاستثمارات', '"الاستثمارات الروسية"', 'لافروف -اقتصاد']) {
    const c = compileQuery(parseQuery(q), fold, { exact: false, typing: false })!;
    const fresh = runQuery(ix, c);
    // Dirty the pool's arrays between runs: a reused array must start from zero.
    const first = runQuery(ix, c, { pool });
    const copy = Float32Array.from(first);
    first.fill(9);
    pool.give(first);
    const again = runQuery(ix, c, { pool });
    assert.deepEqual([...again], [...fresh], q);
    assert.deepEqual([...copy], [...fresh], q);
    pool.give(again);
  }
  const c = compileQuery(parseQuery('لافروف'), fold, { exact: false, typing: false })!;
  assert.deepEqual(matches(ix, runQuery(ix, c)), ['a', 'b']);
  assert.deepEqual(matches(ix, runQuery(ix, c, { fields: TITLE_FIELD })), ['a']);
});

test('bodyHits marks the docs whose body (not title) holds an expansion of a query key', () => {
  const ix = sample();
  const hits = new Uint8Array(ix.docCount);
  const c = compileQuery(parseQuery('لافرف'), fold, { exact: false, typing: false })!;
  const s = runQuery(ix, c, { bodyHits: hits });
  assert.deepEqual(matches(ix, s), ['a', 'b']);
  assert.deepEqual([...hits], [0, 1, 0]);
});
