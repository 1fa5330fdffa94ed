// Tags of a bundle that are the library's tags spelt another way (case, hamza, harakat, spaces or
// hyphens): offered to merge into the library's spelling. Pure: no DOM, no Node.
import { tagKey } from '../tags/tag-name.js';
import type { LibraryFile } from '../library/schema.js';
import type { BundleRecords } from './manifest.js';

/** Looser than tagKey: "al-Quds", "al quds" and "AlQuds" meet too. */
export const looseTagKey = (name: string): string => tagKey(name).replace(/[\s_\-ـ]+/g, '');

export type TagMergeOffer = { incoming: string; local: string; uses: number };

function* tagNames(clips: LibraryFile['clips']): Generator<string> {
  for (const c of clips) {
    yield* c.tags;
    for (const h of c.highlights ?? []) yield* h.tags;
  }
}

/** The library's spelling of each loose key (first seen wins: tag definitions, then clip use). */
export function localSpellings(local: Pick<LibraryFile, 'clips' | 'tagDefs'>): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of local.tagDefs) if (!out.has(looseTagKey(d.name))) out.set(looseTagKey(d.name), d.name);
  for (const t of tagNames(local.clips)) {
    const k = looseTagKey(t);
    if (!out.has(k)) out.set(k, t);
  }
  return out;
}

/** Incoming spellings that differ from the library's, with how often the bundle uses each. */
export function tagMergeOffers(spellings: Map<string, string>, records: BundleRecords): TagMergeOffer[] {
  const uses = new Map<string, number>();
  for (const t of tagNames(records.clips)) uses.set(t, (uses.get(t) ?? 0) + 1);
  for (const d of records.tagDefs) if (!uses.has(d.name)) uses.set(d.name, 0);
  const offers: TagMergeOffer[] = [];
  for (const [name, n] of uses) {
    const local = spellings.get(looseTagKey(name));
    if (local !== undefined && local !== name) offers.push({ incoming: name, local, uses: n });
  }
  return offers;
}

/** Incoming tag names with no local tag of the same loose key. */
export function newTagNames(spellings: Map<string, string>, records: BundleRecords): string[] {
  const out = new Set<string>();
  for (const t of tagNames(records.clips)) if (!spellings.has(looseTagKey(t))) out.add(t);
  return [...out];
}
