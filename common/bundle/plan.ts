// The merge planner (issue 15): given the library and a validated bundle, what a merge would do —
// new clips, clips already here (same id, or identical text: the seed piece every new library
// starts with is one of them), tag spellings to merge, highlights, notes and quote decisions to
// add, people to merge, conflicts — and the edits that do it, shaped by the analyst's choices.
// Planning the same bundle after merging it yields no edits. Pure: no DOM, no Node.
import type { BundleInfo, LibraryFile, StoredClip, StoredPerson, TagDef } from '../library/schema.js';
import type { BundleManifest, BundleRecords } from './manifest.js';
import { mergeClip, type ClipSet, type NoteChoice, type Source } from './merge-clip.js';
import { mergePeople, mergeTagDefs } from './merge-lists.js';
import { localSpellings, newTagNames, tagMergeOffers, type TagMergeOffer } from './tag-spelling.js';

export type { NoteChoice } from './merge-clip.js';

/** What the analyst picked on the review screen; absent fields mean "accept all". */
export type MergeChoice = {
  /** Incoming ids of new clips not to add. */
  skipClips?: string[];
  /** Incoming tag spellings to keep as they are instead of merging into the library's. */
  keepTagSpellings?: string[];
  /** Per local clip id, how to settle a note both sides changed (default: keep both, shown as a conflict). */
  notes?: Record<string, NoteChoice>;
};

export type ClipChange = {
  localId: string;
  title: string;
  tags: string[];
  highlights: number;
  quoteDecisions: number;
  note: 'take' | 'conflict' | null;
  /** Both versions, when the note is in conflict: the review screen shows them side by side. */
  noteVersions?: { local: string; incoming: string };
  meta: 'take' | 'conflict' | null;
};

export type MergePlan = {
  bundle: { id: string; analyst: string; exportedAt: string; libraryId: string; selection: string; alreadyImported: boolean };
  counts: {
    newClips: number;
    sameClips: number;
    changedClips: number;
    newTags: number;
    tagMerges: number;
    highlights: number;
    notes: number;
    noteConflicts: number;
    metaConflicts: number;
    quoteDecisions: number;
    people: number;
  };
  newClips: { id: string; title: string; lang: string; tags: string[]; highlights: number; note: boolean }[];
  sameClips: { id: string; localId: string; match: 'id' | 'text'; title: string }[];
  changes: ClipChange[];
  tagMerges: TagMergeOffer[];
  newTags: string[];
  people: { added: { id: string; name: string }[]; merged: { id: string; name: string; aliases: string[] }[] };
  /** True when merging would change nothing. */
  empty: boolean;
};

export type MergeEdits = {
  added: StoredClip[];
  sets: { id: string; set: ClipSet }[];
  tagDefs: TagDef[] | null;
  people: StoredPerson[] | null;
  bundles: BundleInfo[] | null;
};

export type PlanContext = { now: string; newId: (taken: (id: string) => boolean) => string };

function indexLocal(clips: StoredClip[]) {
  const byId = new Map<string, StoredClip>();
  const bySha = new Map<string, StoredClip>();
  for (const c of clips) {
    byId.set(c.id, c);
    if (!bySha.has(c.bodySha256)) bySha.set(c.bodySha256, c);
  }
  return { byId, bySha };
}

function renamed(c: StoredClip, rename: (t: string) => string): StoredClip {
  const tags = c.tags.map(rename);
  const highlights = c.highlights?.map((h) => ({ ...h, tags: h.tags.map(rename) }));
  return { ...c, tags, ...(highlights ? { highlights } : {}) };
}

/** A clip new to the library, as stored here: provenance on it and on everything it carries. */
function newClip(c: StoredClip, id: string, src: Source): StoredClip {
  const { deletedAt: _deleted, ...rest } = c;
  const stamp = <T extends { by?: string; via?: string }>(x: T): T => ({ ...x, by: x.by ?? src.analyst, via: x.via ?? src.bundleId });
  return {
    ...rest,
    id,
    batchId: null,
    groupId: null,
    by: c.by ?? src.analyst,
    via: src.bundleId,
    ...(c.note && !c.noteBy ? { noteBy: src.analyst } : {}),
    ...(c.highlights?.length ? { highlights: c.highlights.map(stamp) } : {}),
    ...(c.quoteDecisions?.length ? { quoteDecisions: c.quoteDecisions.map(stamp) } : {}),
  };
}

