// Merging one incoming clip record into the same clip of the library (issue 15). Rules that lose
// nothing: tags and highlights are unioned; a note or the metadata is taken when ours is in its
// history, left when theirs is in ours, and otherwise kept both ways as a conflict; quote
// decisions are added. Merging the same record twice changes nothing. Pure: no DOM, no Node.
import type { StoredClip, StoredConflict, StoredHighlight, StoredQuoteDecision } from '../library/schema.js';
import { tagKey } from '../tags/tag-name.js';
import { META_FIELDS } from './fields.js';
import { decisionId, metaRevs, noteRevs, shortHash, withCurrent } from './ids.js';

export type ClipSet = Partial<Pick<StoredClip, 'tags' | 'highlights' | 'note' | 'noteBy' | 'noteAt' | 'quoteDecisions' | 'revs' | 'conflicts' | (typeof META_FIELDS)[number]>>;
export type NoteChoice = 'both' | 'local' | 'incoming';
export type Source = { analyst: string; bundleId: string; at: string };
export type ClipMerge = {
  set: ClipSet;
  tags: string[];
  highlights: number;
  note: 'take' | 'conflict' | null;
  meta: 'take' | 'conflict' | null;
  quoteDecisions: number;
};

const sameStrings = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function unionTags(local: string[], incoming: string[]): string[] {
  const keys = new Set(local.map(tagKey));
  const add = incoming.filter((t) => {
    const k = tagKey(t);
    if (keys.has(k)) return false;
    keys.add(k);
    return true;
  });
  return add.length ? [...local, ...add] : local;
}

const stamp = <T extends { by?: string; via?: string }>(item: T, src: Source): T => ({ ...item, by: item.by ?? src.analyst, via: item.via ?? src.bundleId });
const conflictOf = (field: string, value: string, by: string, src: Source): StoredConflict => ({ field, value, by, at: src.at, via: src.bundleId });
const hasConflict = (list: readonly StoredConflict[], field: string, value: string) => list.some((c) => c.field === field && c.value === value);

function mergeHighlights(local: StoredHighlight[], incoming: StoredHighlight[], conflicts: StoredConflict[], src: Source): StoredHighlight[] {
  const byId = new Map(local.map((h, i) => [h.id, i]));
  let out = local;
  for (const h of incoming) {
    const i = byId.get(h.id);
    if (i === undefined) {
      if (out === local) out = [...local];
      byId.set(h.id, out.push(stamp(h, src)) - 1);
      continue;
    }
    const mine = out[i]!;
    const tags = unionTags(mine.tags, h.tags);
    if (tags !== mine.tags) {
      if (out === local) out = [...local];
      out[i] = { ...mine, tags };
    }
    // Both wrote a different note on the same passage: ours stays, theirs waits beside it.
    if (h.note && h.note !== mine.note && !hasConflict(conflicts, `highlight:${h.id}`, h.note)) conflicts.push(conflictOf(`highlight:${h.id}`, h.note, h.by ?? src.analyst, src));
  }
  return out;
}

function mergeDecisions(local: StoredQuoteDecision[], incoming: StoredQuoteDecision[], conflicts: StoredConflict[], src: Source): StoredQuoteDecision[] {
  const byId = new Map(local.map((d) => [decisionId(d), d]));
  const add: StoredQuoteDecision[] = [];
  for (const d of incoming) {
    const id = decisionId(d);
    const mine = byId.get(id);
    if (!mine) {
      add.push(stamp(d, src));
      byId.set(id, d);
    } else if (mine.decision !== d.decision || mine.speaker !== d.speaker) {
      const value = JSON.stringify({ decision: d.decision, speaker: d.speaker });
      if (!hasConflict(conflicts, `quote:${id}`, value)) conflicts.push(conflictOf(`quote:${id}`, value, d.by ?? src.analyst, src));
    }
  }
  return add.length ? [...local, ...add] : local;
}

/** Ours, theirs, or both: by whose history holds the other's current version. */
function versions(localRevs: string[], incomingRevs: string[]): 'same' | 'take' | 'keep' | 'conflict' {
  const mine = localRevs.at(-1)!;
  const theirs = incomingRevs.at(-1)!;
  if (mine === theirs) return 'same';
  if (incomingRevs.includes(mine)) return 'take';
  if (localRevs.includes(theirs)) return 'keep';
  return 'conflict';
}

/** Revision lists joined, order kept, current of `last` at the end. */
const joinRevs = (first: string[], last: string[]): string[] => withCurrent([...first.filter((h) => !last.includes(h)), ...last.slice(0, -1)], last.at(-1)!);

