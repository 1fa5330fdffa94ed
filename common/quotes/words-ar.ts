// The Arabic word tests every speaker reader shares: definite and glued forms, boundaries of a
// name phrase (a cue, a stop word, a glued preposition), title heads, honorifics, emirs and walis,
// and the objects a verb may take after a name. Pure: no DOM, no Node. Tests words; reads no phrase.
import { AGENCY_HEADS, agencyName } from './agencies.js';
import * as lexiconAr from './lexicon-ar.js';
import { isComma, stripConj, stripPurposeL, type Tok } from './tokens.js';
import { foldKey } from '../text/normalize.js';

// Read once into module constants: hot loops then skip the module-namespace lookup on every word.
const { AR_COMPLEMENTISERS, AR_CUE_PREPS, AR_KIN, AR_CUE_VERBS, AR_HONORIFICS, AR_NAME_AL_PARTS, AR_NAME_LINKS, AR_ORG_HEADS, AR_GIVEN_NAMES, AR_NAMING_WORDS, AR_PARTICIPLES, AR_PLACES, AR_PRONOUN_SUBJECTS, AR_STOPS, AR_TITLE_HEADS, AR_AMIN_OF, AR_HELD_DIGNITIES } = lexiconAr;

// A name runs to at most four parts (given name, father's name, grandfather's or family name);
// longer runs are the start of what the speaker said.
export const MAX_NAME_UNITS = 4;
// How far to look for an agency's short name after وكالة (وكالة الأنباء السورية الرسمية (سانا)).
export const AGENCY_LOOKAHEAD = 8;
// How many words a title's "في …" place or department phrase may run before the name.
export const IN_PHRASE_MAX = 6;

// An indefinite accusative (هجوما، عنيفا): no article, three letters or more before a final ا.
export const ACCUSATIVE = /^(?!ال)\p{L}{3,}ا$/u;
export const isAl = (f: string): boolean => f.length > 3 && f.startsWith('ال');
/** A definite word, also behind a glued preposition or conjunction (بالمجلس، للسياحة، والتعليم). */
export const isDefinite = (f: string): boolean => isAl(f) || /^(?:بال|وال|فال|كال|لل)\p{L}{2,}/u.test(f);
/** The word itself if a lexicon knows it (وزير، وزارة), else without a glued و/ف. */
export const bareOf = (f: string): string => (AR_TITLE_HEADS.has(f) || AR_ORG_HEADS.has(f) ? f : stripConj(f));
/** A word as written, without tashkeel or tatweel (ه and ة kept apart, unlike its folded key). */
export const unvowelled = (raw: string): string => raw.replace(/[\u064B-\u0652\u0640]/gu, '');
// Memoised per folded word (bounded): asked for most words, several times each.
const cueMemo = new Map<string, boolean>();
export const isCue = (f: string): boolean => {
  let v = cueMemo.get(f);
  if (v === undefined) {
    if (cueMemo.size >= 50_000) cueMemo.clear();
    cueMemo.set(f, (v = AR_CUE_VERBS.has(f) || AR_CUE_VERBS.has(stripConj(f)) || AR_CUE_VERBS.has(stripPurposeL(f)) || AR_PARTICIPLES.has(f)));
  }
  return v;
};
export const arBoundary = (t: Tok | undefined): boolean =>
  !t || !t.word || AR_STOPS.has(t.f) || AR_COMPLEMENTISERS.has(t.f) || isCue(t.f) || AR_PRONOUN_SUBJECTS.has(t.f);
export const ILA = foldKey('إلى');
/** An indefinite word with a glued preposition (بربط، لتعزيز): a verb's complement, never a name part. */
// Nouns that merely start with ب/ل (بلاده in "أكد لافروف التزام بلاده", بيان، بنك، لجنة، لقاء) are excluded.
const B_L_NOUN = /^(?:بلاد|بلد|بيان|بنو?ك|بطء|برنامج|برلمان|بحر|لجن|لقاء|لغ|لحظ)/u;
export const gluedPrep = (t: Tok | undefined): boolean =>
  !!t?.word && t.f.length >= 4 && /^[بل]/u.test(t.f) && !/^(?:بال|لل)/u.test(t.f) && !B_L_NOUN.test(t.f) && !AR_NAME_LINKS.has(t.f)
  && !AR_PLACES.has(t.f) && !AR_ORG_HEADS.has(t.f) && !AR_NAMING_WORDS.has(t.f);
