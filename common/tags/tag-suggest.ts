// Autocomplete for tag names: fuzzy (fuse.js) over the folded keys, so «سوريّا», «سورية» typed
// without hamza or harakat, and «lavrov» find «سوريا» and «Lavrov». Pure: no DOM, no Node; it
// ranks names only and never changes or creates a tag.
import Fuse from 'fuse.js';
import { tagKey } from './tag-name.js';

// A typo or a missing letter in a short Arabic word is ~0.3 of its length; above 0.4 unrelated
// tags of similar length start to match.
const THRESHOLD = 0.35;

type Entry = { name: string; key: string };

export type TagSuggester = (query: string, limit: number, exclude?: readonly string[]) => string[];

/** Builds a suggester over `names` (full paths); matches the whole path and its last segment. */
export function tagSuggester(names: readonly string[]): TagSuggester {
  const entries: Entry[] = names.map((name) => ({ name, key: tagKey(name) }));
  const fuse = new Fuse(entries, { keys: ['key'], threshold: THRESHOLD, ignoreLocation: true, includeScore: true });
  return (query, limit, exclude = []) => {
    const q = tagKey(query);
    const skip = new Set(exclude.map(tagKey));
    const keep = (e: Entry) => !skip.has(e.key);
    if (!q) return entries.filter(keep).slice(0, limit).map((e) => e.name);
    // Prefix matches first (what the user is typing), then fuse's fuzzy ranking.
    const prefix = entries.filter((e) => keep(e) && (e.key.startsWith(q) || e.key.split('/').some((s) => s.startsWith(q))));
    const seen = new Set(prefix.map((e) => e.key));
    const fuzzy = fuse
      .search(q)
      .map((r) => r.item)
      .filter((e) => keep(e) && !seen.has(e.key));
    return [...prefix, ...fuzzy].slice(0, limit).map((e) => e.name);
  };
}
