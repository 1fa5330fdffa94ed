// Tagging benchmark: in a generated library of N clips, one bulk action tags 1,000 clips and
// is persisted (handler + flush), then undone and persisted; also a library-wide rename.
// Prints figures; asserts nothing. Target (issue 6): bulk tag of 1,000 in 10k, on disk, ≤ 1 s.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBackend } from '../electron/backend/index.js';
import { buildLibrary } from './library.js';

export type TagFigures = {
  clips: number;
  bulk: number;
  /** tagClips returns (in memory, write scheduled). */
  bulkReturnMs: number;
  /** tagClips plus flush: the change is on disk. */
  bulkPersistMs: number;
  undoPersistMs: number;
  renamePersistMs: number;
  facetsMs: number;
};

export async function benchTags(n: number, bulk = 1_000): Promise<TagFigures> {
  const dir = await mkdtemp(join(tmpdir(), `marsad-bench-tags-${n}-`));
  try {
    await buildLibrary(dir, n);
    const backend = await openBackend({ dataDir: dir, holder: 'bench', host: 'cli', systemLocale: 'ar', version: 'bench' });
    const h = backend.handlers;
    const page = await h.listClips({ limit: 500, snippets: false });
    const page2 = await h.listClips({ offset: 500, limit: 500, snippets: false });
    if (!page.ok || !page2.ok) throw new Error('list failed');
    const ids = [...page.value.items, ...page2.value.items].map((c) => c.id).slice(0, bulk);
    // Warm the session-start backup so it is not charged to the bulk action.
    await h.setClipTags({ id: ids[0]!, tags: ['تهيئة'] });
    await backend.flush();

    let t = performance.now();
    const r = await h.tagClips({ ids, add: ['عملية مجمعة', 'Lavrov'] });
    const bulkReturnMs = performance.now() - t;
    await backend.flush();
    const bulkPersistMs = performance.now() - t;
    if (!r.ok || r.value.change.action.clips !== ids.length) throw new Error('bulk tag did not tag every clip');

    t = performance.now();
    await h.undo();
    await backend.flush();
    const undoPersistMs = performance.now() - t;

    t = performance.now();
    const f = await h.facets();
    const facetsMs = performance.now() - t;
    const top = f.ok ? f.value.tags[0]?.name : undefined;

    t = performance.now();
    if (top) await h.renameTag({ from: top, to: `${top} (renamed)` });
    await backend.flush();
    const renamePersistMs = performance.now() - t;

    await backend.close();
    return { clips: n, bulk: ids.length, bulkReturnMs, bulkPersistMs, undoPersistMs, renamePersistMs, facetsMs };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
