// Stable identities of what a bundle carries (issue 15) and the revision hashes merges compare.
// Clips, highlights and people have stored ids; a note is its clip's; a tag is its folded key; a
// quote decision is where it is and what it says. Pure: no DOM, no Node.
import { tagKey } from '../tags/tag-name.js';
import type { StoredClip, StoredQuoteDecision } from '../library/schema.js';
import { META_FIELDS, type MetaField } from './fields.js';

/** 64-bit FNV-1a over UTF-16 units as 16 hex digits: stable everywhere, enough to tell versions apart. */
export function shortHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h1 >>> 15);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

export const noteId = (clipId: string): string => `${clipId}:note`;
export const tagId = (name: string): string => tagKey(name);
export const decisionId = (d: Pick<StoredQuoteDecision, 'field' | 'start' | 'end' | 'text'>): string =>
  `q-${d.field}-${d.start}-${d.end}-${shortHash(d.text)}`;

/** Who made an item: its `by`, or this library's analyst when it was made here. */
export const authorOf = (item: { by?: string }, analyst: string): string => item.by ?? (analyst || 'Analyst');

/** The metadata fields as one string, so "changed since" is one hash comparison. */
export const metaSnapshot = (c: Pick<StoredClip, MetaField>): string => JSON.stringify(META_FIELDS.map((k) => c[k] ?? null));

// A note edited more than this many times keeps only its newest versions: an older one arriving
// later is then a conflict (both kept), never lost.
export const MAX_REVS = 64;

/** The note's revision history, the current version last. */
export const noteRevs = (c: Pick<StoredClip, 'note' | 'revs'>): string[] => withCurrent(c.revs?.note, shortHash(c.note ?? ''));
export const metaRevs = (c: Pick<StoredClip, MetaField | 'revs'>): string[] => withCurrent(c.revs?.meta, shortHash(metaSnapshot(c)));

/** `list` with `current` appended unless it is already the newest, capped at MAX_REVS. */
export function withCurrent(list: string[] | undefined, current: string): string[] {
  if (!list?.length) return [current];
  return list.at(-1) === current ? list : [...list, current].slice(-MAX_REVS);
}
