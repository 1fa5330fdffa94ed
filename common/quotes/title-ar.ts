// Reads an Arabic title and the name it introduces (وزير الخارجية السوري أسعد الشيباني، المتحدث باسم
// الوزارة، X): the office with its modifiers, places and departments, an appositive or quoted name, an
// organisation's construct chain and an anonymous source. Pure: no DOM, no Node. Returns token ranges.
import * as lexiconAr from './lexicon-ar.js';
import { arName } from './name-ar.js';
import { spanText, type SpeakerRef } from './speaker-ref.js';
import { isComma, stripConj, type Tok } from './tokens.js';
import { arBoundary, bareOf, edgeAfter, familyAfterGiven, IN_PHRASE_MAX, isAl, isAli, isCue, isDefinite, isEmir, isTitleHead, POSSESSED, TIME_ADJECTIVES, toldAgency } from './words-ar.js';
import { QUOTE_MARK } from './quote-marks.js';

// Read once into module constants: hot loops then skip the module-namespace lookup on every word.
const { AR_ADDRESSEES, AR_NAME_LINKS, AR_ANONYMOUS_HEADS, AR_TERRITORIES, AR_COMPLEMENTISERS, AR_HONORIFICS, AR_ORG_HEADS, AR_BLESSINGS, AR_COMPLEMENT_PREPS, AR_AL_GIVEN_NAMES, AR_FEMALE_NAMES, AR_GIVEN_NAMES, AR_REPRESENTING, AR_SAME_PERSON, AR_SON_OF, AR_PLACES, AR_STOPS, AR_TITLE_LINKS: TITLE_LINKS, AR_OFFICE_ADJECTIVES } = lexiconAr;

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
  let field = false;
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
      field = true;
      continue;
    }
    if (closed && !def && !joined) break;
    // After the field only its adjectives go on (لكرة القدم النسائية): a definite noun there is the
    // verb's object (وجهت الجامعة … لكرة السلة التحية للاعبين).
    if (field && !/يه?$/u.test(f) && !joined) break;
    // After the body's name, a person's office (… لكرة القدم المحاضر الإنجليزي X; not a nisba such
    // as البرلمانية, the body's adjective) or a participle with its complement (… الكردستاني
    // المتمركز في …) is the next phrase, not the body's name.
    if (closed && ((isTitleHead(f) && !/يه?$/u.test(f)) || (/^الم\p{L}{3,}/u.test(f) && !/يه?$/u.test(f) && AR_COMPLEMENT_PREPS.has(toks[k + 1]?.f ?? '')))) break;
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

/** An envoy's head (مبعوث، موفد، مندوب) among the four words before `k`. */
const envoyBefore = (toks: Tok[], k: number): boolean =>
  toks.slice(Math.max(0, k - 4), k).some((t) => t.word && /^(?:ال)?(?:مبعوث|موفد|مندوب)(?:ه|ة)?$/u.test(stripConj(t.f)));

