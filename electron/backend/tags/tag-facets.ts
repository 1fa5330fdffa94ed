// Tag counts for the sidebar, the tag manager and `marsad tags`: per tag, the clips the list
// shows for it, the clips carrying it as a clip tag, and the passages carrying it — each
// counting the tags under it once per clip or passage — plus colour, description and hierarchy.
// Reads only visible (not trashed) clips; never changes anything.
import type { TagFacet } from '../../../common/annotation.js';
import type { StoredClip, TagDef } from '../../../common/library/schema.js';
import { keyOf, lineageOf } from './tag-keys.js';

type Acc = { name: string; clips: number; clipTags: number; highlights: number };

export function tagFacets(clips: readonly StoredClip[], defs: readonly TagDef[]): TagFacet[] {
  const acc = new Map<string, Acc>();
  const entry = (key: string, name: string): Acc => {
    let a = acc.get(key);
    if (!a) acc.set(key, (a = { name, clips: 0, clipTags: 0, highlights: 0 }));
    return a;
  };
  const any = new Set<string>();
  const own = new Set<string>();
  const passage = new Set<string>();
  for (const c of clips) {
    any.clear();
    own.clear();
    for (const t of c.tags) {
      for (const l of lineageOf(t)) {
        entry(l.key, l.name);
        own.add(l.key);
        any.add(l.key);
      }
    }
    for (const h of c.highlights ?? []) {
      passage.clear();
      for (const t of h.tags) {
        for (const l of lineageOf(t)) {
          entry(l.key, l.name);
          passage.add(l.key);
          any.add(l.key);
        }
      }
      for (const k of passage) acc.get(k)!.highlights++;
    }
    for (const k of own) acc.get(k)!.clipTags++;
    for (const k of any) acc.get(k)!.clips++;
  }
  const defByKey = new Map<string, TagDef>();
  for (const d of defs) {
    for (const l of lineageOf(d.name)) entry(l.key, l.name);
    const k = keyOf(d.name);
    defByKey.set(k, d);
    acc.get(k)!.name = d.name;
  }
  const out: TagFacet[] = [];
  for (const [key, a] of acc) {
    const def = defByKey.get(key);
    const lineage = lineageOf(a.name);
    const parent = lineage.length > 1 ? lineage[lineage.length - 2]! : null;
    out.push({
      name: a.name,
      key,
      parent: parent ? (acc.get(parent.key)?.name ?? parent.name) : null,
      depth: lineage.length - 1,
      colour: def?.colour ?? null,
      description: def?.description ?? '',
      clips: a.clips,
      clipTags: a.clipTags,
      highlights: a.highlights,
    });
  }
  return out.sort((x, y) => y.clips - x.clips || y.highlights - x.highlights || x.name.localeCompare(y.name));
}
