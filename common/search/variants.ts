// Query-side forms of a query word that the index's stems do not merge, each looked up in the
// index's dictionary and added as a lower-weighted alternative of its group: Arabic verbs in
// another person (يقدم/تقدم/قدم), name particles joined or apart (بنكيران/بن كيران/ابن كيران,
// نصرالله/نصر الله, ابومازن/أبو مازن) and compounds written as one word (بوكوحرام/بوكو حرام).
// Words differing only in vowel letters (الأميركي/الأمريكي) are matched in term-expand.ts.
// Pure: no DOM, no Node. General rules only: no word list beyond the particles of names.
import type { FoldOptions } from '../text/normalize.js';
import { stem, words } from './analyzer.js';
import type { CompactIndex } from './compact-index.js';
import type { ParsedQuery } from './query.js';
import type { Compiled, KeySpec } from './text-index.js';

/** A variant scores this share of what the word as typed would: below exact and stemmed matches. */
export const VARIANT_WEIGHT = 0.75;
const ARABIC = /^[\u0621-\u064a]+$/;
// Present-tense prefixes of Arabic verbs (he/she/we): يقدم، تقدم، نقدم all go with قدم.
const VERB_PREFIXES = ['ي', 'ت', 'ن'];
// Particles that open Arabic names and are written joined or apart, with their other spellings
// (folded: أبو is ابو). ابن and بن are one particle.
const PARTICLES: Record<string, string[]> = { ابن: ['ابن', 'بن'], بن: ['بن', 'ابن'], ابو: ['ابو'], عبد: ['عبد'], ام: ['ام'], بنت: ['بنت'] };
// A split needs both halves in the index; the second at least this long (the first may be a particle).
const MIN_TAIL = 3;
const MAX_SPLITS = 3;

/** Other persons of an Arabic verb stem: without its present-tense prefix and with each prefix. */
export function verbForms(key: string): string[] {
  if (!ARABIC.test(key)) return [];
  const base = key.length >= 4 && VERB_PREFIXES.includes(key[0]!) ? key.slice(1) : key;
  if (base.length < 3) return [];
  const out = new Set([base, ...VERB_PREFIXES.map((p) => p + base)]);
  out.delete(key);
  return [...out];
}

/**
 * Ways to read one folded word as two index words, as key pairs: after a name particle always
 * (بنكيران → بن/ابن كيران: both spellings are common), anywhere else (بوكوحرام → بوكو حرام) only
 * when `joinedKnown` is false, i.e. no clip writes the word as typed.
 */
export function splits(word: string, has: (key: string) => boolean, joinedKnown = false): string[][] {
  if (!ARABIC.test(word) || word.length < 5) return [];
  const out: string[][] = [];
  for (let i = 2; i + MIN_TAIL <= word.length && out.length < MAX_SPLITS; i++) {
    const head = word.slice(0, i);
    const particle = PARTICLES[head];
    if (joinedKnown && !particle) continue;
    const tail = stem(word.slice(i));
    if (!has(tail)) continue;
    for (const h of particle ?? [head]) if (has(stem(h))) out.push([stem(h), tail]);
  }
  return out;
}

/** The one folded word of a plain one-word group, or null. */
const soleWord = (q: ParsedQuery, gi: number, fold: FoldOptions): string | null => {
  const g = q.groups[gi];
  if (!g || g.length !== 1 || g[0]!.kind !== 'word') return null;
  const ws = words(g[0]!.text, fold);
  return ws.length === 1 ? ws[0]! : null;
};

const exactSpec = (key: string): KeySpec => ({ key, fuzzy: 0, prefix: false, weight: VARIANT_WEIGHT });

/**
 * Adds the dictionary's variants of each plain query word to its group; `keys` collects every
 * variant key added (for highlighting). Exact mode gets none.
 */
export function withVariants(c: Compiled, q: ParsedQuery, ix: CompactIndex, fold: FoldOptions, keys: string[] = []): Compiled {
  const has = (k: string) => {
    const t = ix.termOf(k);
    return t !== undefined && ix.df(t) > 0;
  };
  const from = c.from ?? [];
  const groups = c.groups.map((g) => [...g]);
  const add = (g: number, alt: KeySpec[]) => {
    groups[g]!.push(alt);
    keys.push(...alt.map((s) => s.key));
  };
  from.forEach((gi, g) => {
    const w = soleWord(q, gi, fold);
    if (w === null) return;
    const key = stem(w);
    for (const v of verbForms(key)) if (has(v)) add(g, [exactSpec(v)]);
    for (const pair of splits(w, has, has(key))) add(g, pair.map(exactSpec));
    // Two neighbouring words the text writes as one (نصر الله → نصرالله, ابن كيران → بنكيران).
    const next = from[g + 1] === gi + 1 ? soleWord(q, gi + 1, fold) : null;
    if (next === null) return;
    for (const head of PARTICLES[w] ?? [w]) {
      const joined = stem(head + next);
      if (has(joined)) {
        add(g, [exactSpec(joined)]);
        add(g + 1, [exactSpec(joined)]);
      }
    }
  });
  return { ...c, groups };
}
