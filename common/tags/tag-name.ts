// Tag names and their matching keys. A tag is a path of segments joined by "/" ("سوريا/عسكري");
// names are stored and shown exactly as typed (NFC, trimmed), keys are folded with foldKey so
// «سوريا» and «سوريّا», «Lavrov» and «lavrov» are one tag. Pure: no DOM, no Node.
import { foldKey } from '../text/normalize.js';

export const TAG_SEPARATOR = '/';

/** The name as stored: NFC, each path segment trimmed with inner whitespace collapsed, no empty segments. */
export function cleanTagName(raw: string): string {
  return raw
    .normalize('NFC')
    .split(TAG_SEPARATOR)
    .map((s) => s.trim().replace(/\s+/g, ' '))
    .filter((s) => s.length > 0)
    .join(TAG_SEPARATOR);
}

/** The matching key of a cleaned name: every segment folded (case, harakat, alef forms, digits). */
export function tagKey(name: string): string {
  return cleanTagName(name)
    .split(TAG_SEPARATOR)
    // A segment that folds to nothing (only marks) keeps its raw form, so a key has exactly as
    // many segments as its name (movedName relies on it).
    .map((s) => foldKey(s).trim().replace(/\s+/g, ' ') || s)
    .join(TAG_SEPARATOR);
}

export const tagSegments = (name: string): string[] => (name ? name.split(TAG_SEPARATOR) : []);

/** "a/b/c" → ["a", "a/b"]: every ancestor, nearest last. Works on names and keys alike. */
export function ancestorsOf(name: string): string[] {
  const segs = tagSegments(name);
  const out: string[] = [];
  for (let i = 1; i < segs.length; i++) out.push(segs.slice(0, i).join(TAG_SEPARATOR));
  return out;
}

export const parentOf = (name: string): string | null => ancestorsOf(name).pop() ?? null;

/** True when `key` is `root` itself or lies under it in the hierarchy. Both are keys. */
export const isSameOrUnder = (key: string, root: string): boolean =>
  key === root || key.startsWith(root + TAG_SEPARATOR);

/**
 * The name `name` takes when the subtree at `from` moves to `to` (rename of a path prefix):
 * "سوريا/عسكري" with from "سوريا", to "الشام" → "الشام/عسكري". Null when `name` is not under `from`.
 */
export function movedName(name: string, from: string, to: string): string | null {
  const key = tagKey(name);
  const fromKey = tagKey(from);
  if (!isSameOrUnder(key, fromKey)) return null;
  const keep = tagSegments(name).slice(tagSegments(fromKey).length);
  return [to, ...keep].join(TAG_SEPARATOR);
}