export function planMerge(
  local: LibraryFile,
  manifest: BundleManifest,
  records: BundleRecords,
  choice: MergeChoice = {},
  ctx: PlanContext,
): { plan: MergePlan; edits: MergeEdits } {
  const src: Source = { analyst: manifest.analyst || 'Analyst', bundleId: manifest.bundleId, at: manifest.exportedAt };
  const spellings = localSpellings(local);
  const offers = tagMergeOffers(spellings, records);
  const keep = new Set(choice.keepTagSpellings ?? []);
  const renames = new Map(offers.filter((o) => !keep.has(o.incoming)).map((o) => [o.incoming, o.local]));
  const rename = (t: string) => renames.get(t) ?? t;
  const skip = new Set(choice.skipClips ?? []);
  const { byId, bySha } = indexLocal(local.clips);

  const plan: MergePlan = {
    bundle: {
      id: manifest.bundleId,
      analyst: manifest.analyst,
      exportedAt: manifest.exportedAt,
      libraryId: manifest.libraryId,
      selection: manifest.selection,
      alreadyImported: local.bundles.some((b) => b.id === manifest.bundleId),
    },
    counts: { newClips: 0, sameClips: 0, changedClips: 0, newTags: 0, tagMerges: offers.length, highlights: 0, notes: 0, noteConflicts: 0, metaConflicts: 0, quoteDecisions: 0, people: 0 },
    newClips: [],
    sameClips: [],
    changes: [],
    tagMerges: offers,
    newTags: newTagNames(spellings, records),
    people: { added: [], merged: [] },
    empty: true,
  };
  const edits: MergeEdits = { added: [], sets: [], tagDefs: null, people: null, bundles: null };
  const addedBySha = new Map<string, StoredClip>();
  const addedIds = new Set<string>();
  const taken = (id: string) => byId.has(id) || addedIds.has(id);

  for (const raw of records.clips) {
    const incoming = renamed(raw, rename);
    const sameId = byId.get(incoming.id);
    const mine = sameId && sameId.bodySha256 === incoming.bodySha256 ? sameId : bySha.get(incoming.bodySha256);
    if (!mine) {
      const twin = addedBySha.get(incoming.bodySha256);
      if (twin) {
        Object.assign(twin, mergeClip(twin, incoming, src).set);
        continue;
      }
      plan.newClips.push({ id: raw.id, title: raw.title, lang: raw.lang, tags: incoming.tags, highlights: raw.highlights?.length ?? 0, note: Boolean(raw.note) });
      if (skip.has(raw.id)) continue;
      const clip = newClip(incoming, sameId ? ctx.newId(taken) : incoming.id, src);
      edits.added.push(clip);
      addedIds.add(clip.id);
      addedBySha.set(clip.bodySha256, clip);
      continue;
    }
    plan.sameClips.push({ id: raw.id, localId: mine.id, match: mine.id === raw.id ? 'id' : 'text', title: mine.title });
    const m = mergeClip(mine, incoming, src, choice.notes?.[mine.id]);
    if (Object.keys(m.set).length === 0) continue;
    edits.sets.push({ id: mine.id, set: m.set });
    const { set: _set, ...summary } = m;
    plan.changes.push({
      localId: mine.id,
      title: mine.title,
      ...summary,
      ...(m.note === 'conflict' ? { noteVersions: { local: mine.note ?? '', incoming: incoming.note ?? '' } } : {}),
    });
  }

  const defs = mergeTagDefs(local.tagDefs, records.tagDefs, rename, src);
  if (defs !== local.tagDefs) edits.tagDefs = defs;
  const people = mergePeople(local.people, records.people, src);
  if (people.people !== local.people) edits.people = people.people;
  plan.people = { added: people.added, merged: people.merged };
  const somethingToDo = edits.added.length > 0 || edits.sets.length > 0 || edits.tagDefs !== null || edits.people !== null;
  if (!plan.bundle.alreadyImported && (somethingToDo || plan.sameClips.length > 0)) {
    edits.bundles = [...local.bundles, { id: manifest.bundleId, analyst: manifest.analyst, exportedAt: manifest.exportedAt, libraryId: manifest.libraryId, importedAt: ctx.now }];
  }

  const c = plan.counts;
  c.newClips = plan.newClips.length;
  c.sameClips = plan.sameClips.length;
  c.changedClips = plan.changes.length;
  c.newTags = plan.newTags.length;
  c.highlights = plan.changes.reduce((n, x) => n + x.highlights, 0) + plan.newClips.reduce((n, x) => n + x.highlights, 0);
  c.notes = plan.changes.filter((x) => x.note === 'take').length + plan.newClips.filter((x) => x.note).length;
  c.noteConflicts = plan.changes.filter((x) => x.note === 'conflict').length;
  c.metaConflicts = plan.changes.filter((x) => x.meta === 'conflict').length;
  c.quoteDecisions = plan.changes.reduce((n, x) => n + x.quoteDecisions, 0);
  c.people = people.added.length + people.merged.length;
  plan.empty = !somethingToDo && edits.bundles === null;
  return { plan, edits };
}
