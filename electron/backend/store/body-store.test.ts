// The body store's deferred writes (bulk imports): a body is readable the moment putDeferred()
// returns, lands on disk by syncPending(), and a write that fails is kept and retried there —
// never dropped while a record might point at it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BodyStore, sha256Hex } from './body-store.js';

const tempDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-bodies-'));
  await mkdir(join(dir, 'bodies'));
  return join(dir, 'bodies');
};

test('a deferred body is readable at once and on disk after syncPending', async () => {
  const store = new BodyStore(await tempDir());
  const texts = Array.from({ length: 100 }, (_, i) => `قال لافروف في المؤتمر رقم ${i}\nСергей Лавров ${i}`);
  const shas = await Promise.all(texts.map((t) => store.putDeferred(t)));
  assert.deepEqual(shas, texts.map(sha256Hex));
  // Readable before the files are known to be written.
  assert.equal(await store.get(shas[42]!), texts[42]);
  await store.syncPending();
  for (const [i, sha] of shas.entries()) assert.equal(await readFile(store.pathOf(sha), 'utf8'), texts[i]);
  // The same text again is one file, not a second write.
  assert.equal(await store.putDeferred(texts[0]!), shas[0]);
  await store.syncPending();
});

test('a deferred write that fails is kept, served from memory, reported by syncPending and retried', async () => {
  const dir = await tempDir();
  const store = new BodyStore(dir);
  const text = 'نص لا يمكن كتابته الآن';
  const sha = sha256Hex(text);
  // A plain file where the body's sub-folder should be: the write cannot create its folder.
  const blocker = join(dir, sha.slice(0, 2));
  await writeFile(blocker, 'not a folder');
  assert.equal(await store.putDeferred(text), sha);
  await assert.rejects(store.syncPending());
  assert.equal(await store.get(sha), text, 'the text is still served while its file is missing');
  await rm(blocker);
  await store.syncPending();
  assert.equal(await readFile(store.pathOf(sha), 'utf8'), text);
  assert.equal(await store.get(sha), text);
});
