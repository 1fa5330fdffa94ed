// Undoing an import: removes exactly the clips its batch added, then mends the near-duplicate
// groups they were in (a group left alone dissolves; a group that lost its lead gets the earliest
// remaining capture as lead). Body files stay: they are content-addressed and backups may use them.
import type { StoredClip } from '../../../common/library/schema.js';
import { fail } from '../../../common/result.js';
import type { LibraryStore } from '../store/library-store.js';
import type { DedupIndex } from './dedup-index.js';

export function undoBatch(store: LibraryStore, index: DedupIndex, batchId: string): number {
  const removed = store.data.clips.filter((c) => c.batchId === batchId);
  if (removed.length === 0) fail('not-found', `There is no import "${batchId}" to undo; it may have been undone already.`);
  const groups = new Set(removed.map((c) => c.groupId).filter((g): g is string => g !== null));
  const changed: StoredClip[] = [];
  store.mutate(
    (d) => {
      d.clips = d.clips.filter((c) => c.batchId !== batchId);
      const members = new Map<string, StoredClip[]>();
      for (const c of d.clips) if (c.groupId && groups.has(c.groupId)) members.set(c.groupId, [...(members.get(c.groupId) ?? []), c]);
      for (const [groupId, list] of members) {
        const lead = list.length === 1 ? null : (list.find((c) => c.id === groupId) ?? [...list].sort((a, b) => (a.capturedAt < b.capturedAt ? -1 : 1))[0]!);
        for (const c of list) {
          const next = lead ? lead.id : null;
          if (c.groupId !== next) {
            c.groupId = next;
            changed.push(c);
          }
        }
      }
    },
    { clips: removed, membership: true },
  );
  if (changed.length) store.mutate(() => undefined, { clips: changed });
  for (const c of removed) index.remove(c.id);
  return removed.length;
}
