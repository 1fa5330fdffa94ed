// Tag keys with a memo (a library has thousands of distinct tag names but hundreds of thousands
// of uses), and the list operations every tagging call is built from. Each operation returns
// the same array when nothing changes, so callers can tell "no change" by identity and the undo
// history can keep references. Node-side only because of the module-level memo.
import { ancestorsOf, cleanTagName, isSameOrUnder, movedName, tagKey } from '../../../common/tags/tag-name.js';

// Distinct tag names in a big library stay well under this; past it the memo restarts rather
// than grow without bound on pathological input.
const KEY_MEMO_MAX = 100_000;
const memo = new Map<string, string>();
const lineageMemo = new Map<string, Lineage>();

/** A name's own key and name, then each ancestor's, top first: "a/b" → [{a}, {a/b}]. */
export type Lineage = { key: string; name: string }[];

export function keyOf(name: string): string {
  let k = memo.get(name);
  if (k === undefined) {
    if (memo.size >= KEY_MEMO_MAX) memo.clear();
    k = tagKey(name);
    memo.set(name, k);
  }
  return k;
}

export function lineageOf(name: string): Lineage {
  let l = lineageMemo.get(name);
  if (l === undefined) {
    if (lineageMemo.size >= KEY_MEMO_MAX) lineageMemo.clear();
    l = [...ancestorsOf(name), name].map((n) => ({ key: keyOf(n), name: n }));
    lineageMemo.set(name, l);
  }
  return l;
}

/** Dedups by key (first spelling wins), keeping order. Same array back if already clean. */
export function dedupTags(list: string[]): string[] {
  const seen = new Set<string>();
  let dup = false;
  for (const t of list) {
    const k = keyOf(t);
    if (seen.has(k)) dup = true;
    seen.add(k);
  }
  if (!dup) return list;
  seen.clear();
  return list.filter((t) => {
    const k = keyOf(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Appends `names` (already canonical) that the list lacks by key. */
export function addTags(list: string[], names: readonly string[]): string[] {
  const have = new Set(list.map(keyOf));
  const add = names.filter((n) => {
    const k = keyOf(n);
    if (have.has(k)) return false;
    have.add(k);
    return true;
  });
  return add.length ? [...list, ...add] : list;
}

/** Drops every tag whose key satisfies `drop`. */
export function removeTags(list: string[], drop: (key: string) => boolean): string[] {
  const out = list.filter((t) => !drop(keyOf(t)));
  return out.length === list.length ? list : out;
}

/** Moves every tag at or under `fromKey` to `to` (keeping the part below), then dedups. */
export function moveTags(list: string[], fromKey: string, to: string): string[] {
  let changed = false;
  const out = list.map((t) => {
    if (!isSameOrUnder(keyOf(t), fromKey)) return t;
    const moved = movedName(t, fromKey, to)!;
    if (moved !== t) changed = true;
    return moved;
  });
  if (!changed) return list;
  return dedupTags(out);
}

export { cleanTagName };
