// Grammatical gender clues for matching a pronoun or a pro-drop cue to a prior speaker: English
// he/she and gendered titles (spokeswoman, Mr), Arabic feminine verb and participle endings
// (قالت، أضافت، مؤكدةً), Russian past-tense endings (сказала) and surname endings (Соболева).
// Pure: no DOM, no Node. Only reads folded words; never decides a speaker on its own.
import { foldKey } from '../text/normalize.js';
import type { Lang } from '../domain.js';
import { AR_CUE_VERBS, AR_FEMALE_NAMES, AR_GIVEN_NAMES, AR_PARTICIPLES, AR_TITLE_HEADS } from './lexicon-ar.js';
import { isRuCue, RU_TITLES } from './lexicon-ru.js';
import { stripConj } from './tokens.js';

export type Gender = 'm' | 'f';

const EN_F = new Set(['she', 'her', 'spokeswoman', 'chairwoman', 'businesswoman', 'congresswoman', 'councilwoman', 'queen', 'princess',
  'mrs', 'ms', 'miss', 'madam', 'dame', 'lady', 'sheikha', 'actress', 'wife', 'mother', 'daughter', 'sister', 'widow', 'grandmother']);
const EN_M = new Set(['he', 'him', 'his', 'spokesman', 'chairman', 'businessman', 'congressman', 'councilman', 'king', 'prince', 'mr',
  'sir', 'lord', 'sheikh', 'husband', 'father', 'son', 'brother', 'widower', 'grandfather']);
// Raw spellings, folded once (foldKey keeps no hamza seat: رئيسة → رييسه).
const AR_F = new Set(['السيدة', 'الدكتورة', 'الشيخة', 'المهندسة', 'الأستاذة', 'المواطنة', 'الطالبة', 'الأم', 'هي', 'معاليها', 'سموها'].map((w) => foldKey(w)));
/** A feminine title: a known title head plus ة (النائبة، وزيرة، المتحدثة، رئيسة), or AR_F. */
const arFeminine = (w: string): boolean => !/^(?:ال)?نظير/u.test(w) && w.length > 3 && w.endsWith('ه') && (AR_TITLE_HEADS.has(w.slice(0, -1)) || AR_TITLE_HEADS.has(stripConj(w).slice(0, -1)));

/** Gender a cue verb or pronoun marks, if any: قالت → f, وأضاف → m, сказала → f, she → f. */
export function cueGender(lang: Lang, raw: string | null): Gender | null {
  if (!raw) return null;
  const f = foldKey(raw);
  if (lang === 'en') return EN_F.has(f) ? 'f' : EN_M.has(f) ? 'm' : null;
  if (lang === 'ru') {
    if (f === 'она') return 'f';
    if (f === 'он') return 'm';
    if (!isRuCue(f)) return null;
    return /ла(?:сь)?$/u.test(f) ? 'f' : /л(?:ся)?$/u.test(f) ? 'm' : null;
  }
  const b = stripConj(f);
  if (b === 'هي') return 'f';
  if (b === 'هو') return 'm';
  // بقولها / بقوله: the pronoun suffix says it (ها hers, ه his); a participle's ة (مضيفة) a woman.
  if (/^[وف]?ب\p{L}+ها$/u.test(f) && AR_PARTICIPLES.has(f)) return 'f';
  if (/^[وف]?ب\p{L}+ه$/u.test(f) && AR_PARTICIPLES.has(f)) return 'm';
  if (AR_PARTICIPLES.has(f)) return f.endsWith('ه') ? 'f' : 'm';
  if (b.endsWith('ت') && AR_CUE_VERBS.has(b.slice(0, -1))) return 'f';
  if (AR_CUE_VERBS.has(b) || AR_CUE_VERBS.has(f)) return 'm';
  return null;
}

/** Does a cue verb or pronoun mark a plural subject (they, они, сказали, قالوا، وأضافوا)? A plural
 * is never one person carried over from before. */
