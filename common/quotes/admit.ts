// The entity gate: a speaker phrase read next to a cue becomes a speaker only when it is one of the
// article's people or organisations — a name with evidence (a known given name or name particle,
// a word the article writes again, a title beside it), an organisation with an organisation head,
// a title the article gives someone. Run-on words after a name are cut off; a phrase that is no
// entity (the verb's object: «وأشاد بالاجتماع») is dropped, so the cue counts as pro-drop.
// Pure: no DOM, no Node. Never invents a name; never reads text ahead of the phrase.
import type { Lang } from '../domain.js';
import type { Ctx } from './context.js';
import * as lexiconAr from './lexicon-ar.js';
import { EN_ORG_HEADS, EN_STOP, EN_TITLES } from './lexicon-en.js';
import { ruAgentNoun, ruPersonNounAtEnd, ruTitleHead, ruTitleHeadAt, RU_NOT_NAME, RU_ORG_STEMS, RU_TITLES } from './lexicon-ru.js';
import { bareOpener } from './opener-ru.js';
import { ruDativeName, ruGenitiveTitle } from './ru-nominative.js';
import type { SpeakerRef } from './speaker-ref.js';
import { stripConj } from './tokens.js';
import { isKin, unvowelled } from './words-ar.js';
import { foldKey } from '../text/normalize.js';

const { AR_AL_GIVEN_NAMES, AR_OFFICE_PLURALS, AR_INDEFINITE_PEOPLE, AR_INITIALS, AR_CUE_PREPS, AR_TERRITORIES, AR_UNNAMED_HEADS, AR_MEDIA_HEADS, AR_SILENT_HEADS, AR_COMPLEMENTISERS, AR_CUE_VERBS, AR_PARTICIPLES, AR_GIVEN_NAMES, AR_NAME_LINKS, AR_NAME_AL_PARTS, AR_ORG_HEADS, AR_STOPS, AR_PRONOUN_WORDS, AR_TITLE_HEADS, AR_TITLE_LINKS } = lexiconAr;

/** A phrase that names a group or nobody in particular: the quote is unattributed, not carried over. */
export const NONE = 'none';
export type Admitted = SpeakerRef | null | typeof NONE;

/** Folded words of the body outside quotes, with their counts (conjunction و/ف stripped). */
const counts = new WeakMap<Ctx, Map<string, number>>();
function wordCounts(ctx: Ctx): Map<string, number> {
  let m = counts.get(ctx);
  if (!m) {
    m = new Map();
    ctx.toks.forEach((t, k) => {
      if (!t.word || ctx.inQuote[k]) return;
      const s = stripConj(t.f);
      m!.set(t.f, (m!.get(t.f) ?? 0) + 1);
      if (s !== t.f) m!.set(s, (m!.get(s) ?? 0) + 1);
    });
    counts.set(ctx, m);
  }
  return m;
}

type Word = { raw: string; f: string; /** arNotName's verdict, kept on the memoised word. */ notName?: boolean };
// Words per phrase, memoised (bounded): the same phrases are read many times per article.
// Callers never mutate the shared arrays.
const MEMO_MAX = 20_000;
const wordsMemo = new Map<string, readonly Word[]>();
const wordsOf = (text: string): readonly Word[] => {
  let ws = wordsMemo.get(text);
  if (!ws) {
    if (wordsMemo.size >= MEMO_MAX) wordsMemo.clear();
    ws = text.split(/\s+/u).filter(Boolean).map((raw) => ({ raw, f: foldKey(raw) }));
    wordsMemo.set(text, ws);
  }
  return ws;
};

/** A word that can never be part of a name: a pronoun or particle, a word glued to بال/لل, a
 * pronoun suffix on a noun (إعجابه، دعمه), an adverbial accusative (رسمياً، متوجهاً). */
/** مسؤول، مصادر، وزراء (also behind a glued و, but وزراء itself starts with و). */
// An indefinite spokesperson (عن متحدثة باسم الصندوق) is someone the story does not name; the
// definite one (المتحدث باسم الوزارة) is an office.
const INDEFINITE_SPOKES = new Set(['متحدث', 'متحدثة', 'ناطق', 'ناطقة'].map((w) => foldKey(w)));
const unnamedHead = (w: Word): boolean => AR_UNNAMED_HEADS.has(w.f) || AR_UNNAMED_HEADS.has(stripConj(w.f)) || INDEFINITE_SPOKES.has(w.f) || INDEFINITE_SPOKES.has(stripConj(w.f));

/** Plural nisbas and participles (مسرحيون، الفلسطينيين، مهتمون): a group, never one person. A
 * participle's م is never followed by ا, so a foreign surname (ماكرون) is no plural. */
