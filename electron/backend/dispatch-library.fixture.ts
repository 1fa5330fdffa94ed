// Test fixture (not a test): a real temp library behind dispatch(), as every host calls it. Any
// clips are added through the store first, then the backend opens the same folder; reopen()
// closes and opens it again, for persistence checks. Shared by the backend's tests that go
// through dispatch (tags, clip edits, charts, timeline, paste); the caller closes it.
import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBackend } from './index.js';
import { dispatch } from '../../common/ipc/dispatch.js';
import type { Calls, CallName } from '../../common/ipc/contract.js';
import { LibraryStore } from './store/library-store.js';
import { addClip, type NewClip } from './clips.js';
import { seedLibrary } from './seed.js';

export const SEED = new URL('../../data/syria-russia-new-phase.txt', import.meta.url).pathname;

/** `seed`: the library starts with the Syria–Russia piece, before `clips` (none: an empty library). */
export async function dispatchLibrary(opts: { prefix: string; clips?: NewClip[]; seed?: boolean }) {
  const dataDir = await mkdtemp(join(tmpdir(), `marsad-${opts.prefix}-`));
  const seedFile = opts.seed ? SEED : undefined;
  const clips = opts.clips ?? [];
  if (clips.length > 0 || seedFile) {
    const store = await LibraryStore.open({ dataDir, holder: 'test', writeDelayMs: 5, ...(seedFile ? { seed: (s) => seedLibrary(s, seedFile) } : {}) });
    for (const clip of clips) await addClip(store, clip);
    await store.close();
  }
  const open = () => openBackend({ dataDir, holder: 'test', host: 'cli', systemLocale: 'ar', version: '0', ...(seedFile ? { seedFile } : {}), writeDelayMs: 5 });
  let backend = await open();
  const call = async <K extends CallName>(name: K, payload?: Calls[K]['in']): Promise<Calls[K]['out']> => {
    const r = await dispatch(backend.handlers, name, payload);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as Calls[K]['out'];
  };
  const fails = async (name: CallName, payload: unknown) => {
    const r = await dispatch(backend.handlers, name, payload);
    assert.equal(r.ok, false, `${name} should fail`);
    return r.ok ? null : r.error;
  };
  const reopen = async () => {
    await backend.close();
    backend = await open();
  };
  const ids = (await call('listClips', { snippets: false })).items.map((c) => c.id);
  const tagsOf = async (id: string) => (await call('getClip', { id })).tags;
  return { dataDir, call, fails, reopen, ids, tagsOf, close: () => backend.close() };
}
