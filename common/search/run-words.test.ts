import { test } from 'node:test';
import assert from 'node:assert/strict';
import { words } from './analyzer.js';
import { RunCache } from './run-cache.js';
import { runWordsCache } from './run-words.js';

test('the words of each run are the folded words of that run, under each fold setting, cached or not', () => {
  const text = 'قالَ «لافروف»، إنّ المدرسة الى موسكو… Сергей Лавров, 2025';
  for (const fold of [{ strong: true }, { strong: false }]) {
    const of = runWordsCache(fold);
    for (let pass = 0; pass < 2; pass++) {
      for (const m of text.matchAll(/\S+/g)) {
        const i = m.index;
        const j = i + m[0].length;
        assert.deepEqual(of(text, i, j, RunCache.hash(text, i, j)), words(m[0], fold));
      }
    }
  }
  assert.deepEqual(runWordsCache({ strong: true })('المدرسة', 0, 7, RunCache.hash('المدرسة', 0, 7)), ['المدرسه']);
  assert.deepEqual(runWordsCache({ strong: false })('المدرسة', 0, 7, RunCache.hash('المدرسة', 0, 7)), ['المدرسة']);
});
