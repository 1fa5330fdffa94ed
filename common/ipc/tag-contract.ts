// The tagging and annotation calls of the contract (issue 6): their input/output types and
// payload schemas, spread into Calls and INPUTS by contract.ts. Pure: no DOM, no Node.
import { z } from 'zod';
import type { ClipPatch, ClipSummary } from '../domain.js';
import type { Change, Highlight, HighlightPage, HistoryState, TagFacet, TrashPage } from '../annotation.js';
import { EDIT_PATCH } from './clip-patch.js';

// Why these limits: a bulk action covers "select all" on a filtered list of a year's clips;
// a note or description longer than this is a pasted article, which belongs in a clip.
export const MAX_BULK = 20_000;
export const MAX_NOTE = 20_000;
export const MAX_DESCRIPTION = 2_000;
// Mirrors contract.ts (kept here so this file has no import cycle with it).
const MAX_TAG = 200;
const MAX_TAGS = 200;
const MAX_PAGE = 500;

export type TagCalls = {
  /** Add and/or remove tags on many clips: one undoable action, one coalesced write. */
  tagClips: {
    in: { ids: string[]; add?: string[]; remove?: string[] };
    out: { clips: { id: string; tags: string[] }[]; change: Change };
  };
  setClipNote: { in: { id: string; note: string }; out: { id: string; note: string; change: Change } };
  /** start/end: UTF-16 offsets into the raw body (widened to whole graphemes); `exact`, if given, must be the text there. */
  addHighlight: {
    in: { clipId: string; start: number; end: number; exact?: string; tags?: string[]; colour?: string | null; note?: string };
    out: { highlight: Highlight; change: Change };
  };
  updateHighlight: {
    in: { clipId: string; id: string; patch: { tags?: string[]; colour?: string | null; note?: string } };
    out: { highlight: Highlight; change: Change };
  };
  removeHighlight: { in: { clipId: string; id: string }; out: { change: Change } };
  /** Passages under a tag (or a child), or of one clip; newest clip first. */
  listHighlights: { in: { tag?: string; clipId?: string; offset?: number; limit?: number }; out: HighlightPage };
  /** Every tag with counts, colour, description and hierarchy (the same list facets() carries). */
  listTags: { in: void; out: TagFacet[] };
  /** Rename a tag and everything under it; if `to` exists already, the two merge. */
  renameTag: { in: { from: string; to: string }; out: { name: string; merged: boolean; renamed: string[]; change: Change } };
  /** Every use of each `from` (and tags under it) moves to `into`; duplicates on a clip or passage collapse. */
  mergeTags: { in: { from: string[]; into: string }; out: { name: string; clipUses: number; highlightUses: number; change: Change } };
  /** Removes the tag and the tags under it everywhere. dryRun: only count the uses. */
  deleteTag: {
    in: { name: string; dryRun?: boolean };
    out: { removed: string[]; clipUses: number; highlightUses: number; change: Change | null };
  };
  /** Create or edit a tag's definition (also creates an unused tag for the manager). */
  setTagDef: { in: { name: string; colour?: string | null; description?: string }; out: { tag: TagFacet; change: Change } };
  undo: { in: void; out: Change };
  redo: { in: void; out: Change };
  historyState: { in: void; out: HistoryState };
  /** Move clips to the trash (restorable for 30 days); undoable. */
  deleteClips: { in: { ids: string[] }; out: { change: Change } };
  restoreClips: { in: { ids: string[] }; out: { clips: ClipSummary[]; change: Change } };
  /** Set title, source, URL, author, published date or language on one clip or many: one undoable action. */
  editClips: { in: { ids: string[]; patch: ClipPatch }; out: { clips: ClipSummary[]; change: Change } };
  trashList: { in: { offset?: number; limit?: number }; out: TrashPage };
  /** Purge trashed clips now (all, or the given ids). Not undoable: confirm first. */
  emptyTrash: { in: { ids?: string[] }; out: { removed: number } };
};

const id = z.string().min(1).max(200);
const ids = z.array(id).min(1).max(MAX_BULK);
const tagName = z.string().trim().min(1).max(MAX_TAG);
const tagList = z.array(tagName).max(MAX_TAGS);
const colour = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'a colour is written #rrggbb')
  .transform((c) => c.toLowerCase())
  .nullable();
const note = z.string().max(MAX_NOTE);
const offset = z.number().int().min(0);
const limit = z.number().int().min(1).max(MAX_PAGE);
const noArgs = z
  .union([z.undefined(), z.null(), z.object({}).strict()])
  .transform((): void => undefined);

export const TAG_INPUTS: { [K in keyof TagCalls]: z.ZodType<TagCalls[K]['in'], unknown> } = {
  tagClips: z
    .object({ ids, add: tagList.optional(), remove: tagList.optional() })
    .strict()
    .refine((v) => (v.add?.length ?? 0) + (v.remove?.length ?? 0) > 0, 'give at least one tag to add or remove'),
  setClipNote: z.object({ id, note }).strict(),
  addHighlight: z
    .object({
      clipId: id,
      start: offset,
      end: offset,
      exact: z.string().max(1_000_000).optional(),
      tags: tagList.optional(),
      colour: colour.optional(),
      note: note.optional(),
    })
    .strict()
    .refine((v) => v.end > v.start, 'end must be after start'),
  updateHighlight: z
    .object({ clipId: id, id, patch: z.object({ tags: tagList, colour, note }).partial().strict() })
    .strict(),
  removeHighlight: z.object({ clipId: id, id }).strict(),
  listHighlights: z.object({ tag: tagName, clipId: id, offset, limit }).partial().strict(),
  listTags: noArgs,
  renameTag: z.object({ from: tagName, to: tagName }).strict(),
  mergeTags: z.object({ from: z.array(tagName).min(1).max(MAX_TAGS), into: tagName }).strict(),
  deleteTag: z.object({ name: tagName, dryRun: z.boolean().optional() }).strict(),
  setTagDef: z
    .object({ name: tagName, colour: colour.optional(), description: z.string().max(MAX_DESCRIPTION).optional() })
    .strict(),
  undo: noArgs,
  redo: noArgs,
  historyState: noArgs,
  deleteClips: z.object({ ids }).strict(),
  restoreClips: z.object({ ids }).strict(),
  editClips: z.object({ ids, patch: EDIT_PATCH }).strict(),
  trashList: z.object({ offset, limit }).partial().strict(),
  emptyTrash: z.object({ ids: ids.optional() }).strict(),
};
