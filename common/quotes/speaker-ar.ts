// Reads an Arabic speaker phrase next to a cue verb: honorifics, a title with its modifiers, a name
// (compound parts and a final nisba included), an organisation, an agency or a pronoun subject.
// Pure: no DOM, no Node. Works on tokens; returns token ranges, never rewrites text. The parts live
// in words-ar.ts (word tests), name-ar.ts (a name's end), title-ar.ts (titles) and
// subject-before-ar.ts (a subject before its verb); this module reads the phrase at a token.
import { AGENCY_HEADS, agencyName } from './agencies.js';
import * as lexiconAr from './lexicon-ar.js';
import { arName } from './name-ar.js';
import { type KnownWords, spanText, type SpeakerRef } from './speaker-ref.js';
import { quotedSubject, titled } from './title-ar.js';
import { stripConj, type Tok } from './tokens.js';
import { AGENCY_LOOKAHEAD, arBoundary, bareOf, givenNameOffice, honorificAt, isAl, isAli, isCue, isEmir, isTitleHead, isWali } from './words-ar.js';
import { QUOTE_MARK } from './quote-marks.js';

// Read once into module constants: hot loops then skip the module-namespace lookup on every word.
const { AR_COMPLEMENTISERS, AR_ORG_HEADS, AR_MEDIA_HEADS, AR_GIVEN_NAMES, AR_PRONOUN_SUBJECTS, AR_STOPS } = lexiconAr;

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
  const initials = first?.raw === '(' ? arInitialsAt(toks, i + 1) : -1;
  if (initials > 0) return { kind: 'name', text: spanText(body, toks, i + 1, initials), title: null, from: i + 1, to: initials + 1 };
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
  // "الإمام “سامي حداد”": a name of one to three words in marks right after the honorific.
  const marked = j > i && QUOTE_MARK.test(head?.raw ?? '') ? arName(toks, j + 1, known) : -1;
  if (marked > j + 1 && marked - j - 1 <= 3 && QUOTE_MARK.test(toks[marked]?.raw ?? '')) {
    return { kind: 'name', text: spanText(body, toks, j + 1, marked), title: spanText(body, toks, i, j), from: i, to: marked + 1 };
  }
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
/** Initials from `k` (م . ع, two or three letters each with its dot, the last maybe without) closed
 * by a bracket: the bracket's index, or -1. */
export function arInitialsAt(toks: Tok[], k: number): number {
  let e = k;
  let letters = 0;
  while (toks[e]?.word && /^\p{Script=Arabic}$/u.test(toks[e]!.raw) && letters < 3) {
    letters++;
    e++;
    if (toks[e]?.raw === '.') e++;
  }
  return letters >= 2 && toks[e]?.raw === ')' ? e : -1;
}

const BRACKETED_WORDS = 3;
/** "كتبت (نيوز ويك)، المجلة الأمريكية، أن …": an outlet or body named in brackets right after the
 * cue (one to three words, no digits, not a person's initials), which a later "المجلة" means. */
function bracketedOutlet(body: string, toks: Tok[], i: number): SpeakerRef | null {
  let k = i + 1;
  while (k <= i + BRACKETED_WORDS && toks[k]?.word && !/\p{N}/u.test(toks[k]!.raw)) k++;
  if (k === i + 1 || toks[k]?.raw !== ')' || arInitialsAt(toks, i + 1) > 0 || arBoundary(toks[i + 1])) return null;
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
/** "البرازيلي ماركوس الصخور مدرب النادي": a nationality used as a noun at `k` and the name it describes,
 * for the registry (an adjective after a noun or an office is not one: الرئيس التونسي X). */
export function arNationalityName(body: string, toks: Tok[], k: number, known?: (f: string) => boolean): SpeakerRef | null {
  const prev = toks[k - 1];
  // (Nor a relative pronoun, shaped like one: الذي، التي.)
  if (arBoundary(toks[k]) || (prev?.word && (/^و?ال/u.test(prev.f) || isTitleHead(prev.f) || honorificAt(toks, k - 1)))) return null;
  return nationalityName(body, toks, k, k, known);
}

function nationalityName(body: string, toks: Tok[], i: number, j: number, known?: (f: string) => boolean): SpeakerRef | null {
  const head = toks[j]!;
  if (!(isAl(head.f) && head.f.endsWith('ي') && !isTitleHead(head.f) && !AR_ORG_HEADS.has(head.f) && !known?.(head.f) && toks[j + 1]?.word)) return null;
  const ne = arName(toks, j + 1, known);
  const after = toks[ne];
  // (Or the office after the name: البرتغالي جوزيه مورينيو مدرب الفريق أن …)
  const clean = !after?.word || AR_COMPLEMENTISERS.has(after.f) || isCue(after.f) || /\u064B$/u.test(after.raw) || isTitleHead(after.f);
  if (!(ne > j + 2 && clean && !isAl(toks[j + 1]!.f))) return null;
  const ref = arSpeakerAt(body, toks, j + 1, known);
  // The nationality describes its bearer as a title would (البرتغالي: the Portuguese coach).
  return ref?.kind === 'name' ? { ...ref, title: ref.title ?? head.raw, from: i } : null;
}
