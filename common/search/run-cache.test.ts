import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RunCache } from './run-cache.js';

const at = (text: string, run: string) => {
  const i = text.indexOf(run);
  return [i, i + run.length, RunCache.hash(text, i, i + run.length)] as const;
};

test('runs are found by position in any text, told apart by their letters, and forgotten when full', () => {
  const c = new RunCache<number>(3);
  c.set('لافروف', RunCache.hash('لافروف', 0, 6), 7);
  const text = 'قال لافروف ولافروف';
  assert.equal(c.get(text, ...at(text, 'لافروف')), 7);
  assert.equal(c.get(text, ...at(text, 'ولافروف')), undefined);
  // Same hash, other letters: a forced collision still misses.
  const [i, j] = at(text, 'قال');
  assert.equal(c.get(text, i, j, RunCache.hash('لافروف', 0, 6)), undefined);
  c.set('قال', RunCache.hash(text, i, j), 1);
  c.set('و', RunCache.hash('و', 0, 1), 2);
  assert.equal(c.size, 3);
  c.set('في', RunCache.hash('في', 0, 2), 3);
  assert.equal(c.size, 1);
  assert.equal(c.get(text, ...at(text, 'لافروف')), undefined);
  assert.equal(c.get('في', 0, 2, RunCache.hash('في', 0, 2)), 3);
});
