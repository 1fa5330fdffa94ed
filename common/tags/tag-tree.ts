// Orders tags as a tree (the tag manager, the sidebar): each parent followed by its children,
// siblings by name in the given locale, or most-used first. Pure: no DOM, no Node. Never drops a tag whose parent is missing.
import type { TagFacet } from '../annotation.js';

export function tagTree<T extends Pick<TagFacet, 'name' | 'parent' | 'clips'>>(tags: readonly T[], locale: string, order: 'name' | 'clips' = 'name'): T[] {
  const byParent = new Map<string | null, T[]>();
  const names = new Set(tags.map((t) => t.name));
  for (const t of tags) {
    // An orphaned child (its parent not listed) is shown at the top rather than lost.
    const parent = t.parent !== null && names.has(t.parent) ? t.parent : null;
    const list = byParent.get(parent) ?? [];
    list.push(t);
    byParent.set(parent, list);
  }
  const collator = new Intl.Collator(locale);
  const out: T[] = [];
  const walk = (parent: string | null): void => {
    const children = (byParent.get(parent) ?? []).sort((a, b) => (order === 'clips' ? b.clips - a.clips : 0) || collator.compare(a.name, b.name));
    for (const c of children) {
      out.push(c);
      walk(c.name);
    }
  };
  walk(null);
  return out;
}

/** The last path segment, what a tree row shows ("عسكري" for "سوريا/عسكري"). */
export const leafName = (name: string): string => name.slice(name.lastIndexOf('/') + 1);
