// Body collection after the trash is emptied: a purged clip's text goes once no backup names it;
// a text two clips share stays while one of them lives; backups and young files are never touched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LibraryStore } from './library-store.js';
import { addClip } from '../clips.js';
import { collectBodies } from './body-gc.js';
import { createHandlers } from '../handlers.js';
import type { StoredClip } from '../../../common/library/schema.js';

const SHARED = 'The council met on Tuesday and agreed the new budget, the mayor said.';
const ALONE = 'A storm closed the mountain road for two days, the police said.';

const purge = (store: LibraryStore, clips: StoredClip[]) =>
  store.mutate((d) => void (d.clips = d.clips.filter((c) => !clips.includes(c))), { clips, membership: true });

test('an emptied clip\'s body goes once no backup names it; a shared body stays', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-bodygc-'));
  const store = await LibraryStore.open({ dataDir: dir, holder: 'test', writeDelayMs: 5 });
  const a = await addClip(store, { title: 'Budget agreed', body: SHARED });
  const b = await addClip(store, { title: 'Budget agreed (wire copy)', body: SHARED });
  const c = await addClip(store, { title: 'Road closed', body: ALONE });
  assert.equal(a.bodySha256, b.bodySha256, 'one body file for both');
  await store.flush();
  await store.backups.settle();
  purge(store, [b, c]);
  await store.flush();

  const backedUp = await collectBodies(store, { minAgeMs: 0 });
  assert.equal(backedUp.removed, 0, 'a backup still names the road story, so a restore would need it');
  assert.ok(existsSync(store.bodies.pathOf(c.bodySha256)));

  // The backups that named it are pruned (14 days later): now it goes, and only it.
  await rm(join(dir, 'backups'), { recursive: true });
  const collected = await collectBodies(store, { minAgeMs: 0 });
  assert.deepEqual([collected.removed, collected.bytes], [1, Buffer.byteLength(ALONE)]);
  assert.equal(existsSync(store.bodies.pathOf(c.bodySha256)), false);
  assert.equal(await store.bodies.get(a.bodySha256), SHARED, 'still named by the clip that lives');
  await store.close();
});

test('a body no clip names yet but written moments ago (an import on its way) is kept', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-bodygc-young-'));
  const store = await LibraryStore.open({ dataDir: dir, holder: 'test', writeDelayMs: 5 });
  const sha = await store.bodies.put('A text whose clip is still being added.');
  await rm(join(dir, 'backups'), { recursive: true, force: true });
  assert.equal((await collectBodies(store)).removed, 0);
  assert.ok(existsSync(store.bodies.pathOf(sha)));
  assert.equal((await collectBodies(store, { minAgeMs: 0 })).removed, 1, 'the same file, old enough, goes');
  await store.close();
});

test('trashed (not yet purged) clips and a read-only library keep their bodies', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-bodygc-trash-'));
  const store = await LibraryStore.open({ dataDir: dir, holder: 'test', writeDelayMs: 5 });
  const c = await addClip(store, { title: 'Road closed', body: ALONE });
  store.mutate(() => void (c.deletedAt = new Date().toISOString()), { clips: [c] });
  await store.flush();
  await rm(join(dir, 'backups'), { recursive: true, force: true });
  assert.equal((await collectBodies(store, { minAgeMs: 0 })).removed, 0);
  await store.close();
  const reader = await LibraryStore.open({ dataDir: dir, holder: 'test', readOnly: true });
  assert.equal((await collectBodies(reader, { minAgeMs: 0 })).removed, 0);
});

test('emptying the trash collects the purged clip\'s old body file', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-bodygc-empty-'));
  const store = await LibraryStore.open({ dataDir: dir, holder: 'test', writeDelayMs: 5 });
  const h = createHandlers(store, { version: 't', host: 'cli', dataDir: dir, libraryFile: store.file, systemLocale: 'en' });
  const c = await addClip(store, { title: 'Road closed', body: ALONE });
  assert.ok((await h.deleteClips({ ids: [c.id] })).ok);
  await store.flush();
  // Clipped long ago, and the backups that named it have since been pruned.
  const old = new Date(Date.now() - 30 * 86_400_000);
  await utimes(store.bodies.pathOf(c.bodySha256), old, old);
  await rm(join(dir, 'backups'), { recursive: true });
  assert.ok((await h.emptyTrash({})).ok);
  for (let i = 0; i < 200 && existsSync(store.bodies.pathOf(c.bodySha256)); i++) await new Promise((r) => setTimeout(r, 25));
  assert.equal(existsSync(store.bodies.pathOf(c.bodySha256)), false);
  await store.close();
});
