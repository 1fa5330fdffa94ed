// The trash: deleting a clip sets deletedAt (hidden from the list, facets and search), restoring
// clears it (both undoable); after TRASH_DAYS the clip is purged when the library opens, or at
// once by emptyTrash. Their body files are then collected (store/body-gc.ts) once no clip, clip
// file or backup names them any more.
import { backgroundTimer } from '../background.js';
import { collectBodies } from '../store/body-gc.js';
import type { TrashItem } from '../../../common/annotation.js';
import type { Handlers } from '../../../common/ipc/contract.js';
import type { StoredClip } from '../../../common/library/schema.js';
import { fail, ok } from '../../../common/result.js';
import type { LibraryStore } from '../store/library-store.js';
import { applyAction, type TagContext } from './actions.js';

// Issue 6: "a deleted clip stays restorable for 30 days".
export const TRASH_DAYS = 30;
const DAY_MS = 86_400_000;
const DEFAULT_PAGE = 100;

type TrashHandlers = Pick<Handlers, 'deleteClips' | 'restoreClips' | 'trashList' | 'emptyTrash'>;

const purgeAt = (deletedAt: string): string => new Date(Date.parse(deletedAt) + TRASH_DAYS * DAY_MS).toISOString();

/** Removes clips trashed more than TRASH_DAYS ago. Returns how many went. */
export function purgeExpiredTrash(store: LibraryStore, now = Date.now()): number {
  const expired = store.data.clips.filter((c) => c.deletedAt && Date.parse(purgeAt(c.deletedAt)) <= now);
  if (expired.length) removeClips(store, expired);
  return expired.length;
}

function removeClips(store: LibraryStore, clips: StoredClip[]): void {
  const gone = new Set(clips);
  store.mutate(
    (d) => {
      d.clips = d.clips.filter((c) => !gone.has(c));
    },
    { clips, membership: true },
  );
}

export function createTrashHandlers(ctx: TagContext): TrashHandlers {
  const find = (id: string): StoredClip => ctx.index.get(id) ?? fail('not-found', `There is no clip with id "${id}".`);
  return {
    deleteClips: async ({ ids }) => {
      const at = new Date().toISOString();
      const clips = [...new Set(ids)].map(find).filter((c) => !c.deletedAt);
      const change = applyAction(ctx, { kind: 'delete-clips', tags: [] }, clips.map((clip) => ({ clip, set: { deletedAt: at } })));
      return ok({ change });
    },
    restoreClips: async ({ ids }) => {
      const clips = [...new Set(ids)].map(find);
      const change = applyAction(ctx, { kind: 'restore-clips', tags: [] }, clips.map((clip) => ({ clip, set: { deletedAt: undefined } })));
      return ok({ clips: await Promise.all(clips.map((c) => ctx.views.summary(c))), change });
    },
    trashList: async ({ offset = 0, limit = DEFAULT_PAGE }) => {
      const trashed = ctx.store.data.clips
        .filter((c) => c.deletedAt)
        .sort((a, b) => (a.deletedAt! < b.deletedAt! ? 1 : a.deletedAt! > b.deletedAt! ? -1 : 0));
      const items: TrashItem[] = await Promise.all(
        trashed.slice(offset, offset + limit).map(async (c) => ({
          ...(await ctx.views.summary(c)),
          deletedAt: c.deletedAt!,
          purgeAt: purgeAt(c.deletedAt!),
        })),
      );
      return ok({ total: trashed.length, offset, items });
    },
    emptyTrash: async ({ ids }) => {
      const only = ids ? new Set(ids) : null;
      const clips = ctx.store.data.clips.filter((c) => c.deletedAt && (!only || only.has(c.id)));
      if (clips.length) {
        removeClips(ctx.store, clips);
        // On disk first, so no clip file still names a body when it goes.
        backgroundTimer('body-gc', 0, async () => {
          await ctx.store.flush();
          await collectBodies(ctx.store);
        });
      }
      return ok({ removed: clips.length });
    },
  };
}