/** A derived-form verbal noun behind a glued ب/ل (بملاحظة، لتعزيز، باستخدام): a complement, never a name. */
export const GLUED_MASDAR = /^[بل](?:م\p{L}ا\p{L}{2}ه|ت\p{L}{2}ي\p{L}|ا\p{L}ت\p{L}ا\p{L}|است\p{L}{2}ا\p{L})$/u;
/** A definite derived-form verbal noun (الانسحاب، الإعلام، الانتخاب، الاستقبال، التعيين): the verb's
 * object after a name, never a family name (those end in ي when they have such a shape). */
export const DEFINITE_MASDAR = /^ال(?:ان\p{L}{2}ا\p{L}|ا\p{L}ت\p{L}ا\p{L}|ا\p{L}{2}ا\p{L}|است\p{L}{2}ا\p{L}|ت\p{L}{2}ي\p{L})$/u;
export const isTitleHead = (f: string): boolean => AR_TITLE_HEADS.has(f) || AR_TITLE_HEADS.has(stripConj(f)) || possessiveTitle(stripConj(f));
/** An office with a possessive (رئيسته، مديرها، وزيرهم: its head, her director): still an office.
 * Memoised per folded word (bounded), as isTitleHead asks it for most words. */
const possessiveMemo = new Map<string, boolean>();
function possessiveTitle(f: string): boolean {
  let v = possessiveMemo.get(f);
  if (v === undefined) {
    if (possessiveMemo.size >= 50_000) possessiveMemo.clear();
    const m = /^(\p{L}{3,}?)(?:ه|ها|هم|هما)$/u.exec(f);
    const stem = m?.[1] ?? '';
    // رئيسته: the ة of رئيسة is written ت before the suffix (folded, رئيسة is رئيسه).
    v = !!m && (AR_TITLE_HEADS.has(stem) || (stem.endsWith('ت') && AR_TITLE_HEADS.has(`${stem.slice(0, -1)}ه`)));
    possessiveMemo.set(f, v);
  }
  return v;
}

/** An agency behind a glued ل (لفرانس، لوكالة، لرويترز): the outlet told, never a name or title part. */
export const toldAgency = (f: string): boolean => /^ل\p{L}{3,}/u.test(f) && (agencyName(f.slice(1)) !== null || AGENCY_HEADS.has(f.slice(1)));

/** Punctuation, the end, or أن/إن or a cue after a word: the phrase ends there. */
export const edgeAfter = (t: Tok | undefined): boolean => !t || !t.word || AR_COMPLEMENTISERS.has(t.f) || isCue(t.f);

/** "علي" spelt with ya before a bare word is the name Ali, not the preposition على folded to it. */
export const isAli = (toks: Tok[], j: number): boolean => {
  const t = toks[j];
  const n = toks[j + 1];
  if (!t || t.f !== 'علي' || unvowelled(t.raw) !== 'علي') return false;
  // "وقال المحامي خالد علي، …": the preposition على never stands before a comma, colon or full stop
  // (it may before a quote mark: أكد على «…»).
  if (!n?.word) return !n || /^[،,:.؛]$/u.test(n.raw);
  // "خالد علي للصحفيين": after a given name, before a word glued to لل or بال (which the preposition
  // على never governs), it is the family name.
  if (/^(?:لل|بال)\p{L}{2,}/u.test(n.f) && AR_GIVEN_NAMES.has(toks[j - 1]?.f ?? '')) return true;
  if (!isDefinite(n.f)) return !AR_STOPS.has(n.f) && !AR_COMPLEMENTISERS.has(n.f);
  // "علي التكبالي،" "علي الزيدي أن": a definite nisba that closes the phrase is a surname, while
  // the preposition's object runs on (على الأقل، على الحكومة أن تتحمل).
  const after = toks[j + 2];
  if (AR_STOPS.has(n.f)) return false;
  if (isAl(n.f) && n.f.endsWith('ي') && (!after?.word || AR_COMPLEMENTISERS.has(after.f) || isCue(after.f))) return true;
  // "النائب علي الخطيب،": right after an office (a noun, not a verb that takes على) and closed by a
  // comma or a cue, any definite surname.
  const p = toks[j - 1];
  return !!p?.word && AR_TITLE_HEADS.has(p.f) && (isComma(after) || (!!after?.word && isCue(after.f)));
};
/** "والي ولاية نهر النيل"، "والي الخرطوم": the governor's title, spelt with ي and followed by the
 * province; the folded key is also that of وإلى ("and to"), so the raw spelling decides. */