export function cuePlural(lang: Lang, raw: string | null): boolean {
  if (!raw) return false;
  const f = foldKey(raw);
  if (lang === 'en') return f === 'they';
  if (lang === 'ru') return f === 'они' || (isRuCue(f) && /(?:ли|лись|ют|ят)$/u.test(f));
  const b = stripConj(f);
  return f === 'هم' || (b.endsWith('وا') && AR_CUE_VERBS.has(b.slice(0, -2)));
}

// Men's given names that end like women's (Никита, Илья, Лука) and short forms (Саша, Миша).
const RU_MEN_IN_A = new Set(['никита', 'илья', 'кузьма', 'лука', 'фома', 'савва', 'данила', 'гаврила', 'саша', 'миша', 'дима', 'паша', 'женя', 'ваня', 'петя', 'коля', 'вася', 'сережа', 'леша', 'юра']);
/** A Russian given name's gender by its ending: a consonant, й or ь is a man's (Сергей, Джон,
 * Игорь), а or я a woman's (Анна, Мария), except the men's names listed. */
/** Is `w` (folded) a man's given name that ends like a woman's (Никита, Илья)? */
export const ruMenInA = (w: string): boolean => RU_MEN_IN_A.has(w);
function ruGivenGender(w: string): Gender | null {
  // A title word is no given name (Глава СБР, Посол Франции).
  if (w.length < 3 || RU_TITLES.has(w)) return null;
  if (RU_MEN_IN_A.has(w)) return 'm';
  if (/[ая]$/u.test(w)) return 'f';
  return /[бвгджзйклмнпрстфхцчшщь]$/u.test(w) ? 'm' : null;
}

/** Gender a title or name says outright (spokeswoman Janine Ortiz, Mr Dale, مديرة، Соболева). */
const nameMemo = new Map<string, Gender | null>();
const NAME_MEMO_MAX = 10_000;

export function nameGender(lang: Lang, name: string, title: string | null): Gender | null {
  const key = `${lang}|${name}|${title ?? ''}`;
  let g = nameMemo.get(key);
  if (g === undefined) {
    if (nameMemo.size >= NAME_MEMO_MAX) nameMemo.clear();
    nameMemo.set(key, (g = readNameGender(lang, name, title)));
  }
  return g;
}

function readNameGender(lang: Lang, name: string, title: string | null): Gender | null {
  const ws = foldKey(`${title ?? ''} ${name}`).match(/[\p{L}]+/gu) ?? [];
  if (lang === 'en') {
    for (const w of ws) if (EN_F.has(w)) return 'f';
    for (const w of ws) if (EN_M.has(w)) return 'm';
    return null;
  }
  if (lang === 'ru') {
    // The name's own words: a title before it (сегодня его директор …) says nothing of the given name.
    const nws = foldKey(name).match(/[\p{L}]+/gu) ?? [];
    const last = nws[nws.length - 1] ?? '';
    if (/(?:ова|ева|ина|ская|цкая)$/.test(last)) return 'f';
    if (/(?:ов|ев|ин|ский|цкий)$/.test(last)) return 'm';
    return nws.length >= 2 ? ruGivenGender(nws[0]!) : null;
  }
  // Only a title's head says its gender: رئيس بعثة الملاحظة is a man.
  const head = foldKey(title ?? '').match(/[\p{L}]+/u)?.[0];
  if (head && arFeminine(head)) return 'f';
  for (const w of ws) if (AR_F.has(w)) return 'f';
  // A name opening with a given name says it: a woman's (ليلى، أليس) or, if the lexicon knows it
  // otherwise, a man's (سامي، جون).
  const given = foldKey(name).match(/[\p{L}]+/u)?.[0] ?? '';
  if (AR_FEMALE_NAMES.has(given)) return 'f';
  if (AR_GIVEN_NAMES.has(given)) return 'm';
  return null;
}

/** The gender an Arabic office's head word (folded, ال dropped) gives its holder: المتحدثة a woman,
 * المتحدث or الوزير a man; null for a word that is no office head. */
export function arTitleGender(head: string): Gender | null {
  if (arFeminine(head)) return 'f';
  return AR_TITLE_HEADS.has(head) || AR_TITLE_HEADS.has(`ال${head}`) ? 'm' : null;
}