const isGroup = (w: Word): boolean => {
  const f = stripConj(w.f);
  // Two people are nobody in particular too: a feminine dual (الامرأتان، السيدتان) or an office in
  // the dual (الوزيران، الرئيسان).
  if (/^ال\p{L}{3,}[^س]تان$/u.test(f) || (/^ال\p{L}{3,}ان$/u.test(f) && AR_TITLE_HEADS.has(f.slice(0, -2)))) return true;
  return f.length >= 6 && /^(?:ال)?\p{L}{2,}يون$|^(?:ال)?\p{L}{2,}يين$|^(?:ال)?م[^ا]\p{L}{2,}(?:ون|ين)$/u.test(f);
};

const arNotName = (w: Word): boolean => (w.notName ??= readNotName(w));

/** A word as written, without tashkeel or tatweel (ه and ة kept apart, unlike its folded key). */
const bareWord = (w: Word): string => unvowelled(w.raw);

function readNotName(w: Word): boolean {
  const f = stripConj(w.f);
  // A given name or an office (والي، whose folded و-less form is that of إلى) is never stray.
  if (AR_GIVEN_NAMES.has(w.f) || AR_TITLE_HEADS.has(w.f) || AR_TITLE_HEADS.has(`ال${w.f}`) || AR_ORG_HEADS.has(w.f)) return false;
  if (isGroup(w)) return true;
  // A letter on its own (و or ف written apart from its word) is a conjunction, never a name part.
  if (/^\p{Script=Arabic}$/u.test(w.f)) return true;
  if (AR_STOPS.has(w.f) || AR_STOPS.has(f) || AR_PRONOUN_WORDS.has(w.f) || AR_PRONOUN_WORDS.has(f)) return true;
  // أن/إن with a pronoun (أنه، أنهما، لأنهم): a complementiser, never a name.
  if (/^(?:ل|ب)?ان(?:ه|ها|هم|هما|هن|نا|ني)$/u.test(f)) return true;
  if (/^(?:و?بال|و?لل|و?كال)\p{L}{2,}/u.test(w.f) || /\p{N}/u.test(w.f)) return true;
  // A verbal noun behind a glued ب (بتقديم، بتعزيز): the verb's complement, never a name (بتول is short).
  if (/^و?بت\p{L}{4,}$/u.test(w.f)) return true;
  // A place behind ب (ببني ملال، ببغداد) is where, never who.
  if (/^و?بب\p{L}{2,}$/u.test(w.f)) return true;
  // So is a derived verbal noun of the است- form behind ب (باستضافة، باستخدام).
  if (/^و?باست\p{L}{3,}$/u.test(w.f)) return true;
  // A verbal noun with a glued preposition or a ت- stem and a pronoun suffix (بتأكيده، تطلعه).
  const bare = bareWord(w);
  if (/^(?:[بل]\p{L}{2,}|ت\p{L}{3,})(?:ه|ها|هم)$/u.test(bare) && !/الله$/u.test(bare)) return true;
  // A derived verbal noun in ا- with a pronoun suffix (أبدى الرئيس انزعاجه، أعرب عن استيائه).
  if (/^[اإ]\p{L}{4,}(?:ه|ها|هم)$/u.test(bare) && !/الله$/u.test(bare)) return true;
  // One's own words (وتابع حديثه، وواصل كلامه، ختم تصريحه): what is continued, never who speaks.
  if (OWN_WORDS.test(bare.replace(/^[وف]/u, ''))) return true;
  return /\u064B/u.test(w.raw);
}

// Speech nouns with a pronoun suffix, as written (ه, not ة): حديثه، كلامها، تصريحاته، قوله.
const OWN_WORDS = /^(?:حديث|كلام|تصريح|تصريحات|قول|رد|حوار|خطاب|كلمت|مداخلت|تغريدت|رسالت|تعليق|سرد)(?:ه|ها|هم|هما)$/u;

// A noun with a pronoun suffix written as ه/ها/هم after three letters or more (حزنه، قلقها); a name
// ending in a written ه (طه) is shorter, and one ending in الله is God's name.
const PRONOUN_SUFFIXED = /^(?!\p{L}*الله$)\p{L}{3,}(?:ه|ها|هم)$/u;

// A name written with God's name joined on (نصرالله، فضلالله، جاراالله): never a common noun.
export const THEOPHORIC = /^(?!ال)\p{L}{2,4}الله$/u;

/** Evidence that a word belongs to a name: the lexicon or the article's people ('strong'), or the
 * article writing it again ('weak'). */
