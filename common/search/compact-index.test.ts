import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery } from './query.js';
import { boundedDistance, letterMask } from './term-expand.js';
import { analyzerFor, compileQuery, createTextIndex, runQuery, withPhrases } from './text-index.js';
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

test('a long text added in slices indexes as one added at once; queries between slices see the rest', async () => {
  // ~200k characters: several slices, a phrase crossing no slice boundary rule of its own.
  const words = ['مفاوضات', 'الطاقة', 'في', 'جنيف', 'استمرت', 'طويلا', 'negotiations', 'continued'];
  const long = Array.from({ length: 25_000 }, (_, i) => words[(i * 7) % words.length]).join(' ') + ' خاتمة فريدة';
  const once = sample();
  once.add(doc('long', 'ملف الطاقة', long));
  const sliced = sample();
  let pauses = 0;
  let seenMidway: string[] = [];
  await sliced.addInSlices(doc('long', 'ملف الطاقة', long), async () => {
    pauses++;
    seenMidway = ids(sliced, 'دمشق OR مفاوضات');
  });
  assert.ok(pauses >= 5, `paused ${pauses} times`);
  assert.deepEqual(seenMidway, ['c']);
  for (const q of ['مفاوضات', '"خاتمة فريدة"', 'negotiation', 'الطاقه جنيف']) assert.deepEqual(ids(sliced, q), ids(once, q), q);
  assert.deepEqual(ids(sliced, '"خاتمة فريدة"'), ['long']);
  assert.deepEqual(sliced.data().pos, once.data().pos);
});

test('parts() are views that a later discard, compaction or add leaves as they were', () => {
  const ix = sample();
  const parts = ix.parts();
  const before = parts.lists.map((l) => [...l.docs].join() + '|' + [...l.pos].join());
  ix.discard('a');
  ix.discard('b');
  ix.compact();
  ix.add(doc('d', 'لافروف', 'دمشق'));
  assert.deepEqual(parts.lists.map((l) => [...l.docs].join() + '|' + [...l.pos].join()), before);
  assert.deepEqual(parts.ids, ['a', 'b', 'c']);
});

test('bounded edit distance and letter masks', () => {
  assert.equal(boundedDistance('لافروف', 'لافرف', 1), 1);
  assert.equal(boundedDistance('abcdef', 'ghijkl', 2), 3);
  assert.equal(letterMask('ab'), letterMask('ba'));
});

const phraseIds = (ix: CompactIndex, q: string): string[] => {
  const parsed = parseQuery(q);
  const c = withPhrases(compileQuery(parsed, fold, { exact: false, typing: false })!, parsed, ix, fold);
  const dense = runQuery(ix, c);
  return [...dense.keys()].filter((d) => dense[d]! > 0).map((d) => ix.idOf(d)!).sort();
};

test('phrases are checked on stored positions: order, adjacency, title, no span across title and body', () => {
  const ix = createTextIndex(fold);
  ix.add(doc('order', 'خبر', 'التقى سيرغي لافروف نظيره'));
  ix.add(doc('reversed', 'خبر', 'التقى لافروف سيرغي نظيره'));
  ix.add(doc('apart', 'خبر', 'سيرغي قال إن لافروف'));
  ix.add(doc('title', 'سيرغي لافروف في أنقرة', 'وصل الوزير'));
  ix.add(doc('split', 'لقاء سيرغي', 'لافروف وصل'));
  ix.add(doc('clitic', 'خبر', 'قال وسيرغي لافروف هناك'));
  assert.deepEqual(phraseIds(ix, '«سيرغى لافروف»'), ['clitic', 'order', 'title']);
  assert.deepEqual(phraseIds(ix, '"لافروف سيرغي"'), ['reversed']);
  assert.deepEqual(phraseIds(ix, 'لافروف -"سيرغي لافروف"'), ['apart', 'reversed', 'split']);
  assert.deepEqual(phraseIds(ix, '"سيرغي لافروف" OR نظيره'), ['clitic', 'order', 'reversed', 'title']);
  assert.deepEqual(phraseIds(ix, '"سيرغي بوتين"'), []);
});

test('positions survive discards, compaction and the side-file round trip', () => {
  const ix = createTextIndex(fold);
  for (let i = 0; i < 8; i++) ix.add(doc(`x${i}`, 'خبر', i % 2 ? 'وزير الخارجية وصل' : 'الخارجية وزير وصل'));
  for (const i of [0, 1, 2, 3]) ix.discard(`x${i}`);
  ix.compact();
  assert.deepEqual(phraseIds(ix, '"وزير الخارجية"'), ['x5', 'x7']);
  const copy = CompactIndex.fromData(analyzerFor(fold), ix.data());
  assert.deepEqual(phraseIds(copy, '"وزير الخارجية"'), ['x5', 'x7']);
  copy.add(doc('y', 'وزير الخارجية', ''));
  assert.deepEqual(phraseIds(copy, '"الخارجية وزير"'), ['x4', 'x6']);
  assert.deepEqual(phraseIds(copy, '"وزير الخارجية"'), ['x5', 'x7', 'y']);
});

test('a text is analysed the same whether whole or run by run (the build cache)', () => {
  const ix = createTextIndex(fold);
  const body = 'قَالَ\u00a0وزيرُ الخارجـــية،\nلافروف‌ (موسكو) 2025 Lavrov’s Лавров… ﻻ';
  ix.add(doc('a', '', body));
  const keys = analyzerFor(fold)(body);
  for (const k of keys) assert.ok(ix.termOf(k) !== undefined, k);
  assert.equal(ix.terms.length, new Set(keys).size);
});