function titleStep(toks: Tok[], k: number, known?: (f: string) => boolean): number {
  const t = toks[k];
  // "… للمحامين بلا حدود": "without" and its noun belong to the body's name.
  if (t?.f === 'بلا' && toks[k + 1]?.word && !arBoundary(toks[k + 1])) return k + 2;
  // سفير المغرب لدى فرنسا، مندوب الأردن لدى الأمم المتحدة: لدى and the host stay in the title.
  if (t?.f === 'لدي' && toks[k + 1]?.word && !arBoundary(toks[k + 1])) return isDefinite(toks[k + 1]!.f) && toks[k + 2]?.word && isDefinite(toks[k + 2]!.f) ? k + 3 : k + 2;
  // "المبعوث الأممي الخاص إلى ليبيا X": an envoy's destination (إلى and the place) stays in the title.
  if (t?.f === 'الي' && envoyBefore(toks, k) && toks[k + 1]?.word && !arBoundary(toks[k + 1])) return k + 2;
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

// How many definite words may follow a plain noun in a title before its holder's given name.
const CONSTRUCT_DEFINITES = 2;
/** Is the plain word at `k` (no article, no given name) a noun in construct with the one or two
 * definite words after it (maybe past one more plain noun), a listed given name right after them? */
function constructBeforeName(toks: Tok[], k: number): boolean {
  // (Never a name's link, عبد الرحمن، أبو بكر: the name starts there.)
  const plain = (t: Tok | undefined): boolean => !!t?.word && !isAl(t.f) && !arBoundary(t) && !AR_GIVEN_NAMES.has(t.f) && !AR_FEMALE_NAMES.has(t.f) && !AR_NAME_LINKS.has(t.f);
  if (!plain(toks[k])) return false;
  // (A second plain noun may come first: مدرب حراس مرمى الأهلي.)
  const d = plain(toks[k + 1]) ? k + 2 : k + 1;
  let e = d;
  while (e < d + CONSTRUCT_DEFINITES && toks[e]?.word && isAl(toks[e]!.f) && !AR_AL_GIVEN_NAMES.has(toks[e]!.f)) e++;
  const n = toks[e];
  // (Not the preposition على, which folds like the name علي.)
  return e > d && !!n?.word && (AR_GIVEN_NAMES.has(n.f) || AR_FEMALE_NAMES.has(n.f)) && (!arBoundary(n) || isAli(toks, e));
}

/** The rest of titleStep: definite words, offices, glued institutions, و-constructs, a run before an honorific. */

// Arab family links (آل، بن، ابن، أبو، عبد), folded: the word after one is a name, whatever its shape.
const FAMILY_LINK = /^(?:ال|بن|ابن|ابو|ابي|بنت|عبد)$/u;

function titleTail(toks: Tok[], k: number): number {
  const f = toks[k]!.f;
  // The agency told (… الماليزي لفرانس برس، لوكالة رويترز) is no part of the office, nor is
  // whom the words were said to (رئيس المحكمة للدفاع، الوزير للصحفيين).
  if (toldAgency(f) || (f.startsWith('لل') && AR_ADDRESSEES.has(`ا${f.slice(1)}`))) return k;
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
  // A field in construct without its article (وزير خارجية المملكة، وزير داخلية مصر): the
  // office's department, when a country or a definite word follows it.
  const n = toks[k + 1];
  if (!isAl(f) && AR_ORG_HEADS.has(`ال${f}`) && n?.word && (isDefinite(n.f) || AR_PLACES.has(n.f))) return k + 1;
  // Any plain noun in construct (حارس مرمى الأهلي، رئيس قسم الجراحة، لاعب وسط الفريق) too, when a
  // given name follows its definite words: the name starts there, not at the noun.
  if (constructBeforeName(toks, k)) return k + 1;
  // An office's own indefinite adjective (وزيرة منتدبة، مدير عام، سفير مفوض) continues it.
  if (AR_OFFICE_ADJECTIVES.has(f)) return k + 1;
  // و + a noun in construct with a definite word (وزير الطرق وبناء المدن).
  // (Not a given name that starts with و: المدير الفني وليد الركراكي.)
  if (f.startsWith('و') && f !== bare && !AR_GIVEN_NAMES.has(f) && toks[k + 1]?.word && isDefinite(toks[k + 1]!.f)) return k + 2;
  // و written apart from its word (وزير الاستثمار و التكنولوجيا): the coordination goes on.
  if (f === 'و' && toks[k + 1]?.word && isDefinite(toks[k + 1]!.f)) return k + 2;
  // A short unprefixed run before an honorific belongs to the title (مدير صحة حلب الدكتور زياد);
  // not a name whose family is written with آل، بن، أبو before a word like one (سامي آل الشيخ).
  let r = k;
  while (r < k + 2 && toks[r]?.word && !isAl(toks[r]!.f) && !AR_HONORIFICS.has(toks[r]!.f) && !arBoundary(toks[r])) r++;
  const familyLink = toks.slice(k, r).some((t) => FAMILY_LINK.test(t.f));
  // Nor a given name before a definite honorific's word, its family name (رئيس المجلس يوسف الحاج).
  const family = r === k + 1 && familyAfterGiven(toks, r);
  return r > k && !familyLink && !family && toks[r]?.word && AR_HONORIFICS.has(toks[r]!.f) ? r : k;
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
export function quotedSubject(toks: Tok[], k: number, known?: (f: string) => boolean): boolean {
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

// Prepositions of cause (بسبب، بفضل، جراء، رغم): what follows is a reason.
const CAUSE = /^(?:بسبب|بفضل|جراء|رغم|برغم|بالرغم)$/u;

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
      // "… على سامي الحداد، بسبب دفاعه عن …": a reason after the comma, not the office's holder.
      if (CAUSE.test(toks[n]?.f ?? '')) continue;
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

// How many words a bracketed short name after an office may hold.
const BRACKETED_MAX = 3;

/** Past "(short name)" at `k` when a name follows it, else `k`. */
function pastBracketed(toks: Tok[], k: number, known?: (f: string) => boolean): number {
  if (toks[k]?.raw !== '(') return k;
  let c = k + 1;
  while (c <= k + BRACKETED_MAX && toks[c]?.word) c++;
  if (c === k + 1 || toks[c]?.raw !== ')') return k;
  return arName(toks, c + 1, known) > c + 2 ? c + 1 : k;
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
      // (A foreign given name that starts with ال, أليساندرو, opens the name: no definite word.)
      const alGiven = isAl(f) && (AR_GIVEN_NAMES.has(f) || AR_FEMALE_NAMES.has(f)) && !AR_AL_GIVEN_NAMES.has(f);
      if (AR_ORG_HEADS.has(bareOf(f)) || AR_PLACES.has(f) || (isDefinite(f) && !alGiven) || AR_HONORIFICS.has(f) || TITLE_LINKS.has(f) || isTitleHead(bareOf(f))) continue;
      const ne = arName(toks, n, known);
      const after = toks[ne];
      // (or a preposition, also glued to a definite word: … اللواء سامر الحلو في تصريح متلفز أن،
      // أشاد رئيس المجلس في البلد X Y بالموقف).
      if (ne > n + 1 && (!after?.word || AR_COMPLEMENTISERS.has(after.f) || isCue(after.f) || AR_STOPS.has(after.f) || /^(?:بال|لل)\p{L}{2,}/u.test(after.f))) {
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
export function titled(body: string, toks: Tok[], i: number, j: number, known?: (f: string) => boolean): SpeakerRef {
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
  // "رئيس الهيئة الوطنية لحماية البيئة (حماية) سامي X": a short name in brackets after the office
  // (its acronym or short name) stands between it and its holder.
  if (k === titleEnd) k = pastBracketed(toks, k, known);
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
