// How search sees text: words (Arabic, Cyrillic, Latin letters, marks and digits) from folded
// text, and a stem of each word for index keys: Light10-style for Arabic (REFERENCE.md §7),
// Snowball for English and Russian (@orama/stemmers, a maintained pure-JS port).
// Pure: no DOM, no Node. Stems are keys only: never shown, never used for highlight offsets.
import { stemmer as englishStem } from '@orama/stemmers/english';
import { stemmer as russianStem } from '@orama/stemmers/russian';
import { foldKey, type FoldOptions } from '../text/normalize.js';

/** A word is a run of letters, marks and digits; everything else separates words. */
export const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Whitespace that stays a word separator after folding (the fold never deletes it), so a text's
 * keys are the keys of its separator-free runs taken one by one. BOM and zero-width characters
 * are not here: the fold deletes them and joins the letters around them.
 */
export const isSeparator = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;

// Longest first; the first that fits is removed (one prefix at most). ب/ل/ف/ك before ال are
// proclitics analysts type freely (بالشيباني, للافروف), so they go with the article.
const PREFIXES = ['وبال', 'وكال', 'وفال', 'ولل', 'وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
// Tried in this order, each removed in turn (Light10); ية and ة matter only with the strong folds off.
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ية', 'ه', 'ة', 'ي'];
// A stem keeps at least 3 letters: Light10 allows 2, which merges too many short names.
const MIN_STEM = 3;
const ARABIC_LETTER = /^[\u0621-\u064a]/;

// Snowball stems words of any length, but a 3-letter word is mostly a name or an acronym (BBC, ООН).
const MIN_SNOWBALL = 4;
const LATIN_WORD = /^[a-z]+$/;
const CYRILLIC_WORD = /^[\u0430-\u044f]+$/;

/** The index key of one folded word: Arabic light stem, English or Russian Snowball stem, else the word. */
export function stem(word: string): string {
  if (ARABIC_LETTER.test(word)) return arabicStem(word);
  if (word.length < MIN_SNOWBALL) return word;
  if (LATIN_WORD.test(word)) return englishStem(word);
  if (CYRILLIC_WORD.test(word)) return russianKey(word);
  return word;
}

// Snowball takes -ов/-ев/-ин of a nominative surname for a genitive plural (Лавров → лавр) but
// keeps it in every other case (Лаврова → лавров): dropping it after the stem gives both one key.
const RU_SURNAME = /(?:ов|ев|ёв|ин|ын)$/;

function russianKey(word: string): string {
  const s = russianStem(word);
  return s.length >= 5 && RU_SURNAME.test(s) ? s.slice(0, -2) : s;
}

/** Light10-style stem of one folded Arabic word. */
function arabicStem(word: string): string {
  let w = word;
  const p = PREFIXES.find((x) => w.startsWith(x) && w.length - x.length >= MIN_STEM);
  if (p) w = w.slice(p.length);
  else if (w.startsWith('و') && w.length - 1 >= MIN_STEM) w = w.slice(1);
  for (const s of SUFFIXES) {
    if (w.endsWith(s) && w.length - s.length >= MIN_STEM) w = w.slice(0, -s.length);
  }
  return w;
}

// Stems of words already seen: a library's vocabulary is far smaller than its word count, and
// stemming is a third of index build time. Cleared when full so memory stays bounded.
const STEM_CACHE_MAX = 500_000;
const stemCache = new Map<string, string>();
/** stem() through a bounded cache: the index and every snippet stem the same words again and again. */
export const cachedStem = (w: string): string => {
  let s = stemCache.get(w);
  if (s === undefined) {
    if (stemCache.size >= STEM_CACHE_MAX) stemCache.clear();
    s = stem(w);
    stemCache.set(w, s);
  }
  return s;
};

/** Folded words of a text, in order (duplicates kept). */
export function words(text: string, opts?: FoldOptions): string[] {
  return foldKey(text, opts).match(WORD) ?? [];
}

/** The index keys of a text: folded, stemmed words. */
export function keys(text: string, opts?: FoldOptions): string[] {
  return words(text, opts).map(stem);
}

// Edit distance scaled to the key's length (the word less its clitics and endings), the same in
// every script: a changed letter in a 4-letter key is mostly another word (حزب/حرب, band/bank).
const FUZZY_SHORT = 4;
const FUZZY_MEDIUM = 7;

/** How many edits a query key may be from an index key: 0 up to 4 letters, 1 from 5, 2 from 8. */
export const editDistanceFor = (key: string): number =>
  key.length <= FUZZY_SHORT ? 0 : key.length <= FUZZY_MEDIUM ? 1 : 2;