export const isWali = (toks: Tok[], j: number): boolean => {
  const t = toks[j];
  const n = toks[j + 1];
  if (!t || t.f !== 'والي' || unvowelled(t.raw) !== 'والي' || !n?.word) return false;
  // Also the governor of a bank (والي بنك المغرب): the Moroccan central bank's head.
  return n.f.startsWith('ولايه') || AR_PLACES.has(n.f) || AR_ORG_HEADS.has(n.f) || (isAl(n.f) && !AR_STOPS.has(n.f));
};

/** "أمير منطقة الرياض"، "أمير قطر": أمير (also the given name Amir) is the office before a region,
 * an emirate or a place. */
export const isEmir = (toks: Tok[], j: number): boolean => {
  const n = toks[j + 1];
  // (or any definite place before the emir's own title: أمير القصيم الأمير X، أمير تبوك صاحب السمو)
  const styled = !!n?.word && !arBoundary(n) && ['الامير', 'صاحب', 'سمو'].includes(toks[j + 2]?.f ?? '');
  return toks[j]?.f === 'امير' && !!n?.word && (/^(?:ال)?(?:منطقه|دوله|اماره)$/u.test(n.f) || AR_PLACES.has(n.f) || styled);
};

/** "أمين الفارس الرئيس التنفيذي"، "المهندس أمين السالم أن": أمين before a family name and then
 * an office (after a comma or not) or the phrase's end is the given name, not the office (أمين
 * عام، أمين العاصمة). */
export const givenNameOffice = (toks: Tok[], j: number): boolean => {
  // (Not أمير: before a definite word it is an emir's office, أمير القصيم الأمير X.)
  if (toks[j]?.f !== 'امين') return false;
  const n = toks[j + 1];
  if (!n?.word || !isAl(n.f) || isTitleHead(n.f) || AR_ORG_HEADS.has(n.f) || AR_AMIN_OF.has(n.f) || AR_PLACES.has(n.f)) return false;
  const t = toks[isComma(toks[j + 2]) ? j + 3 : j + 2];
  return (!!t?.word && isTitleHead(bareOf(t.f))) || edgeAfter(toks[j + 2]);
};

/** "إيان ليدل - غرينجر،": a hyphen written with spaces inside a double-barrelled foreign name, its
 * second part one plain word that ends the phrase (not an aside: "الفالح - في تصريح … -"). */
export const doubleBarrel = (toks: Tok[], j: number): boolean => {
  const n = toks[j + 1];
  const after = toks[j + 2];
  return /^[-–]$/u.test(toks[j]?.raw ?? '') && !!n?.word && !isAl(n.f) && !arBoundary(n) && !isCue(n.f) && !isTitleHead(bareOf(n.f))
    && (!after || (!after.word && /^[،,.:]$/u.test(after.raw)) || (after.word && AR_COMPLEMENTISERS.has(after.f)));
};

// Adjectives that end an office, never a name (السابق = former).
export const TIME_ADJECTIVES = new Set(['السابق', 'السابقة', 'الأسبق', 'الحالي', 'الحالية', 'المنتهية'].map((w) => foldKey(w)));
// A word with a possessive pronoun (زيارته، كلمتها، تصريحهم) as written (ه, not ة).
export const POSSESSED = /\p{L}{3,}(?:ه|ها|هم|هما)$/u;
/** A personal name starting at token i: returns the end index (exclusive), or i if none. */
// Perfect verbs of the derived forms VII, VIII and X (انفعل، افتعل، استفعل), maybe after و/ف.
export const DERIVED_PERFECT = /^[وف]?(?:ان\p{L}{3}|ا\p{L}ت\p{L}{2}|است\p{L}{3})$/u;

