// Editing a clip's metadata (issue 14): title, source, URL, author, published date and language
// on one clip (the reader's form, `marsad edit`) or many ("set source" on ticked clips), as one
// undoable action in the same history as tagging. The body is never edited.
import type { ClipPatch } from '../../../common/domain.js';
import type { Handlers } from '../../../common/ipc/contract.js';
import type { StoredClip } from '../../../common/library/schema.js';
import { fail, ok } from '../../../common/result.js';
import { applyAction, type TagContext } from './actions.js';
import type { ClipFields } from './history.js';

type EditHandlers = Pick<Handlers, 'editClips' | 'updateClip'>;

/** Only the fields the patch names; a title is trimmed, other blanks were made null by the schema. */
function fieldsOf(patch: ClipPatch): ClipFields {
  const set: ClipFields = {};
  for (const [k, v] of Object.entries(patch) as [keyof ClipPatch, unknown][]) {
    if (v === undefined) continue;
    (set as Record<string, unknown>)[k] = k === 'title' ? String(v).trim() : v;
  }
  return set;
}

export function createEditHandlers(ctx: TagContext): EditHandlers {
  const find = (id: string): StoredClip => ctx.index.get(id) ?? fail('not-found', `There is no clip with id "${id}".`);
  const edit = (ids: string[], patch: ClipPatch) => {
    const clips = [...new Set(ids)].map(find);
    const set = fieldsOf(patch);
    const change = applyAction(ctx, { kind: 'edit-clips', tags: [] }, clips.map((clip) => ({ clip, set: { ...set } })));
    return { clips, change };
  };
  return {
    editClips: async ({ ids, patch }) => {
      const { clips, change } = edit(ids, patch);
      return ok({ clips: await Promise.all(clips.map((c) => ctx.views.summary(c))), change });
    },
    // The older single-clip call, now undoable like the rest.
    updateClip: async ({ id, patch }) => {
      const { clips } = edit([id], patch);
      return ok(await ctx.views.summary(clips[0]!));
    },
  };
}
