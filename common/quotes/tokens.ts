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
// missing in the source (заявил Песков.По его словам): it splits, unless a capitalised domain
// follows (Газета.Ru, Lenta.Ru: a site's name). So does a dot beside an Arabic letter (انتهت
// الجلسة.وقال، أ.د.سلمى، م.ع): copy often drops the space after a full stop or an abbreviation,
// and initials are read letter by letter (arInitialsAt); Arabic digits keep theirs (٣.٥).
// A line break right after a word (a caption or heading line with no full stop) is a token of its
// own (raw "\n", not a word), so no name runs on into the next line (Tom Reed\nImage caption).
// The invisible marks web copy carries between words: RLM/LRM, zero-width space, bidi embeddings
// and isolates, BOM. TOKEN and tokenize skip them; INVISIBLE finds them in a span's text.
export const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;
const invisible = (c: number): boolean => (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff;
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:(?:['’\-\u0640]|(?<![\p{Ll}\u0600-\u065F\u066A-\u06EF\u06FA-\u06FF])\.(?![\u0600-\u065F\u066A-\u06EF\u06FA-\u06FF])|\.(?![\p{Lu}\u0600-\u065F\u066A-\u06EF\u06FA-\u06FF])|\.(?=(?:Ru|RU|Ua|UA|Com|Net|Org|Info)(?![\p{L}\p{M}\p{N}])))[\p{L}\p{M}\p{N}]+)*\u0640?|[^\s\p{L}\p{M}\p{N}\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]|(?<=[\p{L}\p{M}\p{N}][^\S\n]*)\n/gu;
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

// The scanners below read Unicode classes from a table per UTF-16 unit, filled lazily by testing
// the unit against the classes themselves: 1 word (\p{L}\p{M}\p{N}), 2 space (\s), 3 other; plus
// LETTER_OR_DIGIT (\p{L}\p{N}). Text that touches a surrogate goes through the regexes themselves.
const UNIT = new Uint8Array(0x10000);
const CLASS = 3;
const LETTER_OR_DIGIT = 4;
const WORD_UNIT = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE_UNIT = /^\s$/u;
const LN_UNIT = /^[\p{L}\p{N}]$/u;
const unitFlags = (c: number): number => {
  let v = UNIT[c]!;
  if (v === 0) {
    const ch = String.fromCharCode(c);
    UNIT[c] = v = (WORD_UNIT.test(ch) ? 1 : SPACE_UNIT.test(ch) ? 2 : 3) | (LN_UNIT.test(ch) ? LETTER_OR_DIGIT : 0);
  }
  return v;
};
const unitClass = (c: number): number => unitFlags(c) & CLASS;
const surrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;
// Every mark TOKEN may join words with (', ’, -, ., tatweel); a mark that joins nothing is plain.
const joiner = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2e || c === 0x640;

/**
 * The end of TOKEN's match at `i` when the token is plain, else -1 (TOKEN itself decides). Plain:
 * one mark that joins nothing, or a run of word units ended by the text's end, an ASCII space or a
 * mark that joins nothing. Anything else (a joiner, a line break or other space, a surrogate) goes
 * to TOKEN, so the tokens stay TOKEN's whatever it does there (tokens.test.ts checks the two agree).
 */
function plainEnd(text: string, i: number): number {
  const c0 = text.charCodeAt(i);
  if (surrogate(c0) || joiner(c0)) return -1;
  const k0 = unitClass(c0);
  if (k0 !== 1) return k0 === 3 ? i + 1 : -1;
  const n = text.length;
  let e = i + 1;
  for (; e < n; e++) {
    const c = text.charCodeAt(e);
    if (surrogate(c)) return -1;
    if (unitClass(c) !== 1) break;
  }
  if (e === n) return e;
  const c = text.charCodeAt(e);
  return c === 0x20 || (unitClass(c) === 3 && !joiner(c) && !surrogate(c)) ? e : -1;
}

/** Tokens from `from` whose start is before `to`: TOKEN's matches, read mostly by plainEnd. */
export function tokenize(text: string, from = 0, to = text.length): Tok[] {
  const out: Tok[] = [];
  const n = text.length;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Spaces, and the invisible marks web copy carries, which separate words but are none.
    if (c === 0x20 || invisible(c)) {
      i++;
      continue;
    }
    let start = i;
    let end = plainEnd(text, i);
    if (end < 0) {
      TOKEN.lastIndex = i;
      const m = TOKEN.exec(text);
      if (!m) break;
      start = m.index;
      end = start + m[0].length;
    }
    if (start >= to) break;
    const raw = text.slice(start, end);
    const s = shapeOf(raw);
    out.push({ raw, f: s.f, start, end, word: s.word, cap: s.cap });
    i = end;
  }
  return out;
}

const LN_RUNS = /[\p{L}\p{N}]+/gu;

/** How many runs of letters and digits `text` holds: (text.match(/[\p{L}\p{N}]+/gu) ?? []).length. */
export function countWords(text: string): number {
  let n = 0;
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (surrogate(c)) return (text.match(LN_RUNS) ?? []).length;
    const ln = (unitFlags(c) & LETTER_OR_DIGIT) !== 0;
    if (ln && !inRun) n++;
    inRun = ln;
  }
  return n;
}

/** TOKEN itself, for tokens.test.ts (the scanner must give exactly its matches). */
export const tokenPattern = (): RegExp => new RegExp(TOKEN.source, TOKEN.flags);

/** The Arabic conjunction و/ف glued to a word ("وقال", "فأكد"), removed for cue lookup only. */
export const stripConj = (f: string): string => (f.length >= 4 && (f[0] === 'و' || f[0] === 'ف') ? f.slice(1) : f);

/** Sentence-ending punctuation (the Arabic question mark included). */
/** "عاد X ليقول"، "ليضيف": a verb of saying behind the ل of purpose, without it (يقول); else the word. */
export const stripPurposeL = (f: string): string => (/^[وف]?ل(?:[يت]قول|[يت]ضيف|[يت]ؤكد)$/u.test(f) ? f.replace(/^[وف]?ل/u, '') : f);

export const isSentenceEnd = (t: Tok): boolean => !t.word && /[.!?؟…]/.test(t.raw);
/** An Arabic or Latin comma. */
export const isComma = (t: Tok | undefined): boolean => t?.raw === '،' || t?.raw === ',';
