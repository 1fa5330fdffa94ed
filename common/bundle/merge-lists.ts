// Merging the library-level lists a bundle carries (issue 15): people (same id: aliases unioned,
// a different name kept as an alias) and tag definitions (new ones added, empty colour or
// description filled). The library's own values always stay. Pure: no DOM, no Node.
import type { StoredPerson, TagDef } from '../library/schema.js';
import { tagKey } from '../tags/tag-name.js';
import type { Source } from './merge-clip.js';

export type PeopleMerge = { people: StoredPerson[]; added: { id: string; name: string }[]; merged: { id: string; name: string; aliases: string[] }[] };

const union = (a: string[], b: readonly string[]): string[] => {
  const add = b.filter((x) => !a.includes(x));
  return add.length ? [...a, ...add] : a;
};

export function mergePeople(local: StoredPerson[], incoming: StoredPerson[], src: Source): PeopleMerge {
  const out: PeopleMerge = { people: local, added: [], merged: [] };
  const byId = new Map(local.map((p, i) => [p.id, i]));
  const next = [...local];
  for (const p of incoming) {
    const i = byId.get(p.id);
    if (i === undefined) {
      byId.set(p.id, next.push({ ...p, by: p.by ?? src.analyst, via: p.via ?? src.bundleId }) - 1);
      out.added.push({ id: p.id, name: p.name });
      continue;
    }
    const mine = next[i]!;
    const aliases = union(mine.aliases, p.name !== mine.name ? [p.name, ...p.aliases] : p.aliases).filter((a) => a !== mine.name);
    const removed = union(mine.removedAliases, p.removedAliases);
    const notSpeaker = mine.notSpeaker || p.notSpeaker;
    if (aliases.length === mine.aliases.length && removed === mine.removedAliases && notSpeaker === mine.notSpeaker) continue;
    next[i] = { ...mine, aliases, removedAliases: removed, ...(notSpeaker ? { notSpeaker } : {}) };
    out.merged.push({ id: mine.id, name: mine.name, aliases: aliases.filter((a) => !mine.aliases.includes(a)) });
  }
  if (out.added.length || out.merged.length) out.people = next;
  return out;
}

export function mergeTagDefs(local: TagDef[], incoming: TagDef[], rename: (name: string) => string, src: Source): TagDef[] {
  const byKey = new Map(local.map((d, i) => [tagKey(d.name), i]));
  let out = local;
  for (const raw of incoming) {
    const d = { ...raw, name: rename(raw.name) };
    const i = byKey.get(tagKey(d.name));
    if (out === local) out = [...local];
    if (i === undefined) {
      byKey.set(tagKey(d.name), out.push({ ...d, by: d.by ?? src.analyst, via: d.via ?? src.bundleId }) - 1);
      continue;
    }
    const mine = out[i]!;
    const colour = mine.colour ?? d.colour;
    const description = mine.description || d.description;
    if (colour !== mine.colour || description !== mine.description) out[i] = { ...mine, colour, description };
  }
  return out.length === local.length && out.every((d, i) => d === local[i]) ? local : out;
}
