// Contract calls for passages and notes: add, edit and remove a highlight, list the passages
// under a tag or of one clip, and set a clip's note. Each change is one undoable action.
// Passages are never dropped: one whose text is gone is returned as orphaned.
import type { HighlightItem } from '../../../common/annotation.js';
import type { Handlers } from '../../../common/ipc/contract.js';
import type { StoredClip, StoredHighlight } from '../../../common/library/schema.js';
import { err, fail, ok } from '../../../common/result.js';
import { isSameOrUnder } from '../../../common/tags/tag-name.js';
import { applyAction, type TagContext } from './actions.js';
import { canonicalTags, liveClip } from './handlers.js';
import { buildHighlight, toHighlight } from './highlights.js';
import { keyOf } from './tag-keys.js';

type HighlightHandlers = Pick<Handlers, 'setClipNote' | 'addHighlight' | 'updateHighlight' | 'removeHighlight' | 'listHighlights'>;

// Same as the list's default page: a tag with hundreds of passages pages like the clip list.
const DEFAULT_PAGE = 100;

async function bodyOf(ctx: TagContext, clip: StoredClip): Promise<string> {
  const body = await ctx.store.bodies.get(clip.bodySha256);
  if (body === null) return fail('storage-io', `The text of "${clip.title}" is missing from the library folder (bodies/${clip.bodySha256}.txt).`);
  return body;
}

/** Body only when a passage was made on other bytes (never, until bodies can be edited). */
const bodyIfNeeded = async (ctx: TagContext, clip: StoredClip): Promise<string | null> =>
  (clip.highlights ?? []).every((h) => h.bodySha256 === clip.bodySha256) ? null : bodyOf(ctx, clip);

function findHighlight(clip: StoredClip, id: string): StoredHighlight {
  const h = clip.highlights?.find((x) => x.id === id);
  if (!h) return fail('not-found', `There is no passage "${id}" in "${clip.title}".`);
  return h;
}

export function createHighlightHandlers(ctx: TagContext): HighlightHandlers {
  return {
    setClipNote: async ({ id, note }) => {
      const clip = liveClip(ctx, id);
      const change = applyAction(ctx, { kind: 'set-note', tags: [] }, [{ clip, set: { note } }]);
      return ok({ id, note: clip.note ?? '', change });
    },
    addHighlight: async ({ clipId, start, end, exact, tags = [], colour = null, note = '' }) => {
      const clip = liveClip(ctx, clipId);
      const body = await bodyOf(ctx, clip);
      const h = buildHighlight(clip, body, { start, end, exact }, { tags: canonicalTags(ctx, tags), colour, note });
      const highlights = [...(clip.highlights ?? []), h].sort((a, b) => a.start - b.start || a.end - b.end);
      const change = applyAction(ctx, { kind: 'add-highlight', tags: h.tags, highlights: 1 }, [{ clip, set: { highlights } }]);
      return ok({ highlight: toHighlight(h, clip, body), change });
    },
    updateHighlight: async ({ clipId, id, patch }) => {
      const clip = liveClip(ctx, clipId);
      const old = findHighlight(clip, id);
      const h: StoredHighlight = {
        ...old,
        ...(patch.tags ? { tags: canonicalTags(ctx, patch.tags) } : {}),
        ...(patch.colour !== undefined ? { colour: patch.colour } : {}),
        ...(patch.note !== undefined ? { note: patch.note } : {}),
        updatedAt: new Date().toISOString(),
      };
      const highlights = clip.highlights!.map((x) => (x.id === id ? h : x));
      const change = applyAction(ctx, { kind: 'update-highlight', tags: h.tags, highlights: 1 }, [{ clip, set: { highlights } }]);
      return ok({ highlight: toHighlight(h, clip, await bodyIfNeeded(ctx, clip)), change });
    },
    removeHighlight: async ({ clipId, id }) => {
      const clip = liveClip(ctx, clipId);
      const old = findHighlight(clip, id);
      const highlights = clip.highlights!.filter((x) => x.id !== id);
      const change = applyAction(ctx, { kind: 'remove-highlight', tags: old.tags, highlights: 1 }, [{ clip, set: { highlights } }]);
      return ok({ change });
    },
    listHighlights: async ({ tag, clipId, offset = 0, limit = DEFAULT_PAGE }) => {
      if (tag === undefined && clipId === undefined) return err('invalid-input', 'Give a tag or a clip id to list passages.');
      const key = tag === undefined ? null : keyOf(tag);
      const clips = clipId !== undefined ? [liveClip(ctx, clipId)] : ctx.views.newestFirst();
      const all: { clip: StoredClip; h: StoredHighlight }[] = [];
      for (const clip of clips) {
        for (const h of clip.highlights ?? []) {
          if (key === null || h.tags.some((t) => isSameOrUnder(keyOf(t), key))) all.push({ clip, h });
        }
      }
      const items: HighlightItem[] = [];
      for (const { clip, h } of all.slice(offset, offset + limit)) {
        const body = h.bodySha256 === clip.bodySha256 ? null : await bodyOf(ctx, clip);
        items.push({ clipId: clip.id, clipTitle: clip.title, highlight: toHighlight(h, clip, body) });
      }
      return ok({ total: all.length, offset, items });
    },
  };
}
