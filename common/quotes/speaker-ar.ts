// Reads an Arabic speaker phrase next to a cue verb: honorifics, a title with its modifiers, a name
// (compound parts and a final nisba included), an organisation, an agency or a pronoun subject.
// Pure: no DOM, no Node. Works on tokens; returns token ranges, never rewrites text.
import { agencyName, AGENCY_HEADS } from './agencies.js';
import * as lexiconAr from './lexicon-ar.js';
import { spanText, type KnownWords, type SpeakerRef } from './speaker-ref.js';
import { isComma, stripConj, stripPurposeL, type Tok } from './tokens.js';
import { foldKey } from '../text/normalize.js';

// Read once into module constants: hot loops then skip the module-namespace lookup on every word.
const {
  AR_ANONYMOUS_HEADS, AR_TERRITORIES, AR_COMPLEMENTISERS, AR_CUE_PREPS, AR_CUE_VERBS, AR_HONORIFICS, AR_NAME_AL_PARTS, AR_NAME_LINKS, AR_ORG_HEADS,
  AR_BLESSINGS, AR_MEDIA_HEADS, AR_OFFICE_PLURALS, AR_COMPLEMENT_PREPS, AR_AL_GIVEN_NAMES, AR_FEMALE_NAMES, AR_INITIALS, AR_STATEMENT_NOUNS, AR_GIVEN_NAMES, AR_REPRESENTING, AR_SAME_PERSON, AR_SON_OF, isTopicHead, AR_NAMING_WORDS, AR_PARTICIPLES, AR_PLACES, AR_PRONOUN_SUBJECTS, AR_STOPS, AR_TITLE_HEADS, AR_VENUES,
  AR_TITLE_LINKS: TITLE_LINKS, AR_PREDICATE_NOUNS, AR_AMIN_OF, AR_HELD_DIGNITIES, AR_OFFICE_ADJECTIVES, AR_AUXILIARIES, AR_LINKS, AR_OBJECT_PREPS, AR_RECENCY_ADJECTIVES,
} = lexiconAr;

// A name runs to at most four parts (given name, father's name, grandfather's or family name);
// longer runs are the start of what the speaker said.
const MAX_NAME_UNITS = 4;
// How far to look for an agency's short name after وكالة (وكالة الأنباء السورية الرسمية (سانا)).
const AGENCY_LOOKAHEAD = 8;
// How many words a title's "في …" place or department phrase may run before the name.
const IN_PHRASE_MAX = 6;

