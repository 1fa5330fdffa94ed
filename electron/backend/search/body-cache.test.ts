import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BodyStore } from '../store/body-store.js';
import { BodyCache, bodyReader } from './body-cache.js';

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

test('the body reader returns stored text small or large, and null for a body that is not there', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-body-reader-'));
  try {
    const store = new BodyStore(dir);
    const read = bodyReader(store);
    const small = 'قال لافروف إن المحادثات كانت بناءة.';
    const large = 'ب'.repeat(200_000);
    const s1 = await store.put(small);
    const s2 = await store.put(large);
    assert.equal(await read(s1, small.length), small);
    assert.equal(await read(s2, large.length), large);
    assert.equal(await read('0'.repeat(64), 10), null);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