function arEvidence(ctx: Ctx, w: Word): 'strong' | 'weak' | null {
  const f = stripConj(w.f);
  if (AR_GIVEN_NAMES.has(w.f) || AR_AL_GIVEN_NAMES.has(w.f) || AR_NAME_LINKS.has(w.f) || AR_NAME_AL_PARTS.has(w.f) || /^عبد\p{L}{3,}/u.test(w.f) || THEOPHORIC.test(f)) return 'strong';
  if (ctx.resolver.knows(w.f) || ctx.resolver.knows(f)) return 'strong';
  return (wordCounts(ctx).get(w.f) ?? 0) >= 2 ? 'weak' : null;
}

/** After a name word, a complement rather than a name part: a word glued to بال, a ل-word with more
 * words after it (مارتينو لشبكة …; a final ل-word may be a name: لافروف), an accusative with tanween
 * or a participle (متوجهاً، مخاطبا). Many names start with ب (بوسعيد) or end in ا (أوباما); a family
 * name right after a given name may be shaped like a participle too when its م has a long ا after
 * it (جون ماهاما), which no participle's prefix has. */
const arRunOn = (w: Word, last: boolean, afterGiven = false): boolean =>
  (/^ل\p{L}{3,}/u.test(w.f) && !last && !AR_GIVEN_NAMES.has(w.f)) || /^بال/u.test(w.f) || /\u064B/u.test(w.raw) || (/^م\p{L}{3,4}ا$/u.test(w.f) && !(afterGiven && /^ما/u.test(w.f)));

/** The phrase ends where a subject ends: punctuation, أن/إن, a cue, a preposition or time word, or a
 * title in apposition — not another content word (the verb's object: يؤكد تفرد النموذج). */