/** The fields that settle one note conflict: that version becomes the note (`take`) or is set aside; both count as seen. */
export function resolveNote(clip: StoredClip, value: string, take: boolean): ClipSet | null {
  const conflicts = clip.conflicts ?? [];
  const rest = conflicts.filter((c) => !(c.field === 'note' && c.value === value));
  if (rest.length === conflicts.length) return null;
  const note = take ? value : (clip.note ?? '');
  const seen = noteRevs(clip).filter((h) => h !== shortHash(note) && h !== shortHash(value));
  const set: ClipSet = { conflicts: rest, revs: { ...clip.revs, note: withCurrent([...seen, shortHash(take ? (clip.note ?? '') : value)], shortHash(note)) } };
  if (take) Object.assign(set, { note, noteBy: conflicts.find((c) => c.field === 'note' && c.value === value)!.by, noteAt: new Date().toISOString() });
  return set;
}

export function mergeClip(local: StoredClip, incoming: StoredClip, src: Source, noteChoice: NoteChoice = 'both'): ClipMerge {
  const set: ClipSet = {};
  const conflicts = [...(local.conflicts ?? [])];
  const revs = { ...local.revs };
  const out: ClipMerge = { set, tags: [], highlights: 0, note: null, meta: null, quoteDecisions: 0 };

  const tags = unionTags(local.tags, incoming.tags);
  if (tags !== local.tags) {
    set.tags = tags;
    out.tags = tags.slice(local.tags.length);
  }
  const localHighlights = local.highlights ?? [];
  const highlights = mergeHighlights(localHighlights, incoming.highlights ?? [], conflicts, src);
  if (highlights !== localHighlights) {
    set.highlights = highlights;
    out.highlights = highlights.filter((h, i) => h !== localHighlights[i]).length;
  }
  const localDecisions = local.quoteDecisions ?? [];
  const decisions = mergeDecisions(localDecisions, incoming.quoteDecisions ?? [], conflicts, src);
  if (decisions !== localDecisions) {
    set.quoteDecisions = decisions;
    out.quoteDecisions = decisions.length - localDecisions.length;
  }

  // The note: one version wins only when the other is in its past.
  const lNote = noteRevs(local);
  const iNote = noteRevs(incoming);
  const theirNote = incoming.note ?? '';
  const noteWay = versions(lNote, iNote);
  if (noteWay === 'take' || (noteWay === 'conflict' && noteChoice === 'incoming')) {
    set.note = theirNote;
    set.noteBy = incoming.noteBy ?? src.analyst;
    set.noteAt = incoming.noteAt ?? src.at;
    revs.note = joinRevs(lNote, iNote);
    out.note = 'take';
  } else if (noteWay === 'conflict' && noteChoice === 'local') {
    revs.note = withCurrent([...lNote.slice(0, -1), shortHash(theirNote)], lNote.at(-1)!);
  } else if (noteWay === 'conflict' && !hasConflict(conflicts, 'note', theirNote)) {
    conflicts.push(conflictOf('note', theirNote, incoming.noteBy ?? src.analyst, src));
    out.note = 'conflict';
  }

  // The metadata, as one unit.
  const lMeta = metaRevs(local);
  const iMeta = metaRevs(incoming);
  const metaWay = versions(lMeta, iMeta);
  if (metaWay === 'take') {
    for (const k of META_FIELDS) if (local[k] !== incoming[k]) (set as Record<string, unknown>)[k] = incoming[k];
    revs.meta = joinRevs(lMeta, iMeta);
    out.meta = 'take';
  } else if (metaWay === 'conflict') {
    for (const k of META_FIELDS) {
      const theirs = incoming[k] ?? '';
      if ((local[k] ?? '') !== theirs && !hasConflict(conflicts, k, theirs)) {
        conflicts.push(conflictOf(k, theirs, incoming.by ?? src.analyst, src));
        out.meta = 'conflict';
      }
    }
  }

  // Conflicts the bundle carries (a third analyst's versions), unless we already hold them.
  for (const c of incoming.conflicts ?? []) {
    const ours = c.field === 'note' ? (set.note ?? local.note ?? '') : null;
    if (c.value === ours || hasConflict(conflicts, c.field, c.value)) continue;
    if (c.field === 'note' && lNote.includes(shortHash(c.value))) continue;
    conflicts.push(c);
  }
  if (conflicts.length !== (local.conflicts?.length ?? 0)) set.conflicts = conflicts;
  const newRevs = { ...local.revs, ...revs };
  if (!sameStrings(newRevs.note ?? [], local.revs?.note ?? []) || !sameStrings(newRevs.meta ?? [], local.revs?.meta ?? [])) {
    if (Object.keys(set).length > 0) set.revs = newRevs;
    else if (noteChoice === 'local' && noteWay === 'conflict') set.revs = newRevs;
  }
  return out;
}