/** An indefinite object at `k` after a name: an accusative in -ا (اجتماعا) or a noun written with
 * ة governing a preposition (رسالة إلى); never a given name. */
export const indefiniteObjectAt = (toks: Tok[], k: number): boolean => {
  const t = toks[k];
  if (!t?.word || isAl(t.f) || AR_GIVEN_NAMES.has(t.f)) return false;
  const n = toks[k + 1];
  return ACCUSATIVE.test(t.f) || (/\p{L}{2,}ة$/u.test(t.raw) && !!n?.word && AR_CUE_PREPS.has(n.f));
};

/** A construct object at `k` after a name: a bare noun (no article, no given name, no name link)
 * governing a definite noun that is no name part (أعمال المؤتمر، مهام الوزارة), or a body in
 * construct (قرار وزارة الصحة). */
export const constructObjectAt = (toks: Tok[], k: number): boolean => {
  const t = toks[k];
  const n = toks[k + 1];
  if (!t?.word || !n?.word || isAl(t.f) || arBoundary(t) || AR_GIVEN_NAMES.has(t.f) || AR_NAME_LINKS.has(t.f) || t.f.startsWith('عبد')) return false;
  if (AR_STOPS.has(t.f) || AR_COMPLEMENTISERS.has(t.f) || isCue(t.f) || isTitleHead(bareOf(t.f))) return false;
  // Also through an organisation's head (أيد الأمير X بن Y قرار وزارة الصحة).
  const viaOrg = AR_ORG_HEADS.has(n.f) && !!toks[k + 2]?.word && isAl(toks[k + 2]!.f);
  return viaOrg || (isAl(n.f) && !AR_NAME_AL_PARTS.has(n.f) && !n.f.endsWith('ي'));
};

/** An honorific at `k` (السيد، الدكتور، د.): a one-letter one (د، م) only with its dot or slash,
 * as a lone letter is something else (the "و م ع" of a Moroccan dateline). */
/** A definite word right after a given name is that person's family name (أيمن القاضي، يوسف الحاج),
 * whatever else it can be (an honorific, an office). */
export const familyAfterGiven = (toks: Tok[], k: number): boolean =>
  !!toks[k - 1]?.word && AR_GIVEN_NAMES.has(toks[k - 1]!.f) && isAl(toks[k]?.f ?? '');

export const honorificAt = (toks: Tok[], k: number): boolean => {
  const t = toks[k];
  // صاحب is one only before the dignity it holds (صاحب السمو): صاحب المقال is the article's author.
  if (t?.f === 'صاحب' && !AR_HELD_DIGNITIES.has(toks[k + 1]?.f ?? '')) return false;
  // Right after a given name it is a family name (أيمن القاضي، محمد الشيخ), no honorific.
  if (familyAfterGiven(toks, k)) return false;
  return !!t?.word && AR_HONORIFICS.has(t.f) && (t.f.length > 1 || toks[k + 1]?.raw === '.' || toks[k + 1]?.raw === '/');
};

/** Past "صادر عن" / "صادر من" / "عن" after a statement noun (بلاغ صادر عن ديوان الوزير): where its
 * issuer starts. */
export function pastIssuedBy(toks: Tok[], i: number): number {
  let k = i;
  // (also the verb: بيان صدر عن الجيش، رسالة صدرت عن …)
  if (/^(?:ال)?صادر|^صدرت?$/u.test(toks[k]?.f ?? '')) k++;
  if (toks[k]?.f === 'عن' || toks[k]?.f === 'من') k++;
  return k;
}

/** A kin word, maybe behind و/ف (زوجة، ووالد): whose relative speaks is someone unnamed. */
export const isKin = (f: string): boolean => AR_KIN.has(f) || AR_KIN.has(stripConj(f));
