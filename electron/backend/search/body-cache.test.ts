import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BodyCache } from './body-cache.js';

test('bodies are read once while they fit, the least recently used leave first, and unreadable ones come back empty', async () => {
  const reads: string[] = [];
  const files: Record<string, string> = { a: 'أ'.repeat(40), b: 'ب'.repeat(40), c: 'ج'.repeat(40) };
  const cache = new BodyCache(async (sha) => {
    reads.push(sha);
    if (!(sha in files)) throw new Error('gone');
    return files[sha]!;
  }, 100);
  assert.equal(await cache.get('a'), files.a);
  assert.equal(await cache.get('b'), files.b);
  assert.equal(await cache.get('a'), files.a);
  assert.deepEqual(reads, ['a', 'b']);
  // 120 characters do not fit in 100: b, the least recently used, leaves.
  assert.equal(await cache.get('c'), files.c);
  assert.equal(cache.size, 2);
  await cache.get('a');
  await cache.get('b');
  assert.deepEqual(reads, ['a', 'b', 'c', 'b']);
  assert.equal(await cache.get('missing'), '');
  assert.equal(cache.size, 2);
});
