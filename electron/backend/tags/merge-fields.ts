// The clip fields a bundle merge sets besides tags, highlights, note and metadata (issue 15), and
// the revision history every note or metadata edit extends, so a later merge can tell "theirs is
// newer" from "both changed it". Empty optional fields are removed to keep shard files small.
import { metaRevs, metaSnapshot, noteRevs, shortHash, withCurrent } from '../../../common/bundle/ids.js';
import type { StoredClip } from '../../../common/library/schema.js';
import { META_KEYS, type ClipFields, type MergeKey } from './history.js';

export const MERGE_KEYS: readonly MergeKey[] = ['quoteDecisions', 'revs', 'conflicts', 'by', 'via', 'noteBy', 'noteAt'];

export function assignMerged(clip: StoredClip, set: ClipFields): void {
  for (const k of MERGE_KEYS) {
    if (!(k in set)) continue;
    const v = set[k];
    if (v === undefined || (Array.isArray(v) && v.length === 0)) delete clip[k];
    else (clip as Record<MergeKey, unknown>)[k] = v;
  }
}

/**
 * Before an edit of the note or metadata (not one that sets `revs` itself): the histories as
 * they were, and a function that appends the new versions once the fields are assigned.
 */
export function noteRevisions(clip: StoredClip, set: ClipFields): (() => void) | null {
  if ('revs' in set) return null;
  const note = 'note' in set && (clip.note ?? '') !== (set.note ?? '') ? noteRevs(clip) : null;
  const meta = META_KEYS.some((k) => k in set && clip[k] !== set[k]) ? metaRevs(clip) : null;
  if (!note && !meta) return null;
  return () => {
    const revs = { ...clip.revs };
    if (note) {
      revs.note = withCurrent(note, shortHash(clip.note ?? ''));
      // Written here, now: this library's analyst (no noteBy) at this time.
      delete clip.noteBy;
      clip.noteAt = new Date().toISOString();
    }
    if (meta) revs.meta = withCurrent(meta, shortHash(metaSnapshot(clip)));
    clip.revs = revs;
  };
}
