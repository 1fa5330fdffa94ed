// The person a headline opens with ("Smith defends the budget", "Набиуллина раскрыла …", "الحداد يدافع
// عن …"): the body often goes on with "he said" or a pro-drop verb and never names them again.
// Pure: no DOM, no Node. Reads the title only; never resolves against the body itself.
import type { Lang } from '../domain.js';
import { EN_ORG_HEADS, EN_TITLES } from './lexicon-en.js';
import { RU_NOT_NAME, RU_TITLES } from './lexicon-ru.js';
import { AR_GIVEN_NAMES, AR_STOPS, AR_TITLE_HEADS } from './lexicon-ar.js';
import { tokenize, type Tok } from './tokens.js';

// A name in a headline is one to three words.
const MAX_WORDS = 3;
const EN_VERB = /^\p{Ll}+(?:s|ed)$/u;
const RU_VERB = /^\p{Ll}+(?:л|ла|ли|лся|лась|ет|ит|ют|ят)$/u;
const AR_IMPERFECT = /^[يت]\p{L}{3,}$/u;

/** The capitalised run (en/ru) opening the headline, when a verb follows it. */
function cased(toks: Tok[], lang: 'en' | 'ru'): string | null {
  let e = 0;
  while (e < toks.length && e < MAX_WORDS && toks[e]!.word && toks[e]!.cap) e++;
  const verb = toks[e];
  if (e === 0 || !verb?.word || !(lang === 'en' ? EN_VERB : RU_VERB).test(verb.raw)) return null;
  const words = toks.slice(0, e);
  const notName = (t: Tok) =>
    lang === 'en' ? EN_TITLES.has(t.f) || EN_ORG_HEADS.has(t.f) : RU_TITLES.has(t.f) || RU_NOT_NAME.has(t.f) || t.raw === t.raw.toUpperCase();
  return words.some(notName) ? null : words.map((t) => t.raw).join(' ');
}

/** Arabic: one or two words before an imperfect verb, the first a given name or a name the body gives. */
function arabic(toks: Tok[], knows: (f: string) => boolean): string | null {
  for (const n of [2, 1]) {
    const words = toks.slice(0, n);
    const verb = toks[n];
    if (words.length < n || !words.every((t) => t.word && !AR_STOPS.has(t.f) && !AR_TITLE_HEADS.has(t.f))) continue;
    if (!verb?.word || !AR_IMPERFECT.test(verb.f)) continue;
    if (AR_GIVEN_NAMES.has(words[0]!.f) || words.every((t) => knows(t.f))) return words.map((t) => t.raw).join(' ');
  }
  return null;
}

/** The person the headline opens with, as written there, or null. */
export function headlineSubject(title: string, lang: Lang, knows: (f: string) => boolean): string | null {
  const toks = tokenize(title);
  if (lang === 'en' || lang === 'ru') return cased(toks, lang);
  if (lang === 'ar') return arabic(toks, knows);
  return null;
}
