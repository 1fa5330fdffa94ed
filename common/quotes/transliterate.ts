// Matching keys for a person's name: its folded form, plus rough consonant skeletons of the
// surname and first name in Latin letters, so لافروف, Lavrov and Лавров meet while two people who
// share a surname stay apart. Pure: no DOM, no Node. A bonus only: skeletons are short, so a
// surname keys only when its skeleton is long enough not to collide (MIN_SKELETON).
import { foldKey } from '../text/normalize.js';

// Why 3: a two-consonant skeleton (l-v, s-d) matches too many unrelated surnames.
const MIN_SKELETON = 3;

// Arabic and Cyrillic letters to a Latin consonant class; vowels and long vowels drop out.
const MAP: Record<string, string> = {
  ب: 'b', ت: 't', ث: 't', ج: 'g', ح: 'h', خ: 'h', د: 'd', ذ: 'd', ر: 'r', ز: 'z', س: 's', ش: 's', ص: 's', ض: 'd',
  ط: 't', ظ: 'z', ع: '', غ: 'g', ف: 'v', ق: 'k', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', ة: '', و: '', ي: '', ى: '',
  ا: '', أ: '', إ: '', آ: '', ء: '', ئ: '', ؤ: '', پ: 'b', ڤ: 'v', گ: 'g',
  б: 'b', в: 'v', г: 'g', д: 'd', ж: 'z', з: 'z', к: 'k', л: 'l', м: 'm', н: 'n', п: 'b', р: 'r', с: 's', т: 't',
  ф: 'v', х: 'h', ц: 's', ч: 's', ш: 's', щ: 's', й: '', а: '', е: '', ё: '', и: '', о: '', у: '', ы: '', э: '', ю: '', я: '', ь: '', ъ: '',
};
// Latin spellings of the same sounds: f/v/w, b/p, c/k/q, j/g, and vowels out (Arabic writes no p or v).
const LATIN: Record<string, string> = { f: 'v', w: 'v', p: 'b', c: 'k', q: 'k', j: 'g', x: 'ks', y: '', a: '', e: '', i: '', o: '', u: '' };
const DIGRAPHS: [RegExp, string][] = [[/sh|ch|zh/g, 's'], [/kh|gh/g, 'h'], [/th/g, 't']];

function skeleton(word: string): string {
  let out = '';
  // The Arabic article is not part of the name (الشيباني = Shaibani = al-Shaibani = ash-Shaibani).
  let w = word.toLowerCase().replace(/^ال/, '').replace(/^(?:al|el|ad|an|ar|as|ash|at|ath|az)-/, '');
  for (const [re, to] of DIGRAPHS) w = w.replace(re, to);
  for (const ch of w) {
    const m = MAP[ch] ?? LATIN[ch] ?? (/[a-z]/.test(ch) ? ch : '');
    // Doubled letters (sh → s, ff) count once.
    for (const c of m) if (out[out.length - 1] !== c) out += c;
  }
  return out;
}

type NameParts = { folded: string; surname: string | null; pair: string | null };

// Why 2: a first name and a surname of two consonants each (بشار الأسد, b-s-r|s-d) are specific
// together, though the surname alone is not.
const MIN_PAIR_PART = 2;

/** The folded name, its surname's skeleton (when long enough alone) and first name + surname (two words or more). */
function parts(name: string): NameParts {
  const folded = foldKey(name);
  const words = folded.split(/\s+/).filter(Boolean);
  const last = words.length ? skeleton(words[words.length - 1]!) : '';
  const first = words.length > 1 ? skeleton(words[0]!) : '';
  return {
    folded,
    surname: last.length >= MIN_SKELETON ? last : null,
    pair: first.length >= MIN_PAIR_PART && last.length >= MIN_PAIR_PART ? `${first}|${last}` : null,
  };
}

/**
 * The keys a name is filed under: its folded form, its surname's skeleton (so a bare «لافروف» or
 * "Lavrov" finds the person), its first name and surname together, and, for a one-word name, the
 * surname as "first name unknown" (so «سيرغي لافروف» joins a person known so far only as «لافروف»).
 */
export function nameKeys(name: string): string[] {
  const { folded, surname, pair } = parts(name);
  const keys = [folded];
  if (surname) keys.push(`~${surname}`);
  if (pair) keys.push(`~${pair}`);
  else if (surname && !/\s/.test(folded.trim())) keys.push(`~?|${surname}`);
  return keys;
}

/**
 * The keys to look a name up by. A one-word name goes by its surname; a fuller name by its first
 * name and surname, or a person whose first name is not known, never by the surname alone:
 * "Hunter Biden" is not "Joe Biden", nor ماهر الأسد بشار الأسد.
 */
export function lookupKeys(name: string): string[] {
  const { folded, surname, pair } = parts(name);
  const oneWord = !/\s/.test(folded.trim());
  if (oneWord) return surname ? [folded, `~${surname}`] : [folded];
  // A first name too short to key (Ali → l) leaves the surname to decide, as for a one-word name.
  return [folded, ...(pair ? [`~${pair}`] : surname ? [`~${surname}`] : []), ...(surname ? [`~?|${surname}`] : [])];
}
