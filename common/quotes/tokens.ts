// Cuts a span of text into word and punctuation tokens with raw offsets and a folded key for
// lexicon lookups. Pure: no DOM, no Node. Never changes the text; offsets are UTF-16 units.
import { foldKey } from '../text/normalize.js';

export type Tok = {
  raw: string;
  /** foldKey of raw: no tashkeel/tatweel, one alef, ة→ه, ى→ي, lower case, ё→е. */
  f: string;
  start: number;
  end: number;
  word: boolean;
  /** Starts with an upper-case Latin or Cyrillic letter. */
  cap: boolean;
};

// A word: letters/marks/digits, joined by inner apostrophes, hyphens, dots (U.S., 3.5, rbc.ua) or
// tatweel. A dot between a lower-case and an upper-case letter is a sentence end whose space went
// missing in the source (заявил Песков.По его словам): it splits.
// A line break right after a word (a caption or heading line with no full stop) is a token of its
// own (raw "\n", not a word), so no name runs on into the next line (Tom Reed\nImage caption).
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:(?:['’\-\u0640]|(?<!\p{Ll})\.|\.(?!\p{Lu}))[\p{L}\p{M}\p{N}]+)*\u0640?|[^\s\p{L}\p{M}\p{N}]|(?<=[\p{L}\p{M}\p{N}][^\S\n]*)\n/gu;
const UPPER = /^\p{Lu}/u;

// Folded key and flags per distinct token text: news text repeats its words, and folding is the
// costly part of tokenising. Cleared when it grows past MEMO_MAX so memory stays bounded.
type Shape = { f: string; word: boolean; cap: boolean };
const MEMO_MAX = 50_000;
const memo = new Map<string, Shape>();
const shapeOf = (raw: string): Shape => {
  let s = memo.get(raw);
  if (!s) {
    if (memo.size >= MEMO_MAX) memo.clear();
    s = { f: foldKey(raw), word: /[\p{L}\p{N}]/u.test(raw), cap: UPPER.test(raw) };
    memo.set(raw, s);
  }
  return s;
};

export function tokenize(text: string, from = 0, to = text.length): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null && m.index < to) {
    const raw = m[0];
    const s = shapeOf(raw);
    out.push({ raw, f: s.f, start: m.index, end: m.index + raw.length, word: s.word, cap: s.cap });
  }
  return out;
}

/** The Arabic conjunction و/ف glued to a word ("وقال", "فأكد"), removed for cue lookup only. */
export const stripConj = (f: string): string => (f.length >= 4 && (f[0] === 'و' || f[0] === 'ف') ? f.slice(1) : f);

/** Sentence-ending punctuation (the Arabic question mark included). */
export const isSentenceEnd = (t: Tok): boolean => !t.word && /[.!?؟…]/.test(t.raw);
