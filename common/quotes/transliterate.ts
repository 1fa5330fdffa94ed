// Matching keys for a person's name: its folded form, plus a rough consonant skeleton of the
// surname in Latin letters so لافروف, Lavrov and Лавров meet. Pure: no DOM, no Node. A bonus
// only: skeletons are short, so they key the last word of names of two words or more, and a
// one-word name only when it is long enough not to collide (MIN_SKELETON).
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
  // The Arabic article is not part of the name (الشيباني = Shaibani).
  let w = word.toLowerCase().replace(/^ال/, '');
  for (const [re, to] of DIGRAPHS) w = w.replace(re, to);
  for (const ch of w) {
    const m = MAP[ch] ?? LATIN[ch] ?? (/[a-z]/.test(ch) ? ch : '');
    // Doubled letters (sh → s, ff) count once.
    for (const c of m) if (out[out.length - 1] !== c) out += c;
  }
  return out;
}

export function nameKeys(name: string): string[] {
  const folded = foldKey(name);
  const keys = [folded];
  const words = folded.split(/\s+/).filter(Boolean);
  const last = words[words.length - 1];
  if (last) {
    const sk = skeleton(last);
    if (sk.length >= MIN_SKELETON) keys.push(`~${sk}`);
  }
  return keys;
}