// An indefinite accusative (هجوما، عنيفا): no article, three letters or more before a final ا.
const ACCUSATIVE = /^(?!ال)\p{L}{3,}ا$/u;
const isAl = (f: string): boolean => f.length > 3 && f.startsWith('ال');
/** A definite word, also behind a glued preposition or conjunction (بالمجلس، للسياحة، والتعليم). */
const isDefinite = (f: string): boolean => isAl(f) || /^(?:بال|وال|فال|كال|لل)\p{L}{2,}/u.test(f);
/** The word itself if a lexicon knows it (وزير، وزارة), else without a glued و/ف. */
const bareOf = (f: string): string => (AR_TITLE_HEADS.has(f) || AR_ORG_HEADS.has(f) ? f : stripConj(f));
const QUOTE_MARK = /^[“”«»"„‹›]$/u;
// Memoised per folded word (bounded): asked for most words, several times each.
const cueMemo = new Map<string, boolean>();
const isCue = (f: string): boolean => {
  let v = cueMemo.get(f);
  if (v === undefined) {
    if (cueMemo.size >= 50_000) cueMemo.clear();
    cueMemo.set(f, (v = AR_CUE_VERBS.has(f) || AR_CUE_VERBS.has(stripConj(f)) || AR_CUE_VERBS.has(stripPurposeL(f)) || AR_PARTICIPLES.has(f)));
  }
  return v;
};
export const arBoundary = (t: Tok | undefined): boolean =>
  !t || !t.word || AR_STOPS.has(t.f) || AR_COMPLEMENTISERS.has(t.f) || isCue(t.f) || AR_PRONOUN_SUBJECTS.has(t.f);
const ILA = foldKey('إلى');
/** An indefinite word with a glued preposition (بربط، لتعزيز): a verb's complement, never a name part. */
// Nouns that merely start with ب/ل (بلاده in "أكد لافروف التزام بلاده", بيان، بنك، لجنة، لقاء) are excluded.
const B_L_NOUN = /^(?:بلاد|بلد|بيان|بنو?ك|بطء|برنامج|برلمان|بحر|لجن|لقاء|لغ|لحظ)/u;
export const gluedPrep = (t: Tok | undefined): boolean =>
  !!t?.word && t.f.length >= 4 && /^[بل]/u.test(t.f) && !/^(?:بال|لل)/u.test(t.f) && !B_L_NOUN.test(t.f) && !AR_NAME_LINKS.has(t.f)
  && !AR_PLACES.has(t.f) && !AR_ORG_HEADS.has(t.f) && !AR_NAMING_WORDS.has(t.f);
/** A derived-form verbal noun behind a glued ب/ل (بملاحظة، لتعزيز، باستخدام): a complement, never a name. */
const GLUED_MASDAR = /^[بل](?:م\p{L}ا\p{L}{2}ه|ت\p{L}{2}ي\p{L}|ا\p{L}ت\p{L}ا\p{L}|است\p{L}{2}ا\p{L})$/u;
/** A definite derived-form verbal noun (الانسحاب، الإعلام، الانتخاب، الاستقبال، التعيين): the verb's
 * object after a name, never a family name (those end in ي when they have such a shape). */
const DEFINITE_MASDAR = /^ال(?:ان\p{L}{2}ا\p{L}|ا\p{L}ت\p{L}ا\p{L}|ا\p{L}{2}ا\p{L}|است\p{L}{2}ا\p{L}|ت\p{L}{2}ي\p{L})$/u;
const isTitleHead = (f: string): boolean => AR_TITLE_HEADS.has(f) || AR_TITLE_HEADS.has(stripConj(f)) || possessiveTitle(stripConj(f));
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
const toldAgency = (f: string): boolean => /^ل\p{L}{3,}/u.test(f) && (agencyName(f.slice(1)) !== null || AGENCY_HEADS.has(f.slice(1)));

/** Punctuation, the end, or أن/إن or a cue after a word: the phrase ends there. */
const edgeAfter = (t: Tok | undefined): boolean => !t || !t.word || AR_COMPLEMENTISERS.has(t.f) || isCue(t.f);

/** "علي" spelt with ya before a bare word is the name Ali, not the preposition على folded to it. */
const isAli = (toks: Tok[], j: number): boolean => {
  const t = toks[j];
  const n = toks[j + 1];
  if (!t || t.f !== 'علي' || t.raw.replace(/[\u064B-\u0652]/gu, '') !== 'علي' || !n?.word) return false;
  if (!isDefinite(n.f)) return !AR_STOPS.has(n.f) && !AR_COMPLEMENTISERS.has(n.f);
  // "علي التكبالي،" "علي الزيدي أن": a definite nisba that closes the phrase is a surname, while
  // the preposition's object runs on (على الأقل، على الحكومة أن تتحمل).
  const after = toks[j + 2];
  return isAl(n.f) && n.f.endsWith('ي') && !AR_STOPS.has(n.f) && (!after?.word || AR_COMPLEMENTISERS.has(after.f) || isCue(after.f));
};
/** "والي ولاية نهر النيل"، "والي الخرطوم": the governor's title, spelt with ي and followed by the
 * province; the folded key is also that of وإلى ("and to"), so the raw spelling decides. */
const isWali = (toks: Tok[], j: number): boolean => {
  const t = toks[j];
  const n = toks[j + 1];
  if (!t || t.f !== 'والي' || t.raw.replace(/[\u064B-\u0652]/gu, '') !== 'والي' || !n?.word) return false;
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
const givenNameOffice = (toks: Tok[], j: number): boolean => {
  // (Not أمير: before a definite word it is an emir's office, أمير القصيم الأمير X.)
  if (toks[j]?.f !== 'امين') return false;
  const n = toks[j + 1];
  if (!n?.word || !isAl(n.f) || isTitleHead(n.f) || AR_ORG_HEADS.has(n.f) || AR_AMIN_OF.has(n.f) || AR_PLACES.has(n.f)) return false;
  const t = toks[isComma(toks[j + 2]) ? j + 3 : j + 2];
  return (!!t?.word && isTitleHead(bareOf(t.f))) || edgeAfter(toks[j + 2]);
};

/** "إيان ليدل - غرينجر،": a hyphen written with spaces inside a double-barrelled foreign name, its
 * second part one plain word that ends the phrase (not an aside: "الفالح - في تصريح … -"). */
const doubleBarrel = (toks: Tok[], j: number): boolean => {
  const n = toks[j + 1];
  const after = toks[j + 2];
  return /^[-–]$/u.test(toks[j]?.raw ?? '') && !!n?.word && !isAl(n.f) && !arBoundary(n) && !isCue(n.f) && !isTitleHead(bareOf(n.f))
    && (!after || (!after.word && /^[،,.:]$/u.test(after.raw)) || (after.word && AR_COMPLEMENTISERS.has(after.f)));
};

// Adjectives that end an office, never a name (السابق = former).
const TIME_ADJECTIVES = new Set(['السابق', 'السابقة', 'الأسبق', 'الحالي', 'الحالية', 'المنتهية'].map((w) => foldKey(w)));
// A word with a possessive pronoun (زيارته، كلمتها، تصريحهم) as written (ه, not ة).
const POSSESSED = /\p{L}{3,}(?:ه|ها|هم|هما)$/u;
/** A personal name starting at token i: returns the end index (exclusive), or i if none. */
// Perfect verbs of the derived forms VII, VIII and X (انفعل، افتعل، استفعل), maybe after و/ف.
const DERIVED_PERFECT = /^[وف]?(?:ان\p{L}{3}|ا\p{L}ت\p{L}{2}|است\p{L}{3})$/u;

export function arName(toks: Tok[], i: number, known?: (f: string) => boolean): number {
  let j = i;
  let units = 0;
  while (units < MAX_NAME_UNITS) {
    const t = toks[j];
    if (isAli(toks, j)) {
      j++;
      units++;
      continue;
    }
    if (units > 0 && doubleBarrel(toks, j)) {
      j += 2;
      units++;
      continue;
    }
    if (arBoundary(t) || AR_HONORIFICS.has(t!.f)) break;
    const f = t!.f;
    // A word in Latin letters (an outlet's name: مراسلة JIN News) is never part of an Arabic name,
    // nor is the agency told (قال المدير لفرانس برس).
    if (/\p{Script=Latin}/u.test(t!.raw) || toldAgency(f)) break;
    if (GLUED_MASDAR.test(f)) break;
    // A preposition glued to a definite or an institution word (بالمجلس، ببرنامج، لوزارة) follows the name.
    if (units > 0 && (/^(?:بال|لل)\p{L}{2,}/u.test(f) || (/^[بل]\p{L}{3,}/u.test(f) && (AR_NAMING_WORDS.has(f.slice(1)) || AR_ORG_HEADS.has(f.slice(1)))))) break;
    // "شن الوزير هجوما عنيفا على …": an indefinite accusative noun with its adjective (both in -ا,
    // tanween unwritten) is the verb's object.
    // A participle of saying after it (أوباما قائلا، دوبوا مضيفا) is the cue, not the adjective.
    if (ACCUSATIVE.test(f) && ACCUSATIVE.test(toks[j + 1]?.f ?? '') && !AR_PARTICIPLES.has(toks[j + 1]!.f) && !AR_GIVEN_NAMES.has(f)) break;
    // "اعتبر X صديقا"، "اتخذ X نموذجا": what someone is taken for, in the accusative, is no name part.
    if (units > 0 && AR_PREDICATE_NOUNS.has(stripConj(f))) break;
    // "أعلن الوزير علاء فاروق خطة لترشيد المياه": a ة-noun governing a glued ل/ب complement after a
    // two-part name is the verb's object.
    if (units >= 2 && f.endsWith('ه') && (gluedPrep(toks[j + 1]) || GLUED_MASDAR.test(toks[j + 1]?.f ?? '')) && !AR_GIVEN_NAMES.has(f)) break;
    // "واعترف الأمير فهد بن عبدالله بوجود نتائج": after a full name, an unknown word glued to ب/ل
    // with more words after it is the verb's complement (a surname like بوريطة ends the phrase).
    if (units >= 2 && gluedPrep(t) && !(known?.(f) ?? false) && !AR_GIVEN_NAMES.has(f) && toks[j + 1]?.word && !arBoundary(toks[j + 1])) break;
    // "قام الوزير جون ماريو بزيارة إلى": a ة-noun glued to ب/ل (no بو/بن/بل family name) is the complement.
    if (units >= 2 && gluedPrep(t) && /^[بل](?!و|ن|ل)\p{L}{3,}ه$/u.test(f) && !(known?.(f) ?? false)) break;
    // "ونبّه عبد الإله بنكيران شبيبته إلى": after a full name, a noun with a pronoun suffix (ه written,
    // not ة) is the verb's object.
    const bareRaw = t!.raw.replace(/[\u064B-\u0652\u0640]/gu, '');
    if (units >= 2 && /\p{L}{4,}(?:ه|ها|هم)$/u.test(bareRaw) && !/الله$/u.test(bareRaw) && !(known?.(f) ?? false) && !AR_GIVEN_NAMES.has(f)) break;
    // "في مقطع فيديو"، "وجّهت الفنانة نادين رسالة إلى": where or how words were said is no name part.
    if (AR_VENUES.has(f)) break;
    // "وجّه الوزير رسالة إلى المزارعين": a ة-noun governing إلى is the object, not a name.
    if (units === 0 && f.endsWith('ه') && toks[j + 1]?.f === ILA) break;
    if (/^وال/.test(f) && units > 0) break; // "مهدي رضائي والوفد المرافق": coordination ends the name
    // A verb governing عدم (فضّلت عدم ذكر اسمها، طلب عدم الكشف عن هويته): the anonymity formula.
    // Not a surname before it (أبدى المدرب دانييل بوبيسكو عدم رضاه: the verb opened the clause).
    if (toks[j + 1]?.f === 'عدم' && (units === 0 || /ت$/u.test(f))) break;
    // From the third part on, a verb-shaped word ends the name: future سيعرض, perfect تناولت.
    if (units >= 2 && (/^س[يت]\p{L}{2,}[^ي]$/u.test(f) || /^\p{L}{4,}ت$/u.test(f))) break;
    // Any part shaped like a feminine perfect with a ت- stem (تناولت، تمكنت) is a verb, not a name.
    // (Also a shorter one behind و: وتولت، وتبنت.)
    if (/^ت\p{L}{3,}ت$/u.test(f) || /^[وف]ت\p{L}{2}ت$/u.test(f)) break;
    // "وبنت الصحراء"، "وابن المدينة": a name link behind و opens an epithet, never a name; nor
    // does a ة-noun behind و (ومدير المرور ومتابعة قائد الدوريات): a second thing coordinated.
    if (units === 0 && /^[وف]/u.test(f) && AR_NAME_LINKS.has(f.slice(1))) break;
    if (units === 0 && /^و\p{L}{3,}ه$/u.test(t!.f) && /ة$/u.test(t!.raw) && !AR_GIVEN_NAMES.has(f) && !AR_FEMALE_NAMES.has(f) && !AR_FEMALE_NAMES.has(f.slice(1))) break;
    // Offices in the plural after a name (دعا علي بلحاج قادة الجبهة) are the verb's object.
    if (units > 0 && AR_OFFICE_PLURALS.has(f)) break;
    // So is a derived-form perfect before its definite subject (الملك انخرط المغرب، اعتبر الوزير);
    // not a foreign given name of that shape before a surname (أندري مارتن، أنطون …).
    if (isAl(toks[j + 1]?.f ?? '') && DERIVED_PERFECT.test(f) && !AR_GIVEN_NAMES.has(f) && !(known?.(f) ?? false)) break;
    // "أصدرت المؤسسة بياناً قالت فيه": a statement noun in the accusative is the verb's object.
    if (/ا$/u.test(f) && AR_STATEMENT_NOUNS.has(f.slice(0, -1))) break;
    // An adverbial accusative with tanween (بدا جيسوس واثقاً، وقف الوزير صامتاً) is no name part.
    if (units > 0 && /\u064B$/u.test(t!.raw)) break;
    // (علي spelt with ي after a link is the name Ali, not the preposition: لحسن أيت علي، بن علي.)
    const linked = toks[j + 1]?.word && (!arBoundary(toks[j + 1]) || toks[j + 1]!.raw.replace(/[\u064B-\u0652]/gu, '') === 'علي');
    if (AR_NAME_LINKS.has(f) && linked) {
      j += 2;
      units++;
      // "ليلى عبد الرحمن أعمال المؤتمر"، "خالد بن سالم رسالة إلى": a linked part before the verb's
      // object ends the name.
      if (units > 1 && (constructObjectAt(toks, j) || indefiniteObjectAt(toks, j))) break;
      continue;
    }
    if (f.startsWith('عبد') && f.length > 4) {
      j++;
      units++;
      continue;
    }
    // A Maghrebi given name with the article (الحبيب المالكي) opens a name before another name word.
    const n0 = toks[j + 1];
    // So does a foreign given name that merely starts with ال (أليس، إلياس، إليزابيث).
    if (units === 0 && (AR_AL_GIVEN_NAMES.has(f) || AR_GIVEN_NAMES.has(f) || AR_FEMALE_NAMES.has(f)) && n0?.word && !arBoundary(n0) && !isTitleHead(bareOf(n0.f)) && !AR_ORG_HEADS.has(n0.f) && !isCue(n0.f)) {
      j++;
      units++;
      continue;
    }
    // A given name with the article before a name link (الوليد بن طلال، الحسن بن علي) is a name part.
    if (units === 0 && isAl(f) && !isTitleHead(f) && !AR_ORG_HEADS.has(f) && AR_SON_OF.has(toks[j + 1]?.f ?? '') && toks[j + 2]?.word) {
      j++;
      units++;
      continue;
    }
    // آلان (Alan) folds to الان but its آ is no article.
    if (units > 0 && AR_RECENCY_ADJECTIVES.has(f)) break;
    // "رد فعل الحزب" (the party's reaction): فعل is a noun or a verb, never a name's first word.
    if (units === 0 && (f === 'فعل' || f === 'الفعل')) break;
    if (isAl(f) && !t!.raw.startsWith('آ')) {
      // "أعلن الوزير فيدان الانسحاب من …": a verbal noun after a name is its object.
      if (units > 0 && DEFINITE_MASDAR.test(f) && !(known?.(f) ?? false)) break;
      if (AR_NAME_AL_PARTS.has(f) && units > 0) {
        j++;
        continue;
      }
      // "أحمد المفتي،" "هشام الوزير، نائب …": an office word right after a name part and before
      // punctuation or أن is the family name.
      // So is one before another office (أكد هشام الوزير نائب محافظ البنك).
      const officeNext = !!toks[j + 1]?.word && !isAl(toks[j + 1]!.f) && isTitleHead(bareOf(toks[j + 1]!.f));
      if (isTitleHead(f) && units > 0 && !isTitleHead(toks[j - 1]!.f) && (edgeAfter(toks[j + 1]) || officeNext)) {
        j++;
        break;
      }
      if (isTitleHead(f) || AR_ORG_HEADS.has(f)) break;
      // A final definite part closes a name: a nisba (الشيباني), a known surname, or a short name
      // right before punctuation (سلمى القاسم،); after three parts it is the next clause instead.
      // Also before a word glued to ب/ل that the verb governs (طالبت النائبة جنان يوسف الرشيد بربط …).
      // So does an adverbial accusative after it (بدا المسرحي X الجبران متألماً).
      const hal = !!toks[j + 1]?.word && /\u064B/u.test(toks[j + 1]!.raw);
      // So does a definite noun right after it (وصف الوزير سامي الحداد القرار بأنه): the verb's object.
      const object = !!toks[j + 1]?.word && isAl(toks[j + 1]!.f) && !toks[j + 1]!.f.endsWith('ي') && !AR_NAME_AL_PARTS.has(toks[j + 1]!.f) && !TIME_ADJECTIVES.has(toks[j + 1]!.f);
      // And before a preposition glued to a definite word (أماني الخياط للشعب العماني).
      // (and before a coordinated definite word: صفاء الهاشم والدموع تسبقها).
      const pp = !!toks[j + 1]?.word && /^(?:بال|لل|وال)\p{L}{2,}/u.test(toks[j + 1]!.f);
      // So does an office in apposition right after it (قال سامي الحداد وزير العدل إن).
      const office = units > 0 && !!toks[j + 1]?.word && isTitleHead(bareOf(toks[j + 1]!.f));
      // So does an indefinite object after it: an accusative in -ا (ترأس الوزير سامي الحداد اجتماعا)
      // or a ة-noun governing a preposition (وجه الوزير سامي الحداد رسالة إلى).
      const indefObject = units > 0 && indefiniteObjectAt(toks, j + 1);
      // So does a construct object after it (افتتح الوزير سامي الحداد أعمال المؤتمر): a bare noun
      // governing a definite one.
      const construct = units > 0 && constructObjectAt(toks, j + 1);
      // So does a definite part before بن (بندر الحسين بن تركي): the lineage goes on.
      const lineage = units > 0 && AR_SON_OF.has(toks[j + 1]?.f ?? '') && !!toks[j + 2]?.word && !arBoundary(toks[j + 2]);
      const closes = f.endsWith('ي') || lineage || (known?.(f) ?? false) || (units <= 2 && (arBoundary(toks[j + 1]) || gluedPrep(toks[j + 1]) || hal || pp || office || indefObject || construct || (units > 0 && object)));
      // "أحمد ناصر المحمد الصباح،": two definite family parts before punctuation are the surname
      // (not a body after the name: سمير الحداد الحكومة،).
      const n1 = toks[j + 1];
      const pair = units > 0 && !f.endsWith('ي') && !!n1?.word && !arBoundary(n1) && isAl(n1.f) && !isTitleHead(n1.f) && !AR_ORG_HEADS.has(n1.f) && !toks[j + 2]?.word;
      if (pair) j++;
      if (closes || pair) j++;
      if (pair) break;
      // "محمد البدوي أبو قرون": a kunya or بن-part after the nisba is the family name going on.
      const link = toks[j];
      if (closes && link?.word && AR_NAME_LINKS.has(link.f) && units + 1 < MAX_NAME_UNITS && toks[j + 1]?.word && !arBoundary(toks[j + 1])) {
        units++;
        continue;
      }
      break;
    }
    // "محمد أمين الزياني": أمين inside a name is the given name Amin, not the office (أمين عام).
    const amin = (units > 0 && f === 'امين' && !!toks[j + 1]?.word && !arBoundary(toks[j + 1]) && !/^(?:ال)?عام$/u.test(toks[j + 1]!.f)) || (units === 0 && givenNameOffice(toks, j));
    if ((isTitleHead(f) || AR_ORG_HEADS.has(f)) && !amin) break;
    // "طلال بن سعد أمير منطقة حائل": the emir's office after a name is its apposition.
    if (units > 0 && isEmir(toks, j)) break;
    j++;
    units++;
  }
  return j;
}

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
export const honorificAt = (toks: Tok[], k: number): boolean => {
  const t = toks[k];
  // صاحب is one only before the dignity it holds (صاحب السمو): صاحب المقال is the article's author.
  if (t?.f === 'صاحب' && !AR_HELD_DIGNITIES.has(toks[k + 1]?.f ?? '')) return false;
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

/** The speaker phrase that starts at token i (the word after a cue), or null if none starts there. */
// Readings already made, per token array and position: a cue, registration and pro-drop ask for
// the same position two or three times. A reading depends on the known name words too, so it is
// reused only while `known` is the same function and has learnt no word since (its `generation`).
type Reading = { known: KnownWords | undefined; generation: number; ref: SpeakerRef | null };
const readings = new WeakMap<Tok[], Map<number, Reading>>();

/** The speaker phrase that starts at token `i` (see readSpeakerAt), memoised. Callers must not
 * mutate the returned reference (they copy it: `{ ...ref }`). */
export function arSpeakerAt(body: string, toks: Tok[], i: number, known?: KnownWords): SpeakerRef | null {
  let seen = readings.get(toks);
  if (!seen) readings.set(toks, (seen = new Map()));
  const generation = known?.generation ?? -1;
  const hit = seen.get(i);
  if (hit && hit.known === known && hit.generation === generation && generation >= 0) return hit.ref;
  const ref = readSpeakerAt(body, toks, i, known);
  seen.set(i, { known, generation, ref });
  return ref;
}

function readSpeakerAt(body: string, toks: Tok[], i: number, known?: (f: string) => boolean): SpeakerRef | null {
  const first = toks[i];
  // وذكر “مجاهد” أن: a name of one to three words in quote marks right after the cue.
  if (first && QUOTE_MARK.test(first.raw) && quotedSubject(toks, i, known)) {
    const e = arName(toks, i + 1, known);
    return { kind: 'name', text: spanText(body, toks, i + 1, e), title: null, from: i + 1, to: e };
  }
  // "وقال (م.ع)، فلاح، 54 سنة:": a person the story names only by initials in brackets.
  if (first?.raw === '(' && AR_INITIALS.test(toks[i + 1]?.raw ?? '') && toks[i + 2]?.raw === ')') {
    return { kind: 'name', text: toks[i + 1]!.raw, title: null, from: i + 1, to: i + 3 };
  }
  const bracketed = first?.raw === '(' ? bracketedOutlet(body, toks, i) : null;
  if (bracketed) return bracketed;
  if (!first || !first.word) return null;
  if (AR_PRONOUN_SUBJECTS.has(first.f)) return { kind: 'pronoun', text: first.raw, from: i, to: i + 1 };
  // "دعا علي بلحاج": علي before a bare word is the name Ali, not the preposition على.
  if (arBoundary(first) && !isAli(toks, i)) return null;
  const agency = agencyAt(toks, i);
  if (agency) return agency;
  let j = i;
  while (honorificAt(toks, j)) j++;
  while (toks[j] && !toks[j]!.word && toks[j]!.raw === '.') j++;
  const head = toks[j];
  // "ورد القاضي على …": an honorific with no name after it is a title of its own (القاضي، الشيخ).
  if (j > i && (!head?.word || arBoundary(head))) return { kind: 'title', text: spanText(body, toks, i, j), from: i, to: j };
  if (!head?.word) return null;
  // "وقال صاحب المتجر": the owner of something, whom the story does not name (never صاحب السمو).
  if ((head.f === 'صاحب' || head.f === 'صاحبه') && toks[j + 1]?.word && isAl(toks[j + 1]!.f)) return { kind: 'title', text: spanText(body, toks, j, j + 2), from: i, to: j + 2 };
  const national = nationalityName(body, toks, i, j, known);
  if (national) return national;
  const headF = bareOf(head.f);
  const outlet = mediaOutlet(body, toks, i, j) ?? definiteOutlet(body, toks, i, j);
  if (outlet) return outlet;
  if ((isTitleHead(headF) || AR_ORG_HEADS.has(headF) || isWali(toks, j) || isEmir(toks, j)) && !givenNameOffice(toks, j)) return titled(body, toks, i, j, known);
  // "وكان المعزول كريم ناصر"، "الراحل سامي X": a describing word right before a given name
  // is its epithet, the name after it the speaker.
  const given = toks[j + 1];
  // (Not the preposition على, which folds like the name علي.)
  const named = !!given?.word && (AR_GIVEN_NAMES.has(given.f) || /^عبد\p{L}{2,}/u.test(given.f)) && given.raw.replace(/[\u064B-\u0652]/gu, '') !== 'على';
  if (isAl(head.f) && !AR_ORG_HEADS.has(head.f) && named) {
    const e = arName(toks, j + 1, known);
    if (e > j + 1) return { kind: 'name', text: spanText(body, toks, j + 1, e), title: head.raw, from: i, to: e };
  }
  const end = arName(toks, j, known);
  if (end > j) {
    // A name followed by its title (سهيل بن حمد المطروشي وزير الطاقة، هاني عبد الحميد، نائب الوزير).
    const t = toks[end]?.raw === '،' || toks[end]?.raw === ',' ? end + 1 : end;
    const after = toks[t]?.word && (isTitleHead(bareOf(toks[t]!.f)) || isEmir(toks, t)) ? titled(body, toks, t, t, known) : null;
    // A title that names something of its own (المدير الفني لفريق النجوم) keeps the part before it.
    const title = !after ? null : after.kind === 'name' ? after.title : after.text;
    return { kind: 'name', text: withoutAnd(spanText(body, toks, j, end), head.f, known), title, from: i, to: end };
  }
  // An ال-phrase that is no known title: an institution speaking (الحكومة، النيابة العامة).
  let k = j;
  while (k < j + 3 && toks[k]?.word && isAl(toks[k]!.f) && !arBoundary(toks[k])) k++;
  return k > j ? { kind: 'org', text: spanText(body, toks, j, k), from: i, to: k } : null;
}

/** "وذكرت المجلة"، "وأضافت الصحيفة الأمريكية": a definite outlet head with its nationality, an
 * organisation the resolver puts a name to (the outlet of that kind named last). */
function definiteOutlet(body: string, toks: Tok[], i: number, j: number): SpeakerRef | null {
  const f = stripConj(toks[j]!.f);
  if (!/^ال/u.test(f) || !AR_MEDIA_HEADS.has(f.slice(2))) return null;
  let k = j + 1;
  while (toks[k]?.word && /^ال\p{L}{3,}يه?$/u.test(toks[k]!.f) && !isTitleHead(toks[k]!.f)) k++;
  return { kind: 'org', text: spanText(body, toks, j, k), from: i, to: k };
}

// How many words an outlet named in brackets after a cue may have (كتبت (نيوز ويك)).
const BRACKETED_WORDS = 3;
/** "كتبت (نيوز ويك)، المجلة الأمريكية، أن …": an outlet or body named in brackets right after the
 * cue (one to three words, no digits, not a person's initials), which a later "المجلة" means. */
function bracketedOutlet(body: string, toks: Tok[], i: number): SpeakerRef | null {
  let k = i + 1;
  while (k <= i + BRACKETED_WORDS && toks[k]?.word && !/\p{N}/u.test(toks[k]!.raw)) k++;
  if (k === i + 1 || toks[k]?.raw !== ')' || AR_INITIALS.test(toks[i + 1]!.raw) || arBoundary(toks[i + 1])) return null;
  return { kind: 'org', text: spanText(body, toks, i + 1, k), from: i + 1, to: k + 1, outlet: true };
}

/** "موقع “ميديا بارت”"، "قناة "العربية"": an outlet's head with its name in marks (one to four
 * words), the marks kept as written. */
function mediaOutlet(body: string, toks: Tok[], i: number, j: number): SpeakerRef | null {
  if (!AR_MEDIA_HEADS.has(stripConj(toks[j]!.f)) || !QUOTE_MARK.test(toks[j + 1]?.raw ?? '')) return null;
  let e = j + 2;
  while (e < j + 6 && toks[e]?.word) e++;
  return e > j + 2 && QUOTE_MARK.test(toks[e]?.raw ?? '') ? { kind: 'org', text: spanText(body, toks, j, e + 1), from: i, to: e + 1 } : null;
}

/** "ورينزي: «…»": a glued و before a name the article already gave (رينزي) is the conjunction. */
const withoutAnd = (text: string, f: string, known?: (f: string) => boolean): string =>
  /^[وف]\p{L}{3,}$/u.test(f) && !known?.(f) && known?.(f.slice(1)) ? text.slice(1) : text;

/** An agency as the subject: its name (سانا), or a head (وكالة الأنباء …) with its name a few words on. */
function agencyAt(toks: Tok[], i: number): SpeakerRef | null {
  const agency = agencyName(toks[i]!.f);
  if (agency) return { kind: 'agency', text: agency, from: i, to: i + 1 };
  if (AGENCY_HEADS.has(toks[i]!.f)) {
    for (let k = i + 1; k < Math.min(toks.length, i + AGENCY_LOOKAHEAD); k++) {
      const a = agencyName(toks[k]!.f);
      if (a) return { kind: 'agency', text: a, from: i, to: k + 1 };
      if (toks[k]!.word && (AR_STOPS.has(toks[k]!.f) || AR_COMPLEMENTISERS.has(toks[k]!.f))) break;
    }
  }
  return null;
}

/** A nationality before a foreign name (الروماني ليوناردو ياردين، البرتغالي جورجي جيسوس): the
 * name is the speaker; a title after it is read as usual. A surname the article already gave
 * (ودعت المهيري أفراد المجتمع) is the speaker itself, and the name must end cleanly: punctuation,
 * أن/إن, a cue or an adverbial accusative (واثقاً). */
function nationalityName(body: string, toks: Tok[], i: number, j: number, known?: (f: string) => boolean): SpeakerRef | null {
  const head = toks[j]!;
  if (!(isAl(head.f) && head.f.endsWith('ي') && !isTitleHead(head.f) && !AR_ORG_HEADS.has(head.f) && !known?.(head.f) && toks[j + 1]?.word)) return null;
  const ne = arName(toks, j + 1, known);
  const after = toks[ne];
  const clean = !after?.word || AR_COMPLEMENTISERS.has(after.f) || isCue(after.f) || /\u064B$/u.test(after.raw);
  if (!(ne > j + 2 && clean && !isAl(toks[j + 1]!.f))) return null;
  const ref = arSpeakerAt(body, toks, j + 1, known);
  return ref?.kind === 'name' ? { ...ref, from: i } : null;
}

/** An anonymous source (مسؤول يمني رفيع، أحد المعلمين في ريف إدلب): the title up to a stop. */
function anonymousTitle(body: string, toks: Tok[], i: number, j: number): SpeakerRef {
  let k = j + 1;
  // مسؤول يمني رفيع، مسؤول في الأمم المتحدة، أحد المعلمين في ريف إدلب: all words up to a stop.
  while (toks[k]?.word && k < j + 7) {
    const f = toks[k]!.f;
    if (f === 'في' && toks[k + 1]?.word && !arBoundary(toks[k + 1])) {
      k++;
      continue;
    }
    if (arBoundary(toks[k]) || AR_HONORIFICS.has(f)) break;
    k++;
  }
  return { kind: 'title', text: spanText(body, toks, j, k), from: i, to: k };
}

/** An organisation read from its head through its construct chain. */
function orgChain(body: string, toks: Tok[], i: number, j: number): SpeakerRef {
  let k = j + 1;
  // وزارة الأوقاف والشؤون الدينية، غرفة تجارة دمشق، منظمة الصحة العالمية: a construct chain. A
  // definite word or a place closes it, so an indefinite word after one is the next clause
  // (أعلنت وزارة الصحة إطلاق حملة …).
  let closed = false;
  while (k < j + 6 && toks[k]?.word && !arBoundary(toks[k]) && !AR_HONORIFICS.has(toks[k]!.f)) {
    const f = toks[k]!.f;
    const def = isDefinite(f) || AR_PLACES.has(f);
    const joined = f.startsWith('و') && isDefinite(f.slice(1));
    // "المجلس الوطني لحقوق الإنسان"، "الاتحاد المصري لكرة القدم": ل + a noun in construct with a
    // definite word names the body's field, and stays in its name.
    const n = toks[k + 1];
    // So does ل + a territory and its name (السلطات المحلية لإقليم زاكورة، لعمالة وجدة).
    const territory = AR_TERRITORIES.has(f.slice(1)) && !!n?.word && !arBoundary(n) && !isCue(n.f);
    if (closed && /^ل\p{L}{2,}/u.test(f) && !isDefinite(f) && n?.word && (isAl(n.f) || territory) && !arBoundary(n) && k + 2 <= j + 7) {
      k += 2;
      continue;
    }
    if (closed && !def && !joined) break;
    // After the body's name, a person's office (… لكرة القدم المحاضر الإنجليزي X; not a nisba such
    // as البرلمانية, the body's adjective) or a participle with its complement (… الكردستاني
    // المتمركز في …) is the next phrase, not the body's name.
    if (closed && ((isTitleHead(f) && !/يه?$/u.test(f)) || (/^الم\p{L}{3,}/u.test(f) && AR_COMPLEMENT_PREPS.has(toks[k + 1]?.f ?? '')))) break;
    if (def) closed = true;
    k++;
  }
  // منظمة "أوكسفام"، شركة «أرامكو»: the name in quote marks is part of the organisation.
  if (k === j + 1 && toks[k] && QUOTE_MARK.test(toks[k]!.raw)) {
    let c = k + 1;
    while (c < k + 4 && toks[c]?.word) c++;
    if (c > k + 1 && toks[c] && QUOTE_MARK.test(toks[c]!.raw)) k = c + 1;
  }
  return { kind: 'org', text: spanText(body, toks, j, k), from: i, to: k };
}

/** Where the title continues after token k (past a place, a link word, a second title before one
 * name): the next index, or k itself when the title ends at k. */
/** A spokesperson's head among the two words before `k` (المتحدث باسم، الناطق الرسمي باسم). */
const spokesBefore = (toks: Tok[], k: number): boolean =>
  [toks[k - 1], toks[k - 2]].some((t) => !!t?.word && /^(?:ال)?(?:متحدث|ناطق)/u.test(stripConj(t.f)));

function titleStep(toks: Tok[], k: number, known?: (f: string) => boolean): number {
  const t = toks[k];
  // "… للمحامين بلا حدود": "without" and its noun belong to the body's name.
  if (t?.f === 'بلا' && toks[k + 1]?.word && !arBoundary(toks[k + 1])) return k + 2;
  // سفير المغرب لدى فرنسا، مندوب الأردن لدى الأمم المتحدة: لدى and the host stay in the title.
  if (t?.f === 'لدي' && toks[k + 1]?.word && !arBoundary(toks[k + 1])) return isDefinite(toks[k + 1]!.f) && toks[k + 2]?.word && isDefinite(toks[k + 2]!.f) ? k + 3 : k + 2;
  // "مغني الراب الأمريكي من أصول مغربية X": the origin after the nationality stays in the title.
  if (t?.f === 'من' && /^اصو?ل$/u.test(toks[k + 1]?.f ?? '') && toks[k + 2]?.word && /^(?!ال)\p{L}{3,}يه?$/u.test(toks[k + 2]!.f)) return k + 3;
  // "نائب مدير شرطة "الطائف" للعمليات": a place or body's name in marks after an organisation
  // or territory head stays in the title.
  if (t && QUOTE_MARK.test(t.raw) && toks[k + 1]?.word && toks[k + 2] && QUOTE_MARK.test(toks[k + 2]!.raw) && toks[k + 3]?.word
    && (AR_ORG_HEADS.has(bareOf(toks[k - 1]?.f ?? '')) || AR_TERRITORIES.has(toks[k - 1]?.f ?? ''))) return k + 3;
  if (!t?.word || (arBoundary(t) && !TITLE_LINKS.has(t.f))) return k;
  const f = t.f;
  // "الأمير الوليد بن طلال": a definite word before a name link starts the name.
  if (isAl(f) && !isTitleHead(f) && !AR_ORG_HEADS.has(f) && AR_SON_OF.has(toks[k + 1]?.f ?? '')) return k;
  if (AR_HONORIFICS.has(f)) return k;
  // "الأمير الوليد"، "الشيخ الحسن": a given name with the article (not a nisba-shaped one) starts the name.
  if (AR_AL_GIVEN_NAMES.has(f) && !f.endsWith('ي')) return k;
  // A foreign given name that starts with ال (الخبير إلياس X، المغامرة أليس Y) starts the name.
  if (isAl(f) && (AR_GIVEN_NAMES.has(f) || AR_FEMALE_NAMES.has(f)) && !AR_AL_GIVEN_NAMES.has(f) && toks[k + 1]?.word && !arBoundary(toks[k + 1])) return k;
  // An office in construct with an institution and a place (رئيس غرفة صناعة حلب): the word after
  // an organisation head and a place name belong to the title, not to the name after it.
  // Also before the comma of an appositive name (والي ولاية كسلا، حسن يوسف أبو عاقلة).
  // Or before a name in quote marks (المتحدث باسم حركة طالبان “X”).
  const onward = toks[k + 1]?.word || ((toks[k + 1]?.raw === '،' || toks[k + 1]?.raw === ',') && !!toks[k + 2]?.word) || QUOTE_MARK.test(toks[k + 1]?.raw ?? '');
  // The head may carry a glued ل (رئيس بعثة الجمعية لمجلس أوروبا …).
  const prev = bareOf(toks[k - 1]!.f);
  const orgBefore = AR_ORG_HEADS.has(prev) || (/^ل\p{L}{3,}/u.test(prev) && AR_ORG_HEADS.has(prev.slice(1)));
  // "أمير منطقة حائل شمالي المملكة": where the region lies (north, south …) stays in the title.
  if (/^(?:شمال|جنوب|شرق|غرب)ي?$/u.test(f) && toks[k + 1]?.word && (isAl(toks[k + 1]!.f) || AR_PLACES.has(toks[k + 1]!.f))) return k + 2;
  if (AR_PLACES.has(f) || (orgBefore && !isDefinite(toks[k - 1]!.f) && !isAl(f) && onward)) return k + 1;
  // "رئيس جهة سوس ماسة سامي الحداد": a territory's own name (one to three plain words) stays in the
  // title when a known given name, a comma or the clause's end follows it.
  if (AR_TERRITORIES.has(f)) {
    const e = territoryNameEnd(toks, k + 1);
    if (e > k + 1) return e;
  }
  // أمير منطقة الرياض: the region after the emir's office.
  // So does the region's own name after منطقة (أمير منطقة عسير), whatever it is.
  if (isEmir(toks, k - 1)) return /^(?:منطقه|اماره)$/u.test(f) && toks[k + 1]?.word && !arBoundary(toks[k + 1]) ? k + 2 : k + 1;
  // مديرة إحدى المدارس الابتدائية: "one of the …" stays in the title.
  if ((f === 'احدي' || f === 'احد') && toks[k + 1]?.word && isDefinite(toks[k + 1]!.f)) return k + 2;
  // المتحدث باسم رئاسة الجمهورية: the word after باسم belongs to the title.
  // Not after a definite link: in "المدير العام سعيد الحلو" the name follows العام.
  // باسم links only a spokesperson (المتحدث الرسمي باسم الوزارة); after another title it is the
  // given name Basem (القيادي في الحركة باسم نعيم).
  if (TITLE_LINKS.has(f) && !isAl(f) && (f !== 'باسم' || spokesBefore(toks, k)) && toks[k + 1]?.word && !isDefinite(toks[k + 1]!.f)) return k + 2;
  // "المتحدث باسمها ناصر كنعاني": باسم with a pronoun (its spokesman) closes the title by itself.
  if (/^(?:باسم|بلسان)(?:ه|ها|هم)$/u.test(f) && spokesBefore(toks, k)) return k + 1;
  // "الرئيس المصري والعاهل الأردني": a second title after و is a second person, not this title;
  // but "المخرج والمؤلف رامي الشامي": two titles right before a name are one person's.
  if (f.startsWith('وال') && isTitleHead(f.slice(1))) {
    // (also past its adjective and a rank: والمتحدث الإعلامي العقيد X)
    let m = k + 1;
    while (m < k + 4 && toks[m]?.word && isAl(toks[m]!.f) && (toks[m]!.f.endsWith('ي') || isTitleHead(toks[m]!.f) || AR_HONORIFICS.has(toks[m]!.f))) m++;
    const n = toks[m];
    return n?.word && !isDefinite(n.f) && !arBoundary(n) && arName(toks, m, known) > m ? k + 1 : k;
  }
  return titleTail(toks, k);
}

// How many plain words a territory's name (سوس ماسة، درعة تافيلالت) may have in a title.
const TERRITORY_NAME_MAX = 3;
/** Where a territory's plain-word name starting at `k` ends, if a given name, punctuation, a
 * preposition or a verb of saying follows it; else `k`. */
function territoryNameEnd(toks: Tok[], k: number): number {
  let e = k;
  // Plain words (سوس ماسة) or definite ones (منطقة الرياض، المنطقة الشرقية), not a mix.
  const definite = isAl(toks[k]?.f ?? '');
  while (e < k + TERRITORY_NAME_MAX && toks[e]?.word && isAl(toks[e]!.f) === definite && !arBoundary(toks[e]) && !AR_GIVEN_NAMES.has(toks[e]!.f) && !AR_HONORIFICS.has(toks[e]!.f) && !isTitleHead(toks[e]!.f)) e++;
  const n = toks[e];
  return e > k && (!n?.word || arBoundary(n) || AR_GIVEN_NAMES.has(n.f) || AR_HONORIFICS.has(n.f) || isTitleHead(n.f)) ? e : k;
}

/** The rest of titleStep: definite words, offices, glued institutions, و-constructs, a run before an honorific. */

function titleTail(toks: Tok[], k: number): number {
  const f = toks[k]!.f;
  // The agency told (… الماليزي لفرانس برس، لوكالة رويترز) is no part of the office.
  if (toldAgency(f)) return k;
  const bare = bareOf(f);
  // An outlet or body written in Latin letters (مراسلة Delta News) continues the title.
  if (/\p{Script=Latin}/u.test(toks[k]!.raw)) return k + 1;
  // A territory glued to ب with its name (قائد الدفاع المدني بمحافظة العلا العقيد X) continues it too.
  if (/^ب\p{L}{3,}/u.test(f) && AR_TERRITORIES.has(f.slice(1))) {
    const e = territoryNameEnd(toks, k + 1);
    if (e > k + 1) return e;
  }
  // An institution glued to ب (مديرة الطوارئ بوزارة الصحة، الباحث بمركز …) continues the title.
  const glued = f.startsWith('ب') && AR_ORG_HEADS.has(f.slice(1));
  if (isDefinite(f) || (TITLE_LINKS.has(f) && (f !== 'باسم' || spokesBefore(toks, k))) || isTitleHead(bare) || AR_ORG_HEADS.has(bare) || glued || (f.startsWith('ل') && f.length > 3 && !isAl(f) && !AR_GIVEN_NAMES.has(f))) return k + 1;
  // An office's own indefinite adjective (وزيرة منتدبة، مدير عام، سفير مفوض) continues it.
  if (AR_OFFICE_ADJECTIVES.has(f)) return k + 1;
  // و + a noun in construct with a definite word (وزير الطرق وبناء المدن).
  if (f.startsWith('و') && f !== bare && toks[k + 1]?.word && isDefinite(toks[k + 1]!.f)) return k + 2;
  // و written apart from its word (وزير الاستثمار و التكنولوجيا): the coordination goes on.
  if (f === 'و' && toks[k + 1]?.word && isDefinite(toks[k + 1]!.f)) return k + 2;
  // A short unprefixed run before an honorific belongs to the title (مدير صحة حلب الدكتور زياد).
  let r = k;
  while (r < k + 2 && toks[r]?.word && !isAl(toks[r]!.f) && !AR_HONORIFICS.has(toks[r]!.f) && !arBoundary(toks[r])) r++;
  return r > k && toks[r]?.word && AR_HONORIFICS.has(toks[r]!.f) ? r : k;
}

/** Where the name starts after a title ending at titleEnd (k is past its honorifics): right there,
 * or an appositive name after a comma or a quoted name. */
/** Marks at `k` holding only a two- or three-word name, followed by a comma, أن/إن or a cue. */
function quotedName(toks: Tok[], k: number, known?: (f: string) => boolean): boolean {
  return quotedNameEnd(toks, k, known) > 0;
}

/**
 * Where the name held in marks at `k` ends (its closing mark), or -1: two or three words the name
 * reader takes, or, the marks being evidence enough, plain words none of which is a stop or a
 * complementiser (المدرب البرتغالي “روي فيتوريا”); then a comma, أن/إن, a cue, a colon or a
 * preposition.
 */
function quotedNameEnd(toks: Tok[], k: number, known?: (f: string) => boolean): number {
  let ne = arName(toks, k + 1, known);
  if (!QUOTE_MARK.test(toks[ne]?.raw ?? '')) {
    ne = k + 1;
    // (Not the cue test: a name may spell like a verb of saying, روي = روى.)
    while (ne < k + 4 && toks[ne]?.word && !isAl(toks[ne]!.f) && !AR_STOPS.has(toks[ne]!.f) && !AR_COMPLEMENTISERS.has(toks[ne]!.f)) ne++;
  }
  const n = ne - k - 1;
  if (n < 2 || n > 3 || !QUOTE_MARK.test(toks[ne]?.raw ?? '')) return -1;
  const after = toks[ne + 1];
  const ok = !!after && (isComma(after) || after.raw === ':' || (after.word && (AR_COMPLEMENTISERS.has(after.f) || isCue(after.f) || AR_STOPS.has(after.f))));
  return ok ? ne : -1;
}

/** Marks at `k` holding only a one- to three-word name the article writes elsewhere without
 * marks (a subject, not a quotation), followed by أن/إن or a comma. */
function quotedSubject(toks: Tok[], k: number, known?: (f: string) => boolean): boolean {
  const ne = arName(toks, k + 1, known);
  if (ne === k + 1 || ne - k - 1 > 3 || !QUOTE_MARK.test(toks[ne]?.raw ?? '')) return false;
  const after = toks[ne + 1];
  // "يشير “جواد الحامدي” رئيس حركة …": a given name in marks with its office after them.
  const given = AR_GIVEN_NAMES.has(toks[k + 1]!.f) || AR_FEMALE_NAMES.has(toks[k + 1]!.f);
  if (given && after?.word && isTitleHead(bareOf(after.f))) return true;
  // … then a comma, أن/إن or a preposition (وأضاف “العريبي” خلال مداخلة هاتفية).
  if (!after || !(isComma(after) || (after.word && (AR_COMPLEMENTISERS.has(after.f) || AR_STOPS.has(after.f))))) return false;
  const last = toks[ne - 1]!.f;
  // A surname of someone the article already recorded (الإمام “سامي هاني” … يقول “هاني”).
  if (known?.(last)) return true;
  return toks.some((t, n) => (n < k || n > ne) && t.f === last && !QUOTE_MARK.test(toks[n + 1]?.raw ?? ''));
}

function appositiveStart(toks: Tok[], k: number, titleEnd: number, known?: (f: string) => boolean): number {
  let nameStart = k;
  // A name of two or three words in quote marks right after its title, then a comma or أن
  // (المتحدث باسم الجماعة “سالم حمدان”، في بيان): read inside the marks.
  if (k === titleEnd && QUOTE_MARK.test(toks[k]?.raw ?? '') && quotedName(toks, k, known)) return k + 1;
  // An appositive name after a comma or a quoted name: "المتحدث باسم الوزارة، محمد الخزاعي،",
  // "مديرة التربية في إدلب، سلمى القاسم،", "النائب في كتلة "التنمية" سمير عواضة أن",
  // "رئيس الاتحاد، الكوري الجنوبي بارك جي هون،".
  if (k === titleEnd && !(toks[k]?.word && arName(toks, k, known) > k)) {
    let marks = 0;
    for (let c = k; c < k + 9 && toks[c]; c++) {
      const t = toks[c]!;
      // So does a blessing (حاكم دبي، رعاه الله، ملتقى …): the title's holder was named before it.
      if (t.word && (AR_COMPLEMENTISERS.has(t.f) || isCue(t.f) || AR_BLESSINGS.has(t.f))) break;
      // A colon opens what was said ("وأضاف الحارس الدولي: “…، كل مباراة …”"): no name after it.
      if (!t.word && (t.raw === ':' || t.raw === '：')) break;
      if (!t.word && QUOTE_MARK.test(t.raw)) marks++;
      // After a comma, or after the closing mark of a quoted name (لمجمع "سوناطراك"، …); never a
      // comma inside marks still open (الملك "التزم …، وأطلق، …": what he did, not a name).
      if (t.word || marks % 2 !== 0 || !(isComma(t) || QUOTE_MARK.test(t.raw))) continue;
      if (QUOTE_MARK.test(t.raw) && (toks[c + 1]?.raw === '،' || toks[c + 1]?.raw === ',')) continue;
      let n = c + 1;
      // Skip honorifics and a nationality (الكوري الجنوبي), never a relative pronoun (الذي).
      while (toks[n]?.word && !arBoundary(toks[n]) && (AR_HONORIFICS.has(toks[n]!.f) || (isAl(toks[n]!.f) && toks[n]!.f.endsWith('ي') && !arBoundary(toks[n + 1])))) n++;
      // A one-word office before the appositive name (عضو اللجنة المالية، النائب مصطفى سند،), and a
      // nationality after it (ممثل المنظمة، الطبيب الأردني X،).
      // (Also after honorifics: أمير المنطقة، صاحب السمو الملكي الأمير X.)
      if ((n === c + 1 || AR_HONORIFICS.has(toks[n - 1]!.f)) && toks[n]?.word && isAl(toks[n]!.f) && isTitleHead(toks[n]!.f)) {
        let m = n + 1;
        while (toks[m]?.word && isAl(toks[m]!.f) && toks[m]!.f.endsWith('ي') && !arBoundary(toks[m + 1])) m++;
        if (arName(toks, m, known) > m) n = m;
      }
      const ne = arName(toks, n, known);
      const after = toks[ne];
      // "محافظ العاصمة السورية، دمشق، ماهر سليمان": a place alone between commas is the office's.
      const place = ne === n + 1 && AR_PLACES.has(toks[n]!.f) && (after?.raw === '،' || after?.raw === ',');
      // "لإذاعة “صوت الشعب” المحلية": a lone definite adjective describes the outlet, names nobody.
      const adjective = ne === n + 1 && /^ال\p{L}{2,}يه?$/u.test(toks[n]!.f);
      // "أعلن النائب العام، الإفراج عن …": one definite word that is no nisba, no known name
      // part and no given name is the verb's object (a verbal noun), not the office's holder.
      const lone = ne === n + 1 && isAl(toks[n]!.f) && !toks[n]!.f.endsWith('ي') && !(known?.(toks[n]!.f) ?? false) && !AR_AL_GIVEN_NAMES.has(toks[n]!.f);
      if (ne > n && !place && !adjective && !lone && (!after?.word || AR_COMPLEMENTISERS.has(after.f) || AR_STOPS.has(after.f) || isCue(after.f))) {
        nameStart = n;
        break;
      }
    }
  }
  return nameStart;
}

/** A title with its place or department after في (مدير عام الموارد المائية في محافظة ذي قار علي
 * حسين الركابي، الخبير في شؤون المياه الدكتور سلام العبيدي): the name that ends cleanly after it. */
function inPhraseName(body: string, toks: Tok[], j: number, k: number, title: string, nameStart: number, titleEnd: number, known?: (f: string) => boolean): { fullTitle: string; nameStart: number } {
  let fullTitle = title;
  let start = nameStart;
  // عن only after an office that represents a place or bloc (النائبة عن كتلة …، ممثل عن …).
  const an = toks[k]?.f === 'عن' && AR_REPRESENTING.has(stripConj(toks[j]!.f));
  if (start === titleEnd && (toks[k]?.f === 'في' || an) && !(arName(toks, k, known) > k)) {
    for (let n = k + 1; n < k + 1 + IN_PHRASE_MAX && toks[n]?.word; n++) {
      const f = toks[n]!.f;
      if ((AR_STOPS.has(f) && !isAli(toks, n)) || AR_COMPLEMENTISERS.has(f) || isCue(f)) break;
      // "الوزير في زيارته التفقدية لولاية X": an occasion of the holder's own is no place or
      // department of the office.
      if (n === k + 1 && POSSESSED.test(toks[n]!.raw.replace(/[\u064B-\u0652\u0640]/gu, '')) && !(known?.(f) ?? false)) break;
      if (AR_ORG_HEADS.has(bareOf(f)) || AR_PLACES.has(f) || isDefinite(f) || AR_HONORIFICS.has(f) || TITLE_LINKS.has(f) || isTitleHead(bareOf(f))) continue;
      const ne = arName(toks, n, known);
      const after = toks[ne];
      // (or a preposition: … اللواء سعد معن في تصريح متلفز أن).
      if (ne > n + 1 && (!after?.word || AR_COMPLEMENTISERS.has(after.f) || isCue(after.f) || AR_STOPS.has(after.f))) {
        let h = n;
        while (h > k && AR_HONORIFICS.has(toks[h - 1]!.f)) h--;
        fullTitle = spanText(body, toks, j, h);
        start = n;
        break;
      }
    }
  }
  return { fullTitle, nameStart: start };
}


/** "الرئيس المصري السيسي": a title read up to a definite surname (a nisba after the nationality
 * nisba looks like one more adjective) that the article also writes alone after a verb of saying
 * (قال السيسي). The surname's index, or -1. */
function nisbaSurnameTail(toks: Tok[], j: number, titleEnd: number): number {
  const last = titleEnd - 1;
  if (last < j + 2) return -1;
  const f = toks[last]!.f;
  const prev = toks[last - 1]!.f;
  if (!(isAl(f) && f.endsWith('ي') && isAl(prev) && prev.endsWith('ي')) || AR_PLACES.has(f)) return -1;
  return toks.some((t, k) => k !== last && t.f === f && !!toks[k - 1]?.word && isCue(toks[k - 1]!.f)) ? last : -1;
}

/** The end of a name of two words or more at `n` closed by a comma or the phrase's end, or 0. */
function appositiveAfter(toks: Tok[], n: number, known?: (f: string) => boolean): number {
  const ne = arName(toks, n, known);
  return ne - n >= 2 && (isComma(toks[ne]) || edgeAfter(toks[ne])) ? ne : 0;
}

/** A title (or organisation) from token j, then the name it introduces, if any. */
function titled(body: string, toks: Tok[], i: number, j: number, known?: (f: string) => boolean): SpeakerRef {
  const headF = bareOf(toks[j]!.f);
  if (AR_ANONYMOUS_HEADS.has(headF)) return anonymousTitle(body, toks, i, j);
  if (AR_ORG_HEADS.has(headF) && !isTitleHead(headF)) return orgChain(body, toks, i, j);
  let k = j + 1;
  for (let next = titleStep(toks, k, known); next > k; next = titleStep(toks, k, known)) k = next;
  const titleEnd = k;
  const title = spanText(body, toks, j, titleEnd);
  while (toks[k]?.word && AR_HONORIFICS.has(toks[k]!.f)) {
    k++;
    if (toks[k]?.raw === '.') k++; // م. خالد، د. سلمى
    // "الإمام الأكبر عبد الحكيم النوري": an elative after the honorific is part of it.
    if (toks[k]?.word && /^الا\p{L}{3}$/u.test(toks[k]!.f) && toks[k + 1]?.word && !arBoundary(toks[k + 1])) k++;
  }
  // "المتحدث ذاته"، "الوزير نفسه": the same person again; no appositive name follows.
  const same = AR_SAME_PERSON.has(toks[k]?.f ?? '');
  // "وأوضح المصدر ذاته": the same source again, whoever spoke last, like a pronoun.
  if (same && k === titleEnd && AR_ANONYMOUS_HEADS.has(headF.replace(/^ال/u, ''))) return { kind: 'pronoun', text: spanText(body, toks, j, k + 1), from: i, to: k + 1 };
  const after = same ? k : appositiveStart(toks, k, titleEnd, known);
  const { fullTitle, nameStart } = inPhraseName(body, toks, j, k, title, after, titleEnd, known);
  // A name in marks (“روي فيتوريا”) ends at its closing mark, whatever the name reader makes of it.
  const marked = after === titleEnd + 1 && after === nameStart ? quotedNameEnd(toks, titleEnd, known) : -1;
  const nameEnd = marked > 0 ? marked : arName(toks, nameStart, known);
  const tailName = nameEnd === nameStart ? nisbaSurnameTail(toks, j, titleEnd) : -1;
  if (tailName >= 0) return { kind: 'name', text: spanText(body, toks, tailName, titleEnd), title: spanText(body, toks, j, tailName), from: i, to: titleEnd };
  // "مدرب برشلونة السابق": a club or country then "former" is the office's, not a name.
  if (nameEnd > nameStart && nameStart === titleEnd && TIME_ADJECTIVES.has(toks[nameEnd - 1]!.f)) {
    return { kind: 'title', text: spanText(body, toks, j, nameEnd), from: i, to: nameEnd };
  }
  // "مدرب سموحة، أحمد الشاذلي،": one word after the office and a comma, then a name of two words
  // or more: the word is the club or body the office is in, the name its holder.
  const holder = nameStart === titleEnd && nameEnd === nameStart + 1 && isComma(toks[nameEnd]) ? appositiveAfter(toks, nameEnd + 1, known) : 0;
  if (holder) return { kind: 'name', text: spanText(body, toks, nameEnd + 1, holder), title: spanText(body, toks, j, nameEnd), from: i, to: holder };
  if (nameEnd > nameStart) {
    return { kind: 'name', text: spanText(body, toks, nameStart, nameEnd), title: fullTitle, from: i, to: nameEnd };
  }
  // "وزير الاقتصاد في حكومة تصريف الأعمال" with no name after it: the government or body the
  // office is in stays in the office.
  const within = !same && toks[titleEnd]?.f === 'في' && toks[titleEnd + 1]?.word && AR_ORG_HEADS.has(bareOf(toks[titleEnd + 1]!.f));
  const end = within ? orgChain(body, toks, titleEnd + 1, titleEnd + 1).to : titleEnd;
  return { kind: 'title', text: spanText(body, toks, j, end), from: i, to: end };
}

/** "وكان X، أكد …"، "غير أن مكتب X، أكد …": a subject opened by كان or أن and closed by a comma
 * right before the cue. */
function subjectBeforeComma(body: string, toks: Tok[], cue: number, floor: number, known?: (f: string) => boolean): SpeakerRef | null {
  for (let k = cue - 3; k >= Math.max(floor, cue - 14) && (toks[k]?.word || QUOTE_MARK.test(toks[k]?.raw ?? '')); k--) {
    const f = stripConj(toks[k]!.f);
    if (f !== 'كان' && f !== 'كانت' && !AR_COMPLEMENTISERS.has(toks[k]!.f)) continue;
    // Only at the clause's start (after punctuation, or غير أن): "من أي كان لن ينفع" is no subject.
    if (toks[k - 1]?.word && toks[k - 1]!.f !== 'غير') return null;
    const ref = arSpeakerAt(body, toks, k + 1, known);
    // The name may close inside quote marks (المتحدث باسم الحركة “X”، أكد).
    const to = ref && QUOTE_MARK.test(toks[ref.to]?.raw ?? '') ? ref.to + 1 : ref?.to;
    return ref && ref.kind !== 'pronoun' && to === cue - 1 ? ref : null;
  }
  return null;
}

// How far back from its ف-cue the أما that fronts the subject may stand.
const TOPIC_REACH = 14;
/** "أما (ف.ز)، ربة بيت، فقالت": the subject fronted by أما before a cue written with ف; whatever
 * stands between them is its apposition. */
function topicSubject(body: string, toks: Tok[], cue: number, floor: number, known?: (f: string) => boolean): SpeakerRef | null {
  if (!toks[cue]!.f.startsWith('ف')) return null;
  for (let k = cue - 2; k >= Math.max(floor, cue - TOPIC_REACH); k--) {
    if (toks[k]!.f !== 'اما') continue;
    const ref = arSpeakerAt(body, toks, k + 1, known);
    return ref && ref.kind !== 'pronoun' && ref.to <= cue ? ref : null;
  }
  return null;
}

/** The subject written before a cue: كان X قد صرح، X، التي أعربت، لكن الخبير X يرى. */


export function arSpeakerBefore(body: string, toks: Tok[], cue: number, floor: number, known?: (f: string) => boolean): SpeakerRef | null {
  const prev = toks[cue - 1];
  if (!prev || cue - 1 < floor) return null;
  if (prev.f === 'قد') {
    for (let k = cue - 2; k >= Math.max(floor, cue - 12); k--) {
      const f = stripConj(toks[k]!.f);
      if (f === 'كان' || f === 'كانت') {
        const ref = arSpeakerAt(body, toks, k + 1, known);
        // An appositive name closes with a comma before قد (وكان رئيس الحكومة، X، قد أكد).
        const to = ref && (toks[ref.to]?.raw === '،' || toks[ref.to]?.raw === ',') ? ref.to + 1 : ref?.to;
        return ref && to === cue - 1 ? ref : null;
      }
    }
    return null;
  }
  if (prev.raw === '،' || prev.raw === ',') return topicSubject(body, toks, cue, floor, known) ?? subjectBeforeComma(body, toks, cue, floor, known);
  // "أما X (30 سنة) التي تعمل ممرضة فقالت": with no comma too, أما fronts the subject.
  const topic = topicSubject(body, toks, cue, floor, known);
  if (topic) return topic;
  // "ولكنه قال"، "إلا أنها أكدت": the pronoun on the particle is the subject (he / she).
  const pron = /^[وف]?(?:لكن|الا ان|ان)(ه|ها)$/u.exec(prev.f);
  if (pron) return { kind: 'pronoun', text: pron[1] === 'ها' ? 'هي' : 'هو', from: cue - 1, to: cue };
  if (prev.f === 'التي' || prev.f === 'الذي' || prev.f === 'الذين') {
    let k = cue - 2;
    if (toks[k] && !toks[k]!.word) k--;
    let s = k;
    while (s > floor && s > k - MAX_NAME_UNITS && toks[s - 1]?.word && !isAl(toks[s - 1]!.f) && !arBoundary(toks[s - 1])) s--;
    const end = arName(toks, s, known);
    return end > s ? { kind: 'name', text: spanText(body, toks, s, end), title: null, from: s, to: end } : null;
  }
  // Subject before an imperfect cue (الخبير سامي الدباغ يرى أن): the clause opener starts it, and
  // so does a complementiser (أفادت الوكالة بأن X قال).
  let s = cue - 1;
  while (s > floor && toks[s - 1]?.word && !AR_STOPS.has(toks[s - 1]!.f) && !AR_COMPLEMENTISERS.has(toks[s - 1]!.f) && !isCue(toks[s - 1]!.f) && toks[s - 1]!.f !== 'لكن') s--;
  // An anonymous source with its affiliation (أما مصادر مقرّبة من رئاسة الحكومة فقالت): the
  // description runs over من/في up to the cue, and the affiliation is not the speaker.
  if (s > floor && ['من', 'في'].includes(toks[s - 1]!.f)) {
    for (let h = s - 2; h >= Math.max(floor, s - 5); h--) {
      if (!toks[h]?.word || AR_STOPS.has(toks[h]!.f)) break;
      if (AR_ANONYMOUS_HEADS.has(bareOf(toks[h]!.f))) {
        return { kind: 'title', text: spanText(body, toks, h, cue), from: h, to: cue };
      }
    }
  }
  // "بالحديث عن ضغط المباريات وقال": what follows a preposition is its object, never the subject.
  // (على as written: علي is also the name Ali.)
  const prep = toks[s - 1];
  if (s > floor && prep && AR_OBJECT_PREPS.has(prep.f) && (prep.f !== 'علي' || prep.raw.replace(/[\u064B-\u0652]/gu, '') === 'على')) return null;
  // "وعن الاستهجان على اللاعب X قال": a person inside a fronted topic (عن، حول، بشأن) is talked about.
  if (inTopic(toks, s, floor)) return null;
  for (let k = s; k < cue; k++) {
    // "ثم عاد X ليقول"، "راحت X تقول": a verb of going on before the subject is no part of it,
    // nor is a linking adverb (ثم، حيث، إذ).
    if (AR_AUXILIARIES.has(stripConj(toks[k]!.f)) || AR_LINKS.has(toks[k]!.f)) continue;
    const ref = arSpeakerAt(body, toks, k, known);
    if (ref && ref.to === cue && ref.kind !== 'pronoun') return ref;
    if (ref) break;
  }
  return null;
}

/** Does a topic preposition open the clause before token s, with no comma or sentence end between? */
function inTopic(toks: Tok[], s: number, floor: number): boolean {
  for (let k = s - 1; k >= Math.max(floor, s - 10); k--) {
    const t = toks[k]!;
    if (!t.word) return false;
    if (isTopicHead(t.f)) return k === floor || !toks[k - 1]?.word;
  }
  return false;
}