function cleanEnd(ctx: Ctx, to: number): boolean {
  const t = ctx.toks[to];
  // A quote mark right after one word (أكد اختيار “…”) leaves it open: the word may be the object.
  if (!t || !t.word) return !t || !/^[“”«»"„‹›]$/u.test(t.raw);
  const f = stripConj(t.f);
  return AR_STOPS.has(t.f) || AR_COMPLEMENTISERS.has(t.f) || AR_CUE_VERBS.has(t.f) || AR_CUE_VERBS.has(f) || AR_PARTICIPLES.has(t.f) || AR_TITLE_HEADS.has(t.f);
}

/** Military ranks that are also common nouns (الفريق: lieutenant-general or "the team"). */
const RANK_OR_NOUN = new Set(['الفريق'].map((w) => foldKey(w)));

/** A verbal noun of the إفعال form as written (إعطاء، إصدار، إجراء), maybe behind و. */
const IF3AL = /^و?إ\p{L}{2}ا\p{L}$/u;

/** An Arabic name reading: cut at the first word that cannot be a name part, or a run-on word after
 * an evidenced one; kept when a title stood beside it, a word has strong evidence, or (two words
 * and more) the article writes its words again. */
function arName(ctx: Ctx, ref: Extract<SpeakerRef, { kind: 'name' }>): Admitted {
  if (AR_INITIALS.test(ref.text)) return ref;
  const ws = wordsOf(ref.text);
  const known = (w: Word) => ctx.resolver.knows(w.f) || ctx.resolver.knows(stripConj(w.f));
  // A surname shaped like a plural participle (موريسون، ميلتسون) is a name once the article has
  // introduced its bearer; unknown, it is a group (المسؤولون، المحتجين).
  const surname = ws.length === 1 && !ref.title && isGroup(ws[0]!) && known(ws[0]!);
  // So is a plural office (وكلاء المتهم، قادة الجيش): several people, none of them named.
  if (ws.length > 0 && !surname && (isGroup(ws[0]!) || unnamedHead(ws[0]!) || AR_INDEFINITE_PEOPLE.has(stripConj(ws[0]!.f)) || AR_OFFICE_PLURALS.has(ws[0]!.f) || AR_OFFICE_PLURALS.has(stripConj(ws[0]!.f)))) return NONE;
  if (ws.length === 0 || (!surname && arNotName(ws[0]!))) return null;
  // "الفريق" is a rank and also "the team" (أكد أن الفريق يحتاج إلى الدعم): after it alone, only a
  // word with evidence of a name opens one.
  if (ref.title && RANK_OR_NOUN.has(stripConj(foldKey(ref.title))) && !arEvidence(ctx, ws[0]!)) return null;
  // A preposition's object (لجيش الاحتلال، لوكالة الأنباء): ل + a noun in construct with a definite word.
  if (/^ل\p{L}{3,}/u.test(ws[0]!.f) && !AR_GIVEN_NAMES.has(ws[0]!.f) && /^ال/u.test(ws[1]?.f ?? '')) return null;
  // A feminine noun in construct with a known person (أعلن رغبة تسيبراس، نقل تصريحات الوزير) is what
  // the verb governs; the person named after it is not the subject.
  const first = ws[0]!;
  if (ws.length > 1 && /ه$/u.test(first.f) && !arEvidence(ctx, first) && !ref.title && ws.slice(1).some(known)) return null;
  // A noun with a pronoun suffix and its adjective (يؤكد دعمه القوي) is the verb's object; a name
  // ending in a written ه (طه) is short or known.
  if (ws.length > 1 && /\p{L}{3,}ه$/u.test(first.raw) && /^ال/u.test(ws[1]!.f) && !arEvidence(ctx, first) && !ref.title) return null;
  // …and so is one before a preposition glued to its complement (قدم الرئيس شكره لعضو الشرف), title or not.
  if (ws.length > 1 && PRONOUN_SUFFIXED.test(bareWord(first)) && /^[لب](?!ال)\p{L}{3,}/u.test(ws[1]!.f) && !arEvidence(ctx, first)) return null;
  // "وأبدى المدير الفني حزنه من …", "أكد الأمين العام عزمه “…”": one word with a pronoun suffix (ه
  // written, not ة) before a preposition or a quote is the verb's object; the title is the subject.
  const next = ctx.toks[ref.to];
  // So is one before a preposition glued to a definite word (نصح الرئيس حلفاءه بالحوار).
  const objectNext = !!next && (AR_CUE_PREPS.has(next.f) || AR_PARTICIPLES.has(next.f) || /^[“”«»"„]$/u.test(next.raw) || /^(?:بال|لل)\p{L}{2,}/u.test(next.f));
  if (ws.length === 1 && PRONOUN_SUFFIXED.test(bareWord(first)) && objectNext && arEvidence(ctx, first) !== 'strong') return null;
  // A feminine noun in construct with a definite one (ضرورة الوحدة، أهمية الحوار), neither of them a
  // name the lexicon or the article knows, is a noun phrase: names ending in ة are in the lexicon.
  if (ws.length === 2 && /\p{L}{2,}ه$/u.test(stripConj(first.f)) && /^ال/u.test(ws[1]!.f) && !ref.title && !arEvidence(ctx, first) && arEvidence(ctx, ws[1]!) !== 'strong') return null;
  // "ورفض الوزير إصدار أي تعليق": a verbal noun of the إفعال form (إعطاء، إصدار، إجراء),
  // written with its hamza, is what the verb governs, title or not; given names of that shape
  // (إيهاب) are in the lexicon, and a foreign one (إيفان ماركو) has a word the article writes again.
  if (IF3AL.test(bareWord(first)) && !ws.some((w) => arEvidence(ctx, w))) return null;
  // A project, campaign or plan (ويؤكد مشروع الحزب) and a piece of an agency's name (فرانس برس)
  // never speak.
  if (AR_SILENT_HEADS.has(stripConj(first.f))) return null;
  let n = 1;
  const evs = [arEvidence(ctx, ws[0]!)];
  for (; n < ws.length; n++) {
    const w = ws[n]!;
    const ev = arEvidence(ctx, w);
    if (arNotName(w) || (evs.some(Boolean) && !ev && arRunOn(w, n === ws.length - 1, n === 1 && AR_GIVEN_NAMES.has(ws[0]!.f)))) break;
    // A later mention of a known person (its surname among the words) ends with the words the
    // article gave that person: ووصف مرعي الأجواء → مرعي.
    const prefix = ws.slice(0, n);
    if (!ref.title && !known(w) && prefix.every(known) && prefix.some((x) => !AR_GIVEN_NAMES.has(x.f))) break;
    evs.push(ev);
  }
  // One word with no strong evidence is the verb's object when it runs on into the clause (يؤكد تفرد
  // النموذج), or when it is a definite noun that is no nisba surname (وصف الأجواء، الدراسة).
  if (ws.length === 1 && !ref.title && evs[0] !== 'strong') {
    // A definite surname the article writes again, right before أن/إن (شدد الرميد على أن …),
    // is the subject: a definite object noun never stands there.
    const subject = evs[0] === 'weak' && beforeThat(ctx, ref.to);
    if (!cleanEnd(ctx, ref.to) || (/^ال/u.test(ws[0]!.f) && !/ي$/u.test(ws[0]!.f) && !subject)) return null;
  }
  if (n === ws.length) return ref;
  return { ...ref, text: cutText(ref.text, n) };
}

/** Token `to` opens the reported clause: أن/إن, or على/إلى before one (شدد على أن، أشار إلى أن). */
function beforeThat(ctx: Ctx, to: number): boolean {
  const t = ctx.toks[to];
  if (!t?.word) return false;
  // Not بأن (وصفت السلطنة بأنها …: the verb's object, then what it was called).
  if (AR_COMPLEMENTISERS.has(t.f)) return !t.f.startsWith('ب');
  const n = ctx.toks[to + 1];
  return (t.f === 'علي' || t.f === 'الي') && !!n?.word && AR_COMPLEMENTISERS.has(n.f);
}

/** The first n whitespace-separated words of `text`, as written. */
function cutText(text: string, n: number): string {
  const m = text.match(new RegExp(`^\\s*(?:\\S+\\s+){${n - 1}}\\S+`, 'u'));
  return m ? m[0].trim() : text;
}

// Definite verbal nouns of the derived forms (folded): التفعيل، المفاعلة، الافتعال، الاستفعال، التفاعل.
// التفعيل never ends in ية: that is a nisba (التركية، التونسية), which keeps an organisation's name.
const VERBAL_NOUN = /^(?:الت\p{L}{2}ي(?!ه)\p{L}|الم\p{L}ا\p{L}{2}ه|الا\p{L}ت\p{L}ا\p{L}|الاست\p{L}{2}ا\p{L}|الت\p{L}ا\p{L}{2})$/u;

/** An organisation reading must have an organisation head (وزارة، حزب، الحكومة) or be known; a word
 * that can be no name part ends it. */
function arOrg(ctx: Ctx, ref: SpeakerRef): SpeakerRef | null {
  const ws = wordsOf(ref.text);
  const head = (w: Word) =>
    [w.f, stripConj(w.f)].some((f) => AR_ORG_HEADS.has(f) || AR_MEDIA_HEADS.has(f) || AR_ORG_HEADS.has(`ال${f}`) || AR_TITLE_HEADS.has(f));
  if (ws.length === 0 || arNotName(ws[0]!)) return null;
  // An outlet named in brackets after the cue (كتبت (نيوز ويك)) is its own evidence, and so is the
  // issuer of a statement (أصدر الاتحاد بيانا).
  if (ref.kind === 'org' && (ref.outlet || ref.issued)) return ref;
  const h = ws.findIndex(head);
  if (h < 0) return ctx.resolver.people.some((p) => p.org && p.name === ref.text) ? ref : null;
  // A definite head closes its name: an indefinite word after it is the verb's object (أعلنت
  // الحركة تعيين نائبين); an indefinite head runs on through its construct (وزارة الشؤون الخارجية).
  // A definite word, also behind a glued ل (المنظمة الدولية للهجرة).
  const definite = (w: Word) => /^(?:و?ال|لل)/u.test(w.f);
  // لحقوق الإنسان; and ل + a territory with its name (السلطات المحلية لإقليم تيزنيت).
  const field = (i: number) => /^ل\p{L}{2,}/u.test(ws[i]?.f ?? '') && (definite(ws[i + 1] ?? { raw: '', f: '' }) || (AR_TERRITORIES.has(ws[i]!.f.slice(1)) && !!ws[i + 1]));
  // A definite verbal noun once the name is complete (after a definite word, or past the head's
  // first complement) begins the verb's object: وجدد الحزب التأكيد، وكانت رابطة علماء البلد المطالبة.
  const object = (i: number) => VERBAL_NOUN.test(ws[i]!.f) && (definite(ws[i - 1]!) || i - 1 > h);
  // A plural noun after the head is its membership (وفد المراقبين، نقابة الصحفيين), not a run-on.
  const cut = ws.findIndex((w, i) => i > h && ((arNotName(w) && !/^لل\p{L}{3,}/u.test(w.f) && !isGroup(w)) || object(i) || (definite(ws[h]!) && !definite(w) && !head(w) && !field(i) && !field(i - 1))));
  return cut > 0 ? { ...ref, text: cutText(ref.text, cut) } : ref;
}

/** "وأضاف المسؤول" right after "قال مسؤول يمني": the same unnamed source, not a named official. */
function sameUnnamed(ctx: Ctx, head: string): boolean {
  const u = ctx.unnamed[ctx.unnamed.length - 1];
  if (!u || (ctx.last && ctx.last.pos > u.pos)) return false;
  return stripConj(foldKey(u.text.split(/\s+/u)[0] ?? '')).replace(/^ال/u, '') === head;
}

// How far after a title the anonymity formula may stand (المسؤول الذي طلب عدم ذكر اسمه).
const WITHHELD_REACH = 4;

/** "… الذي طلب عدم ذكر اسمه", "… who asked not to be named": the person is kept anonymous. */
function withheldName(ctx: Ctx, to: number): boolean {
  for (let k = to; k < Math.min(ctx.toks.length, to + WITHHELD_REACH); k++) {
    const t = ctx.toks[k]!;
    if (!t.word) return false;
    if (t.f === 'عدم') return true;
  }
  return false;
}

/** A title reading that runs on past its office (الرئيس المواطنين): the longest prefix the article
 * gives someone, else the title as read. */
function arTitle(ctx: Ctx, ref: SpeakerRef, pos: number): Admitted {
  const ws = wordsOf(ref.text);
  // "وقالت والدة الضحية": a relative the story does not name speaks, but is nobody to show.
  if (ws.length > 1 && isKin(ws[0]!.f)) return NONE;
  if (ws.length === 0 || arNotName(ws[0]!)) return null;
  // مسؤول يمني رفيع، مصادر مطلعة، عضو اللجنة: nobody in particular, unless a definite one (المسؤول)
  // points back to someone the article names.
  const head = stripConj(ws[0]!.f);
  if (unnamedHead(ws[0]!) || withheldName(ctx, ref.to)) return NONE;
  if (/^ال/u.test(head) && AR_UNNAMED_HEADS.has(head.slice(2)) && (sameUnnamed(ctx, head.slice(2)) || !ctx.resolver.byTitle(ref.text, pos))) return NONE;
  // Only a definite title points back to someone (الرئيس); "مسؤول يمني رفيع" is someone new.
  if (ws.length === 1 || !/^ال/u.test(stripConj(ws[0]!.f)) || ctx.resolver.byTitle(ref.text, pos)) return ref;
  // "المتحدث باسم الكرملين": a prefix never drops what a link word (باسم، لشؤون) ties to the office.
  const link = ws.findIndex((w) => AR_TITLE_LINKS.has(w.f));
  for (let n = ws.length - 1; n >= (link >= 0 ? link + 2 : 1); n--) {
    const text = cutText(ref.text, n);
    if (ctx.resolver.byTitle(text, pos)) return { ...ref, text };
  }
  return ref;
}

// Plurals that name a crowd, not a person, beside those of person titles (residents, councillors).
const EN_CROWDS = new Set(['people', 'locals', 'men', 'women', 'children', 'families', 'villagers', 'protesters', 'parents', 'voters', 'pupils']);

/** "Councillors said", "Leeds residents say", "Neighbours told …": the phrase's head is the plural
 * of a person's title, a group that names nobody. Organisation heads (officials, prosecutors) stay
 * speakers, and so does a group tied to a body ("Analysts at Goldman Sachs" speak for it). */
export function enGroup(text: string): boolean {
  if (/\s(?:of|for|at|from|with)\s/iu.test(text)) return false;
  const head = (text.toLowerCase().match(/[\p{L}-]+/gu) ?? []).pop() ?? '';
  if (EN_ORG_HEADS.has(head)) return false;
  if (EN_CROWDS.has(head)) return true;
  return head.length > 3 && head.endsWith('s') && EN_TITLES.has(head.slice(0, -1));
}

/** English: "Blair's spokesman said" names Blair's side; a phrase made of stop words is none; a
 * group (residents, councillors) names nobody. */
function enRef(ref: SpeakerRef): Admitted {
  if (ref.kind === 'pronoun') return ref;
  if ((ref.kind === 'title' || ref.kind === 'name') && enGroup(ref.text)) return NONE;
  const text = ref.text.replace(/['’]s$/u, '');
  if (wordsOf(text).every((w) => EN_STOP.has(w.f))) return null;
  return text === ref.text ? ref : { ...ref, text };
}

// Plural heads of a Russian group subject: experts, analysts, officials, residents, sources.
const RU_GROUPS = /^(?:эксперт|аналитик|специалист|чиновник|источник|жител|участник|наблюдател|политолог|экономист)(?:ы|и|ов|ам|ами|ах)$|^власт(?:и|ей|ям)$/u;

/** Russian: a sentence-initial function word (Но, Однако) or a bare Latin-script word in Russian
 * copy (Boeing, Fox: a product or an outlet) is no speaker. */
/** The office phrase that ends with a genitive country (Представитель правительства Германии), if a
 * title word opens it within a few words; else nobody. */
function ruOfficeBefore(ctx: Ctx, at: number, to: number): SpeakerRef | null {
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    const t = ctx.toks[k]!;
    if (!t.word) return null;
    if (RU_TITLES.has(t.f)) return { kind: 'title', text: ctx.body.slice(t.start, ctx.toks[to - 1]!.end), from: k, to };
  }
  return null;
}

function ruRef(ctx: Ctx, ref: SpeakerRef): Admitted {
  if (ref.kind === 'agency' && ref.relay) return NONE;
  // "по словам источника в правительстве", "собеседник агентства", "чиновник аппарата": nobody named, in any case.
  // So is a witness (очевидица нападения, свидетель), whatever the reading made of the phrase.
  // (Its adjectives aside: дипломатический источник.)
  const folded = foldKey(ref.text).split(/\s+/u);
  const core = (ref.kind === 'title' || ref.kind === 'org' ? folded.slice(ruTitleHeadAt(folded)) : folded).join(' ');
  if ((ref.kind === 'title' || ref.kind === 'org') && /^(?:источник|собеседни[кц]|(?:чиновник|сотрудник|работник)\p{L}* \p{L})/u.test(core)) return NONE;
  if (/^(?:источник\p{L}*|очевид(?:ец|ица|цы)\p{L}*|свидетел\p{L}*)(?:\s|$)/u.test(core)) return NONE;
  // A group (Эксперты считают, аналитики полагают) or a bare generic body in lower case (— отметили
  // в компании) names nobody: the quote is unattributed.
  const first = foldKey(ref.text.split(/\s+/u)[0] ?? '');
  // Any title in the nominative plural (Адвокаты обвиняемого, Депутаты фракции) is a group too.
  if (RU_GROUPS.test(first) || (/[ыи]$/u.test(first) && RU_TITLES.has(first.slice(0, -1)))) return NONE;
  // A title reading whose head is no title (родственники погибших, read as a group) names nobody.
  const head = ref.kind === 'title' ? ruTitleHead(folded) : first;
  if (ref.kind === 'title' && !RU_TITLES.has(head) && !ruAgentNoun(head) && !(ref.to - ref.from === 1 && ruPersonNounAtEnd(head))) return NONE;
  // "сказал представитель Microsoft", "цитирует представителя минобороны": a representative nobody
  // names is an unnamed official, unless the article named one with that title (Ирина Волк).
  if (ref.kind === 'title' && /^(?:официальн\p{L}+ )?представител/u.test(foldKey(ref.text)) && !ctx.resolver.byTitle(ref.text, ctx.toks[ref.from]?.start ?? 0)) return NONE;
  if (ref.kind === 'org' && !ref.text.includes(' ') && /^\p{Ll}/u.test(ref.text)) return NONE;
  if (ref.kind !== 'name') return ref;
  const ws = wordsOf(ref.text);
  if (ws.length === 0 || RU_NOT_NAME.has(ws[0]!.f)) return null;
  // "в книге The Outsider: My Life", "The Beatles": Russian news writes people in Cyrillic, so a
  // name all in Latin letters is a work, band or brand, never a person who speaks.
  if (ws.every((w) => /^[A-Za-z][A-Za-z'’.-]*$/u.test(w.raw))) return null;
  // "Президент России", "глава Украины": a nominative title with a country in the genitive is an
  // office, not a person named России.
  // The word before the name itself (a reading may start at its title: Представитель … Германии).
  const at = ref.to - ws.length;
  // "Накануне часть труппы …": a lone word capitalised only because it opens the sentence.
  if (ws.length === 1 && bareOpener(ctx, at)) return null;
  const before = ctx.toks[at - 1];
  // A masculine or -я genitive too (президент Казахстана, глава Израиля), never a woman's surname
  // (министр Голикова); "глава" is nominative whatever its ending.
  // (So is a soft or hushing stem's -и, Чечни, Польши, Калуги, Кореи, not a foreign surname's: Рухани, Моди.)
  const genitivePlace = /(?:ии|ы|[кгхшщжч]и|[бвгджзклмнпрстфхцчшщ]ни|еи)$/u.test(ws[0]!.f) || (/[ая]$/u.test(ws[0]!.f) && !/(?:ов|ев|ёв|ин|ын|ск|цк)(?:а|ая)$/u.test(ws[0]!.f));
  if (ws.length === 1 && genitivePlace && before?.word && RU_TITLES.has(before.f) && (!/[ауя]$/u.test(before.f) || before.f === 'глава')) {
    return { kind: 'title', text: ctx.body.slice(before.start, ctx.toks[ref.to - 1]!.end), from: ref.from - 1, to: ref.to };
  }
  // "Представитель правительства Германии": a country in the genitive after an office's words.
  // So does "глава Банка России": a country after a capitalised institution word.
  const institution = !!before?.word && before.cap && RU_ORG_STEMS.some((x) => before.f.startsWith(x));
  if (ws.length === 1 && /(?:ии|ы)$/u.test(ws[0]!.f) && before?.word && (!before.cap || institution)) return ruOfficeBefore(ctx, at, ref.to);
  // "тренер сборной Уэльса", "мэр Берлина": a place in the masculine genitive after a lower-case
  // noun that an office opens is that office's, not a surname (a surname alone keeps its reading).
  // So is a word after a title in the genitive (пресс-секретарь президента Казахстана): the
  // speaker is the office that opens the phrase.
  const afterGenitiveTitle = ws.length === 1 && !!before?.word && ruGenitiveTitle(before.f) && at - 1 > 0 && ctx.toks[at - 2]?.word === true;
  if (afterGenitiveTitle) {
    const office = ruOfficeBefore(ctx, at - 1, ref.to);
    if (office) return office;
  }
  if (ws.length === 1 && /[ая]$/u.test(ws[0]!.f) && before?.word && !before.cap && !RU_TITLES.has(before.f)) {
    const office = ruOfficeBefore(ctx, at, ref.to);
    if (office) return office;
  }
  // "с Сергеем Рябковым": a name in the instrumental is whom someone met, never the speaker.
  if (ws.length >= 2 && ws.every((w) => /(?:ом|ем|ым|им)$/u.test(w.f))) return null;
  // "вдове писателя Анне Павловне": a name in the dative is whom it was given or said to.
  if (ruDativeName(ref.text)) return null;
  return ref;
}

/** The speaker phrase admitted as an entity (possibly shortened); null when it is none (the cue is
 * then pro-drop), NONE when it is a subject that names nobody (مسرحيون مهتمون). */
export function admit(ctx: Ctx, ref: SpeakerRef, pos: number): Admitted {
  if (ctx.lang === 'en') return enRef(ref);
  if (ctx.lang === 'ru') return ruRef(ctx, ref);
  if (ctx.lang !== 'ar') return ref;
  if (ref.kind === 'name') return arName(ctx, ref);
  if (ref.kind === 'org') return arOrg(ctx, ref);
  if (ref.kind === 'title') return arTitle(ctx, ref, pos);
  return ref;
}

// An indefinite verbal noun (تحقيق، إصلاح، استقلال، انتخاب): a speaker never starts with one.
const MASDAR = /^(?:ت\p{L}{2}ي\p{L}|ا\p{L}{2}ا\p{L}|است\p{L}{2}ا\p{L}|ا\p{L}ت\p{L}ا\p{L})$/u;

/** The last check on a resolved speaker, whatever path found it (carried over, a headline label, a
 * recorded title): no word of it may be one that is never a name part, and a group or an unnamed
 * source is nobody. */
export function entityShaped(speaker: string, lang: Lang, titled = false): boolean {
  if (lang === 'ar' && AR_INITIALS.test(speaker)) return true;
  const ws = wordsOf(speaker);
  if (ws.length === 0) return false;
  // A لل-word after the first names a body's field (المنظمة الدولية للهجرة), never a run-on.
  // So does a plural noun after an organisation's head (نقابة الصحفيين، وفد المراقبين), and في
  // before a mission's city (السفارة الأردنية في الرباط).
  const org = AR_ORG_HEADS.has(stripConj(ws[0]!.f));
  const w0 = ws[0]!.f;
  // A person the article gave a title (مدرب الفريق إيفان X) is no verbal noun, whatever its shape.
  if (lang === 'ar' && !titled && MASDAR.test(w0) && !AR_GIVEN_NAMES.has(w0) && !AR_ORG_HEADS.has(w0) && !AR_TITLE_HEADS.has(w0)) return false;
  // So does في before the body an office is in (وزير الاقتصاد في حكومة تصريف الأعمال).
  const inBody = (i: number) => i > 0 && i < ws.length - 1 && AR_ORG_HEADS.has(stripConj(ws[i + 1]!.f));
  // A titled person's surname may have a plural's shape (المستكشفة ماري ميلتسون).
  if (lang === 'ar') return !isGroup(ws[0]!) && !unnamedHead(ws[0]!) && !ws.some((w, i) => arNotName(w) && !(i > 0 && (/^لل\p{L}{3,}/u.test(w.f) || (w.f === 'في' && inBody(i)) || ((org || titled) && isGroup(w)) || (org && w.f === 'في' && i < ws.length - 1))));
  if (lang === 'ru') return !RU_NOT_NAME.has(ws[0]!.f);
  if (lang === 'en') return !/['’]s$/u.test(speaker) && !ws.every((w) => EN_STOP.has(w.f)) && !enGroup(speaker);
  return true;
}
