// Search leaves the trash out: a clip moved to the trash is not a hit (by words or by filters
// alone) and comes back when it is restored. Real handlers over a real library in a temp folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../../../common/ipc/dispatch.js';
import type { SearchPage } from '../../../common/search/types.js';
import { createHandlers } from '../handlers.js';
import { seedLibrary } from '../seed.js';
import { LibraryStore } from '../store/library-store.js';

const SEED = new URL('../../../data/syria-russia-new-phase.txt', import.meta.url).pathname;

test('a clip in the trash is no search hit, and is one again once restored', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-trash-search-'));
  const store = await LibraryStore.open({ dataDir: dir, holder: 'test', writeDelayMs: 10, seed: (s) => seedLibrary(s, SEED) });
  const handlers = createHandlers(store, { version: '0', host: 'cli', dataDir: dir, libraryFile: '', systemLocale: 'ar' });
  const call = async <T>(name: string, payload?: unknown): Promise<T> => {
    const r = await dispatch(handlers, name, payload);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as T;
  };
  const id = store.data.clips[0]!.id;
  await call('setClipTags', { id, tags: ['زيارة'] });
  const totals = async () =>
    Promise.all(
      [{ query: 'لافروف ' }, { query: 'لافرو', asYouType: true }, { query: 'tag:زيارة' }].map(async (q) => (await call<SearchPage>('search', q)).total),
    );
  assert.deepEqual(await totals(), [1, 1, 1]);
  await call('deleteClips', { ids: [id] });
  assert.deepEqual(await totals(), [0, 0, 0]);
  await call('restoreClips', { ids: [id] });
  assert.deepEqual(await totals(), [1, 1, 1]);
  await store.close();
});

test('restoring a clip from the trash is not a new match for a watchlist that tags', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-trash-watch-'));
  const store = await LibraryStore.open({ dataDir: dir, holder: 'test', writeDelayMs: 10, seed: (s) => seedLibrary(s, SEED) });
  const handlers = createHandlers(store, { version: '0', host: 'cli', dataDir: dir, libraryFile: '', systemLocale: 'ar' });
  const call = async (name: string, payload?: unknown): Promise<unknown> => {
    const r = await dispatch(handlers, name, payload);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value;
  };
  const id = store.data.clips[0]!.id;
  await call('search', { query: 'لافروف ' });
  await call('deleteClips', { ids: [id] });
  await call('search', { query: 'لافروف ' });
  await call('createSavedSearch', { name: 'لافروف', query: 'لافروف', autoTag: 'متابعة' });
  await call('restoreClips', { ids: [id] });
  await call('listSavedSearches');
  assert.deepEqual(store.data.clips.find((c) => c.id === id)!.tags, []);
  await store.close();
});
