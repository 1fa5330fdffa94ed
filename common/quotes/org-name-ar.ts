// org-name-ar.ts — where an Arabic organisation's name ends, read from its head word (حزب، وزارة،
// منظمة …) by the construct rule. Pure token arithmetic for register-names and the statement-issuer
// reader; it records nothing and decides nothing about who speaks.

import type { Ctx } from './context.js';
import * as lexiconAr from './lexicon-ar.js';
import { stripConj } from './tokens.js';

const { AR_FEMALE_NAMES, AR_GIVEN_NAMES, AR_MINISTRY_FIELDS, AR_ORG_HEADS, AR_PLACES, AR_STOPS, AR_TERRITORIES } = lexiconAr;

// How many indefinite words an organisation's head may govern (رابطة علماء البلد): the chain's
// end is not always marked by ال.
const ORG_INDEFINITE = 2;

const definite = (f: string): boolean => /^و?ال\p{L}{2,}/u.test(f);
/** A singular nisba adjective (الأردنية، الوطني), never a plural (العسكريين). */
export const nisba = (f: string): boolean => /^و?ال\p{L}{2,}(?:يه|ي)$/u.test(f);
/** A verb form: an imperfect (يعتبر، تؤكد) or a feminine perfect (حذرت). */
const verbShaped = (f: string): boolean => /^[يتن]\p{L}{3,}$/u.test(f) || /^\p{L}{3,}ت$/u.test(f);

/**
 * The name an organisation head opens, by the construct rule: the head and either a definite word
 * (حزب الأصالة والمعاصرة، وزارة الخارجية), or a construct noun and a definite word (رابطة منتجي
 * الألبان), or up to two indefinite words that are no verbs (رابطة علماء البلد), then singular nisba
 * adjectives. Token end index.
 */
export function orgEnd(ctx: Ctx, k: number): number {
  const { toks } = ctx;
  const ok = (e: number) => e < toks.length && toks[e]!.word && !ctx.inQuote[e] && !AR_STOPS.has(toks[e]!.f);
  let e = k + 1;
  if (ok(e) && definite(toks[e]!.f)) {
    // قيادة الحركة: a body of another organisation; but وزارة الخارجية is one body (الخارجية alone
    // names that ministry), and so is any head before a ministry's field (منظمة الصحة العالمية).
    const field = AR_MINISTRY_FIELDS.has(stripConj(toks[e]!.f));
    if (AR_ORG_HEADS.has(stripConj(toks[e]!.f)) && !field && !/^(?:ال)?وزاره$/u.test(toks[k]!.f.replace(/^[وف](?=وزاره)/u, ''))) return k;
    e++;
    while (ok(e) && /^وال/u.test(toks[e]!.f)) e++;
  } else {
    while (ok(e) && !definite(toks[e]!.f) && !verbShaped(toks[e]!.f) && e - k <= ORG_INDEFINITE) e++;
    // A noun in construct (منتجي، هيئة) is closed by a definite word: رابطة منتجي الألبان.
    if (e === k + 2 && /[يه]$/u.test(toks[k + 1]!.f) && ok(e) && definite(toks[e]!.f) && !nisba(toks[e]!.f)) e++;
  }
  while (ok(e) && nisba(toks[e]!.f)) e++;
  const afterNisba = e > k + 1 && nisba(toks[e - 1]!.f);
  // After its nisba, what the body is for or where it sits stays in its name: اللجنة الوطنية
  // للانتخابات، المجلس الوطني لحقوق الإنسان، السلطات المحلية لإقليم X.
  if (afterNisba && ok(e) && /^لل\p{L}{2,}/u.test(toks[e]!.f)) e++;
  // (Not a given name that starts with ل: صندوق التنمية لينا X.)
  else if (afterNisba && ok(e) && ok(e + 1) && /^ل\p{L}{3,}/u.test(toks[e]!.f) && !AR_GIVEN_NAMES.has(toks[e]!.f) && !AR_FEMALE_NAMES.has(toks[e]!.f) && (definite(toks[e + 1]!.f) || AR_TERRITORIES.has(toks[e]!.f.slice(1)))) {
    e += 2;
    // "المكتب السياسي لحزب الوحدة والتقدم": the party's name goes on with و + a definite word.
    while (ok(e) && /^وال/u.test(toks[e]!.f)) e++;
  }
  // السفارة الأردنية في الرباط: a mission's city is part of its name.
  const city = toks[e + 1];
  const posted = toks[e]?.f === 'في' && !!city?.word && !ctx.inQuote[e + 1] && (definite(city.f) || AR_PLACES.has(city.f));
  if (posted && MISSIONS.test(stripConj(toks[k]!.f))) e += 2;
  return e;
}

// Diplomatic missions, named with the city they sit in.
const MISSIONS = /^(?:ال)?(?:سفاره|قنصليه|بعثه)$/u;
