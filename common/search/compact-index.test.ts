import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery } from './query.js';
import { boundedDistance, letterMask } from './term-expand.js';
import { compileQuery, createTextIndex, runQuery } from './text-index.js';
import { CompactIndex } from './compact-index.js';

const fold = { strong: true };
const doc = (id: string, title: string, body: string) => ({ id, title, body, source: '', tags: '' });

const sample = () => {
  const ix = createTextIndex(fold);
  ix.add(doc('a', 'لقاء لافروف والشيباني', 'بحث وزير الخارجية سيرغي لافروف مع نظيره السوري'));
  ix.add(doc('b', 'اقتصاد', 'الاستثمارات الروسية في سوريا'));
  ix.add(doc('c', 'طقس', 'أمطار غزيرة على دمشق'));
  return ix;
};
const ids = (ix: CompactIndex, q: string, typing = false): string[] => {
  const c = compileQuery(parseQuery(q), fold, { exact: false, typing });
  const dense = runQuery(ix, c!);
  return [...dense.keys()].filter((d) => dense[d]! > 0).sort((x, y) => dense[y]! - dense[x]!).map((d) => ix.idOf(d)!);
};

test('finds words exactly, fuzzily, by prefix, with AND, OR and exclusion', () => {
  const ix = sample();
  assert.deepEqual(ids(ix, 'لافروف'), ['a']);
  assert.deepEqual(ids(ix, 'لافرف'), ['a']);
  assert.deepEqual(ids(ix, 'لافر', true), ['a']);
  assert.deepEqual(ids(ix, 'سوريا دمشق'), []);
  assert.deepEqual(ids(ix, 'دمشق OR الاستثمارات').sort(), ['b', 'c']);
  assert.deepEqual(ids(ix, 'سوريا -الاستثمارات'), []);
});

test('a title match outranks a body match', () => {
  const ix = createTextIndex(fold);
  ix.add(doc('body', 'خبر', 'قال لافروف'));
  ix.add(doc('title', 'لافروف', 'قال الوزير'));
  assert.deepEqual(ids(ix, 'لافروف'), ['title', 'body']);
});

test('discard, re-add and compaction keep results right; data() round-trips', () => {
  const ix = sample();
  ix.discard('a');
  assert.deepEqual(ids(ix, 'لافروف'), []);
  ix.add(doc('a', 'لافروف', ''));
  ix.compact();
  assert.deepEqual(ids(ix, 'لافروف'), ['a']);
  const copy = CompactIndex.fromData(() => [], ix.data());
  assert.equal(copy.size, 3);
  assert.deepEqual(ids(copy, 'دمشق'), ['c']);
});

test('bounded edit distance and letter masks', () => {
  assert.equal(boundedDistance('لافروف', 'لافرف', 1), 1);
  assert.equal(boundedDistance('abcdef', 'ghijkl', 2), 3);
  assert.equal(letterMask('ab'), letterMask('ba'));
});
