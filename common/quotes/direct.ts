// Decides which quoted spans are speech and who said them: a cue before the quote in its sentence,
// a colon after a speaker, a cue right after the closing mark, the previous quote in the paragraph,
// or a cue paragraph ending in a colon. Names, titles and scare quotes without a cue are dropped.
// Pure: no DOM, no Node. Offsets are UTF-16 units into the body.
import { foldKey } from '../text/normalize.js';
import { CONFIDENCE } from './confidence.js';
import { tokAt, type Ctx } from './context.js';
import { cueAt } from './cue-at.js';
import { captionAbove, captionBelow } from './caption-name-ru.js';
import { cueSpeaker, type CueSpeaker } from './cues.js';
import type { Draft } from './draft.js';
import { AR_COMPLEMENTISERS, AR_NAMING_WORDS } from './lexicon-ar.js';
import { EN_NAMING } from './lexicon-en.js';
import { RU_GIVEN_NAMES, RU_NAMING, RU_OPENERS, RU_TITLES, RU_WORKS } from './lexicon-ru.js';
import { ruNominative } from './ru-nominative.js';
import type { MarkSpan } from './quote-marks.js';
import { arSpeakerAt } from './speaker-ar.js';
import { enSentenceSubject, enSpeakerBefore } from './speaker-en.js';
import { spanText, type SpeakerRef } from './speaker-ref.js';
import { ruSentenceSubject, ruSpeakerAfter, ruSpeakerBefore, ruSpeechEvent } from './speaker-ru.js';
import { countWords, isSentenceEnd, stripConj } from './tokens.js';

// textacy's MIN_QUOTE_LENGTH: fewer words than this is a name or a scare quote, not a statement.
export const MIN_QUOTE_WORDS = 3;
// Two words are enough right after a complementiser or a cue (ledByCue).
const MIN_LED_QUOTE_WORDS = 2;
const LEAD_THAT = new Set(['что', 'that']);
const EN_MODALS = new Set(['would', 'will', 'could', 'should', 'must', 'might', 'may', 'can']);
const CUE_OBJECT_PREPS = new Set(['на', 'على', 'إلى', 'الي', 'to']);
// A quote standing alone as its paragraph, with no cue anywhere, is taken as speech by the last
// speaker only when it is this long: shorter ones are slogans, titles and captions.
const MIN_BARE_PARAGRAPH_QUOTE_WORDS = 8;
// A quote that is a whole sentence after a sentence naming who spoke needs only this many words.
const MIN_SENTENCE_QUOTE_WORDS = 4;
// How many tokens after the closing mark may separate it from its cue ("”، قال الفيلكاوي").
const AFTER_WINDOW = 6;
// How long an English appositive between the name and a trailing cue may be.
const APPOSITIVE_MAX = 16;
// How long a verbless English lead-in before "…: “quote”" may be (Her neighbour, X, was blunt:).
const COLON_SENTENCE_MAX = 12;

// A quoted name that starts with its naming word ("اتفاقية الممر الآمن لنقل الحبوب") is short.
const MAX_NAME_QUOTE_WORDS = 5;
const NAMING = new Set([...AR_NAMING_WORDS, ...EN_NAMING, ...RU_NAMING]);

/** `settled`: the speaker is the previous quote's, already settled (null stays unattributed). */
export type Attribution = { ref: SpeakerRef | null; via: string | null; cue: string | null; confidence: number; settled?: boolean };

/** The last cue in tokens [from, to) outside quotes; an "according to <agency>" on the way is kept as via. */
export function lastCue(ctx: Ctx, from: number, to: number): CueSpeaker | null {
  let via: string | null = null;
  for (let k = to - 1; k >= from; k--) {
    if (ctx.inQuote[k]) continue;
    const cue = cueAt(ctx, k);
    if (!cue) continue;
    // "وبالنسبة للنائب X، فإن الانتخابات تؤكد «…»": a verb inside the framed clause is not the cue.
    if (cue.kind === 'verb' && framedBy(ctx, from, k)) continue;
    // "جاء ذلك في اجتماع X مع …": "this came in …" points back to what was said before, never
    // to a quote after it.
    if (cue.kind === 'statement' && ctx.lang === 'ar' && /^(?:ذلك|هذا)$/u.test(ctx.toks[k + 1]?.f ?? '')) continue;
    // "وأضاف الوزير - في تصريح حسبما ذكرت قناة X - أنه «…»": a cue inside a dash aside is not the quote's.
    if (ctx.lang === 'ar' && inDashAside(ctx, from, k, to)) continue;
    const sp = cueSpeaker(ctx, cue, ctx.sentStart[k]!, to);
    if (cue.kind === 'according' && !sp.ref) {
      via ??= sp.via;
      continue;
    }
    return { ...sp, via: sp.via ?? via };
  }
  return null;
}

const isDash = (t: { raw: string } | undefined): boolean => !!t && /^[-–—]$/u.test(t.raw);

// How many tokens before a question's opening mark the word "question" may stand.
const QUESTION_REACH = 6;
/** A quoted question (ending in ?/؟) right after the noun "question" (سؤال، вопрос) in its
 * sentence: what a journalist asked, not what the story's speaker said. */
function journalistQuestion(ctx: Ctx, s: MarkSpan, o: number): boolean {
  if (ctx.lang !== 'ar' && ctx.lang !== 'ru') return false;
  if (!/[?؟]\s*$/u.test(ctx.body.slice(s.start, s.end))) return false;
  const floor = Math.max(ctx.sentStart[o] ?? o, o - QUESTION_REACH);
  for (let k = o - 1; k >= floor; k--) {
    const t = ctx.toks[k]!;
    if (!t.word || ctx.inQuote[k]) continue;
    if (ctx.lang === 'ar' ? /^(?:و?(?:ب|ل)?)?سوالا?$/u.test(t.f) : /^вопрос(?:ы|ом|е)?$/u.test(t.f)) return true;
  }
  return false;
}

/** Is token `k` between two dashes in [from, to): an aside (" - في تصريح … - ") inside the sentence? */
function inDashAside(ctx: Ctx, from: number, k: number, to: number): boolean {
  let open = -1;
  for (let j = k - 1; j >= from && open < 0; j--) if (isDash(ctx.toks[j])) open = j;
  if (open < 0) return false;
  for (let j = k + 1; j < to; j++) if (isDash(ctx.toks[j])) return true;
  return false;
}

/** Is token `k` inside a "بالنسبة لـ X، فإن …" frame that opens in [from, k)? */
function framedBy(ctx: Ctx, from: number, k: number): boolean {
  let fa = -1;
  for (let j = k - 1; j >= from; j--) {
    const f = ctx.toks[j]!.f;
    if (f === 'فان' && fa < 0) fa = j;
    if (fa > 0 && stripConj(f) === 'بالنسبه' && cueAt(ctx, j)?.kind === 'according') return true;
  }
  return false;
}

/** "X لـ«الحياة»: «…»": [k, colon) is only the outlet told, لـ with a name of one to three words in
 * quote marks, in an interview's opening line. */
function toldOutlet(ctx: Ctx, k: number, colon: number): boolean {
  const t = ctx.toks;
  const mark = (x: { raw: string } | undefined) => !!x && /^[«»“”"„]$/u.test(x.raw);
  if (t[k]?.raw !== 'لـ' || !mark(t[k + 1]) || !mark(t[colon - 1])) return false;
  const words = colon - 1 - (k + 2);
  return words >= 1 && words <= 3 && t.slice(k + 2, colon - 1).every((x) => x.word);
}

/** Speaker phrase that fills [from, colon) exactly ("Ларин: «…»", "الشامي: “…”"). */
function colonSpeaker(ctx: Ctx, from: number, colon: number): SpeakerRef | null {
  if (colon <= from) return null;
  if (ctx.lang === 'ar') {
    const ref = arSpeakerAt(ctx.body, ctx.toks, from, ctx.resolver.knows);
    return ref && (ref.to === colon || toldOutlet(ctx, ref.to, colon)) ? ref : null;
  }
  const ref = ctx.lang === 'en' ? enSpeakerBefore(ctx.body, ctx.toks, colon, from) : ruSpeakerBefore(ctx.body, ctx.toks, colon, from);
  // "Далее Сомов: «…»", "Слова Сомова: «…»": a sentence opener before the name is no part of it.
  let start = from;
  while (ctx.lang === 'ru' && start < colon && ctx.toks[start]!.word && RU_OPENERS.has(ctx.toks[start]!.f)) start++;
  // ("Слова Сомова: «…»", "Слова Ивана Сомова приводит ТАСС: «…»": the owner of the words, in the genitive.)
  if (ref && ref.kind === 'name' && ref.from === start) return ctx.lang === 'ru' && ctx.toks[start - 1]?.f === 'слова' ? { ...ref, text: ruNominative(ref.text) } : ref;
  return ctx.lang === 'ru' ? ruTitledColon(ctx, ref, start, colon) : null;
}

// How many tokens a title before a name or alone may take in "Title Name: «…»" (Главный тренер «Динамо»).
const COLON_TITLE_TOKENS = 6;
/** "Губернатор Марина Ковалева: «…»", "Главный тренер «Динамо» Петр Лунин: «…»", "Губернатор: «…»":
 * a title opening the lead-in, then the name, or the title alone, fills it up to the colon. */
function ruTitledColon(ctx: Ctx, ref: SpeakerRef | null, start: number, colon: number): SpeakerRef | null {
  const { toks } = ctx;
  const upTo = ref?.kind === 'name' && ref.to === colon ? ref.from : colon;
  const lead = toks.slice(start, upTo);
  if (lead.length === 0 || lead.length > COLON_TITLE_TOKENS || !RU_TITLES.has(lead[0]!.f) && !RU_TITLES.has(lead[1]?.f ?? '')) return null;
  if (!lead.every((t) => t.word || ['«', '»', '"'].includes(t.raw))) return null;
  if (upTo < colon) return { ...(ref as SpeakerRef & { kind: 'name' }), title: spanText(ctx.body, toks, start, upTo) };
  return lead.length <= 3 && lead.every((t) => t.word) ? { kind: 'title', text: spanText(ctx.body, toks, start, colon), from: start, to: colon } : null;
}

// Verbs by which an outlet relays (сообщает «Лента.ру», как пишет «Коммерсант», передает «…»).
const RU_RELAY_VERB = /^(?:сообща(?:ет|ют)|сообщил[аои]?|пиш(?:ет|ут)|писал[аои]?|переда(?:ет|ют)|передал[аои]?|информиру(?:ет|ют))$/u;
// Verbs by which an outlet quotes someone (цитирует «Известия» министра, приводит «Коммерсант»).
const RU_QUOTING_VERB = /^(?:цитиру(?:ет|ют)|процитировал[аи]?|привод(?:ит|ят)|привел[аи]?)$/u;
// How many words an outlet's name in quote marks may have (Новый Регион — Екатеринбург).
const OUTLET_NAME_WORDS = 5;
/** "…, сообщает «Спорт уик-энд».": a short capitalised span right after a relay verb that ends its
 * sentence or clause is the outlet's name, not words said. */
function ruOutletNamed(ctx: Ctx, verb: string, s: MarkSpan): boolean {
  if (s.close === null || countWords(ctx.body.slice(s.start, s.end)) > OUTLET_NAME_WORDS) return false;
  // "— цитирует «Комсомольская правда» Наталью Белову": what quotes someone is an outlet (or a work).
  if (RU_QUOTING_VERB.test(verb)) return true;
  if (!RU_RELAY_VERB.test(verb)) return false;
  const after = ctx.toks[tokAt(ctx.toks, s.close + 1)];
  return !after || (!after.word && ['.', ',', ';', '\n'].includes(after.raw));
}

const isNamed = (ctx: Ctx, open: number, s: MarkSpan): boolean => {
  // In cased scripts a name in quote marks is capitalised («Уралтранс»); a lower-case start is
  // someone's words (компании «не испытывают трудностей»).
  if (ctx.lang !== 'ar' && /^\p{Ll}/u.test(ctx.body.slice(s.start, s.start + 1))) return false;
  // An outlet told, right after the cue and before its "что/that" (заявил «Ura.ru», что …).
  if (ctx.lang !== 'ar' && s.close !== null && countWords(ctx.body.slice(s.start, s.end)) <= 2) {
    const c = tokAt(ctx.toks, s.close + 1);
    if (ctx.toks[c]?.raw === ',' && LEAD_THAT.has(ctx.toks[c + 1]?.f ?? '') && ctx.toks[open - 1]?.word && cueAt(ctx, open - 1)) return true;
  }
  const prev = ctx.toks[open - 1];
  // "песню Happy Birthday («С днем рождения»)", "статье «…» («How to punish …»)": a quote that is all
  // a bracket holds glosses or translates the name before it.
  if (ctx.lang === 'ru' && prev?.raw === '(' && s.close !== null && ctx.toks[tokAt(ctx.toks, s.close + 1)]?.raw === ')') return true;
  if (!prev?.word) return false;
  if (ctx.lang === 'en' && enTitleCase(ctx, open, s)) return true;
  if (ctx.lang === 'ru' && ruOutletNamed(ctx, prev.f, s)) return true;
  // "в статье Сомова «Как победить бедность»": a work, its author, then its title.
  if (ctx.lang === 'ru' && prev.cap && RU_WORKS.has(ctx.toks[open - 2]?.f ?? '') && countWords(ctx.body.slice(s.start, s.end)) <= MAX_NAME_QUOTE_WORDS) return true;
  // Arabic: the naming word inside the marks ("مبادرة البحر الأسود"، «اتفاقية الممر الآمن») when
  // the short span sits in a running clause, not after a complementiser or a cue.
  const first = ctx.toks[open + 1];
  if (ctx.lang === 'ar' && first?.word && NAMING.has(stripConj(first.f)) && countWords(ctx.body.slice(s.start, s.end)) <= MAX_NAME_QUOTE_WORDS
    && !AR_COMPLEMENTISERS.has(prev.f) && !cueAt(ctx, open - 1)) return true;
  const f = stripConj(prev.f).replace(/^(ب|ل)ـ?$/, '');
  const before = f === '' ? ctx.toks[open - 2] : prev;
  if (!before) return false;
  if (NAMING.has(before.f) || NAMING.has(stripConj(before.f)) || NAMING.has(foldKey(before.raw))) return true;
  // A naming word behind a glued preposition (نوّه ببرنامج «…»، انضم لحملة "…"، وفي مبادرة).
  const glued = ctx.lang === 'ar' ? /^(?:[وف]?)(?:ب|ل|ك)(\p{L}{3,})$/u.exec(before.f) : null;
  return !!glued && NAMING.has(glued[1]!);
};

// Words an English title leaves in lower case (Lost in the City, Breakfast with Frost).
const EN_TITLE_SMALL = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'and', 'or', 'but', 'nor', 'as', 'into', 'over']);
// How many words a title in marks may have (A Better Future For All Our Children).
const MAX_TITLE_WORDS = 7;
/** English: 'the film "Lost in the City"', 'campaign group "Save Our Schools"', 'sang "You'll Never Walk
 * Alone"': a span in Title Case (every word capitalised but the small ones), not sentence-ended, right
 * after a word that is no cue, names a work, a programme or a group rather than quoting anyone. */
function enTitleCase(ctx: Ctx, open: number, s: MarkSpan): boolean {
  const text = ctx.body.slice(s.start, s.end).trim();
  const words = text.split(/\s+/u);
  if (words.length < 2 || words.length > MAX_TITLE_WORDS || /[.!?,;:]$/u.test(text) || cueAt(ctx, open - 1)) return false;
  const cap = (w: string) => /^["'“‘(]?\p{Lu}/u.test(w);
  return cap(words[0]!) && cap(words[words.length - 1]!) && words.every((w) => cap(w) || EN_TITLE_SMALL.has(w.toLowerCase()));
}

/** "But as McKinnell began: “…”": a lone capitalised word in [from, to), not after a preposition
 * nor possessive, that is a word of a person's name the story already knows. */
function knownSurname(ctx: Ctx, from: number, to: number): SpeakerRef | null {
  for (let k = from; k < to; k++) {
    const t = ctx.toks[k]!;
    if (!t.word || !t.cap || /['’]s$/u.test(t.raw) || !ctx.resolver.knows(t.f) || ctx.toks[k + 1]?.cap || ctx.toks[k - 1]?.cap) continue;
    if (['in', 'at', 'from', 'of', 'for', 'to', 'with', 'by', 'on', 'about'].includes(ctx.toks[k - 1]?.f ?? '')) continue;
    const p = ctx.resolver.people.find((x) => !x.org && x.words.includes(t.f));
    if (p) return { kind: 'name', text: t.raw, title: null, from: k, to: k + 1 };
  }
  return null;
}

/** English "X told him: “… happened.” Y hit back: “…”": a quote closed by its own full stop ends
 * the sentence, so the sentence of the quote at `o` starts after it. */
function quoteEndedFloor(ctx: Ctx, floor: number, o: number): number {
  if (ctx.lang !== 'en') return floor;
  for (let k = o - 1; k > floor; k--) {
    if (ctx.inQuote[k] && QUOTE_MARK.test(ctx.toks[k]!.raw) && /^[.?!]$/u.test(ctx.toks[k - 1]!.raw) && !ctx.inQuote[k + 1]) return k + 1;
  }
  return floor;
}
const QUOTE_MARK = /^[“”"]$/u;

/** A quote right after a complementiser or a cue (أن "نفدت بالكامل"، указал на «…», said Tehran
 * would "respond proportionately"): its words are someone's even when they are only two. */
function ledByCue(ctx: Ctx, o: number, s: MarkSpan): boolean {
  const prev = ctx.toks[o - 1];
  if (!prev?.word || ctx.inQuote[o - 1]) return false;
  // After أن the quote must close its clause: أن "صيغة أستانا" ما زالت … quotes a subject's name.
  if (AR_COMPLEMENTISERS.has(prev.f) || LEAD_THAT.has(prev.f)) return s.close === null || !ctx.toks[tokAt(ctx.toks, s.close + 1)]?.word;
  if (cueAt(ctx, o - 1)) return true;
  // "said Tehran would “respond proportionately”": a modal right after a cue and its subject.
  if (EN_MODALS.has(prev.f)) for (let k = o - 2; k >= Math.max(0, o - 4); k--) if (ctx.toks[k]!.word && cueAt(ctx, k)) return true;
  return CUE_OBJECT_PREPS.has(prev.f) && !!ctx.toks[o - 2]?.word && !!cueAt(ctx, o - 2);
}

/** Does span `s` take its whole paragraph: nothing but punctuation after its closing mark? */
function fillsBlock(ctx: Ctx, s: MarkSpan): boolean {
  const rest = ctx.body.slice(s.close! + 1, ctx.blocks[s.block]!.end);
  return !/[\p{L}\p{N}]/u.test(rest);
}

/** Does a cue follow the closing mark in the same sentence («…», — сказал X; «…», сказал X)? */
function invertedCueAfter(ctx: Ctx, s: MarkSpan): boolean {
  if (s.close === null) return false;
  let k = tokAt(ctx.toks, s.close + 1);
  while (ctx.toks[k] && !ctx.toks[k]!.word && !isSentenceEnd(ctx.toks[k]!)) k++;
  return !!ctx.toks[k]?.word && ctx.sentStart[k] === ctx.sentStart[tokAt(ctx.toks, s.open)] && !!cueAt(ctx, k);
}

/** Attributes one quoted span; null means "not speech". `prevInBlock` is the last quote kept in its paragraph. */
export function attributeSpan(ctx: Ctx, s: MarkSpan, prevInBlock: Attribution | null, carried: Attribution | null): Attribution | null {
  const { toks } = ctx;
  const words = countWords(ctx.body.slice(s.start, s.end));
  const partOfMulti = s.continued || s.continuation;
  const o = tokAt(toks, s.open);
  if (!partOfMulti && words < MIN_QUOTE_WORDS && !(words >= MIN_LED_QUOTE_WORDS && ledByCue(ctx, o, s))) return null;
  if (isNamed(ctx, o, s)) return null;
  // "وردا على سؤال: «…؟»"، "На вопрос журналиста «…?»": a journalist's question speaks for nobody.
  if (journalistQuestion(ctx, s, o)) return { ref: null, via: null, cue: null, confidence: CONFIDENCE.cueBefore, settled: true };
  if (s.continuation && carried) return { ...carried, confidence: carried.confidence - CONFIDENCE.continuationStep };
  const floor = quoteEndedFloor(ctx, ctx.sentStart[o] ?? o, o);
  const block = ctx.blocks[s.block]!;
  // 1. A cue before the quote in the same sentence.
  const before = lastCue(ctx, floor, o);
  if (before) {
    const cueTok = toks[before.cue.tok]!;
    return { ref: before.ref, via: before.via, cue: cueTok.raw, confidence: s.close === null ? CONFIDENCE.cueBeforeUnclosed : CONFIDENCE.cueBefore };
  }
  // 1b. "Иван Сомов ¶ «…». Министр добавил …": a quote opening its paragraph under a line that holds
  // only a name (a quote digest, a caption) is that person's, unless a cue right after it names
  // someone else («…», — сказал X).
  const caption = o === tokAt(toks, block.start) ? captionAbove(ctx, s.block) : null;
  if (caption && !invertedCueAfter(ctx, s)) return { ref: caption, via: null, cue: null, confidence: CONFIDENCE.colon };
  // 1c. "«…». ¶ Министр финансов Иван Сомов (ТАСС)": a paragraph that is one quote, signed below.
  const signed = o === tokAt(toks, block.start) && s.close !== null && fillsBlock(ctx, s) ? captionBelow(ctx, s.block) : null;
  if (signed && !invertedCueAfter(ctx, s)) return { ref: signed, via: null, cue: null, confidence: CONFIDENCE.colon };
  // 2a. "4 марта, выступление президента: «…»": a verbless lead-in naming an occasion of speech
  // introduces a long quote; whoever it names speaks, else the speaker of the story goes on.
  if (ctx.lang === 'ru' && toks[o - 1]?.raw === ':' && s.close !== null && words >= MIN_BARE_PARAGRAPH_QUOTE_WORDS
    && !toks.slice(floor, o - 1).some((_, i) => ctx.inQuote[floor + i])) {
    const ref = ruSpeechEvent(ctx.body, toks, floor, o - 1);
    if (ref !== undefined) return { ref, via: null, cue: ':', confidence: CONFIDENCE.colonSentence };
  }
  // 2. "Speaker: «…»" with no verb.
  if (toks[o - 1]?.raw === ':') {
    const ref = colonSpeaker(ctx, floor, o - 1);
    if (ref) return { ref, via: null, cue: ':', confidence: CONFIDENCE.colon };
  }
  // 2b. "Her neighbour, Antonio Delgado, was blunt: “…”": a short English sentence whose subject is
  // a full name, ending in a colon right before the quote.
  if (ctx.lang === 'en' && toks[o - 1]?.raw === ':' && o - 1 - floor <= COLON_SENTENCE_MAX) {
    const ref = enSentenceSubject(ctx.body, toks, floor, o - 1) ?? knownSurname(ctx, floor, o - 1);
    if (ref && !toks.slice(floor, o - 1).some((_, i) => ctx.inQuote[floor + i])) return { ref, via: null, cue: ':', confidence: CONFIDENCE.colonSentence };
  }
  // 2c. "Алексей Клименко, член совета, называет это злом: «…»": the same for a Russian sentence,
  // which may open with the name's title (Представитель ведомства Иван Сомов дал объяснение: «…»).
  if (ctx.lang === 'ru' && toks[o - 1]?.raw === ':') {
    const ref = ruSentenceSubject(ctx.body, toks, floor, o - 1);
    if (ref && !toks.slice(floor, o - 1).some((_, i) => ctx.inQuote[floor + i])) return { ref, via: null, cue: ':', confidence: CONFIDENCE.colonSentence };
  }
  // 2d. "Позиция Петра Лунина такова: «…»", "У Петра Лунина свое мнение: «…»": a lead-in naming a
  // person in another case, before a quote that is a sentence of its own.
  if (ctx.lang === 'ru' && toks[o - 1]?.raw === ':' && s.close !== null && words >= MIN_SENTENCE_QUOTE_WORDS && ownSentence(ctx, s)) {
    const ref = obliqueLeadName(ctx, floor, o - 1);
    if (ref) return { ref, via: null, cue: ':', confidence: CONFIDENCE.colonSentence };
  }
  // 3. A cue right after the closing mark ("…”، قال الفيلكاوي", "…," Lavrov said, «…», — сказал).
  if (s.close !== null && !s.orphan) {
    const c = tokAt(toks, s.close + 1);
    const blockEnd = tokAt(toks, block.end);
    let k = c;
    while (k < blockEnd && !toks[k]!.word) k++;
    let end = k;
    while (end < blockEnd && !(ctx.sentStart[end] !== ctx.sentStart[k] && end > k)) end++;
    // "…," Marcus Lindqvist, Sweden's trade minister, said: a name and its appositive may come first.
    let reach = k + AFTER_WINDOW;
    if (ctx.lang === 'en') {
      let n = k;
      while (n < end && toks[n]!.word && toks[n]!.cap) n++;
      if (n > k && toks[n]?.raw === ',') {
        let c = n + 1;
        while (c < Math.min(end, n + APPOSITIVE_MAX) && toks[c]!.raw !== ',') c++;
        if (toks[c]?.raw === ',') reach = Math.max(reach, c + 3);
      }
    }
    for (let j = k; j < Math.min(end, reach); j++) {
      const cue = cueAt(ctx, j);
      if (!cue) continue;
      const sp = cueSpeaker(ctx, cue, k, end);
      return { ref: sp.ref, via: sp.via, cue: toks[j]!.raw, confidence: CONFIDENCE.cueAfter };
    }
    // "«…», — постановщик мюзикла «…», режиссер Михаил Сабелев признается, что …": a long title
    // after the dash puts the cue further off; it counts when it reads a full name after the dash.
    for (let j = Math.min(end, reach); ctx.lang === 'ru' && j < end; j++) {
      const cue = cueAt(ctx, j);
      if (!cue) continue;
      const sp = cueSpeaker(ctx, cue, k, end);
      const named = sp.ref?.kind === 'name' && sp.ref.from >= k && sp.ref.to <= j && countWords(sp.ref.text) >= 2;
      if (named && ['—', '–', '-'].includes(toks[k - 1]?.raw ?? '')) return { ref: sp.ref, via: sp.via, cue: toks[j]!.raw, confidence: CONFIDENCE.cueAfter };
      break;
    }
    // "“…”" then a paragraph opening "says Councillor Clare Smalley, …": a line break cut the sentence.
    const next = k >= blockEnd && ctx.lang === 'en' ? nextLineCue(ctx, s.block) : null;
    if (next) return { ...next, confidence: CONFIDENCE.cueAfter };
    // "«…». (губернатор области Сергей Белов про слухи об отставке)": a bracket after the quote signs it.
    if (ctx.lang === 'ru') {
      const b = toks[c]?.raw === '.' ? c + 1 : c;
      if (toks[b]?.raw === '(') {
        let e = b + 1;
        while (e < toks.length && toks[e]!.raw !== ')' && e < b + 16) e++;
        const who = toks[e]?.raw === ')' ? ruSpeakerAfter(ctx.body, toks, b + 1, e) : null;
        if (who?.kind === 'name' && countWords(who.text) >= 2) return { ref: who, via: null, cue: '(', confidence: CONFIDENCE.cueAfter };
      }
    }
    // "«…»: Владимир Путин о людях, которые …": a headline-style quote, then a colon and its speaker.
    if (ctx.lang === 'ru' && toks[c]?.raw === ':') {
      const who = ruSpeakerAfter(ctx.body, toks, c + 1, end);
      if (who?.kind === 'name' && who.from === c + 1 && countWords(who.text) >= 2 && (toks[who.to]?.f === 'о' || toks[who.to]?.f === 'об' || !toks[who.to]?.word)) {
        return { ref: who, via: null, cue: ':', confidence: CONFIDENCE.colon };
      }
    }
    const signed = ctx.lang === 'ru' ? ruDashSignature(ctx, c, end) : ctx.lang === 'en' ? enSignature(ctx, k, end) : null;
    if (signed) return { ref: signed, via: null, cue: '—', confidence: CONFIDENCE.cueAfter };
  }
  // 3b. A Russian quote that ends its paragraph, signed on the next line ("— Иван Петров, главный
  // инженер проекта"): the signer speaks.
  if (ctx.lang === 'ru' && s.close !== null && !s.orphan && s.block + 1 < ctx.blocks.length && /^[\s.,]*$/u.test(ctx.body.slice(s.close + 1, block.end))) {
    const nb = ctx.blocks[s.block + 1]!;
    const [from, to] = [tokAt(toks, nb.start), tokAt(toks, nb.end)];
    const signed = ruDashSignature(ctx, from, to);
    if (signed) return { ref: signed, via: null, cue: '—', confidence: CONFIDENCE.cueAfter };
    // "«…»¶заявил после встречи Иван Петров.": a line break split the quote from its cue, which
    // names the speaker (a pronoun there is left to the paragraph rules below).
    let k = from;
    while (k < to && !toks[k]!.word) k++;
    const cue = toks[k] && !toks[k]!.cap ? cueAt(ctx, k) : null;
    const sp = cue?.kind === 'verb' ? cueSpeaker(ctx, cue, from, sentenceEnd(ctx, k, to)) : null;
    if (sp?.ref && sp.ref.kind !== 'pronoun') return { ref: sp.ref, via: sp.via, cue: toks[k]!.raw, confidence: CONFIDENCE.cueAfter };
  }
  // 4. The paragraph before ends with a colon after a cue ("وقال الحلبي في كلمة ألقاها:").
  if (o === tokAt(toks, block.start) && s.block > 0) {
    const pb = ctx.blocks[s.block - 1]!;
    if (/:\s*$/.test(ctx.body.slice(pb.start, pb.end))) {
      const from = tokAt(toks, pb.start);
      const to = tokAt(toks, pb.end);
      const cue = lastCue(ctx, from, to);
      if (cue) return { ref: cue.ref, via: cue.via, cue: toks[cue.cue.tok]!.raw, confidence: CONFIDENCE.colon };
    }
  }
  // 5. A second quote after "“…,” X said." in the same paragraph.
  if (prevInBlock) return { ...prevInBlock, confidence: CONFIDENCE.sameParagraph, settled: true };
  // 5b. Russian: "Далее Сомов сказал, что … . «…»." A sentence of its own, long enough to be words
  // said, in a paragraph whose earlier sentence names who spoke: that speaker goes on.
  // (Shorter when the words make a sentence of their own, capitalised and ended inside the marks or
  // right after them: "Глава МИД прокомментировал ситуацию. «Мы не будем вводить ответные меры».")
  if (ctx.lang === 'ru' && s.close !== null && !s.orphan && o === floor && (words >= MIN_BARE_PARAGRAPH_QUOTE_WORDS || (words >= MIN_SENTENCE_QUOTE_WORDS && ownSentence(ctx, s)))) {
    const said = lastCue(ctx, tokAt(toks, block.start), floor);
    // (A body counts too: "Как сообщили в пресс-службе суда, … . «…»".)
    if (said?.ref && (said.ref.kind === 'name' || said.ref.kind === 'title' || said.ref.kind === 'org')) return { ref: said.ref, via: said.via, cue: toks[said.cue.tok]!.raw, confidence: CONFIDENCE.sameParagraph };
  }
  // 5c. Russian: "Главный тренер «Динамо» Петр Лунин дал интервью. ¶ «…»": a long quote opening its
  // paragraph, right after a paragraph with no quote that opens with a person as its subject.
  // (A quote running over paragraphs belongs to the block it ends in: its opening block counts here.)
  const ob = ctx.blockOf[o] ?? s.block;
  if (ctx.lang === 'ru' && !s.orphan && o === tokAt(toks, ctx.blocks[ob]!.start) && words >= MIN_BARE_PARAGRAPH_QUOTE_WORDS && ob > 0) {
    const intro = introSubject(ctx, ob - 1);
    if (intro) return { ref: intro, via: null, cue: null, confidence: CONFIDENCE.bareParagraph };
  }
  // 6. A long quote that is its whole paragraph, or opens a speech that runs on over paragraphs: the
  // last speaker goes on (the speaker named at the top of a speech, "…, Mr Grant said."), or the
  // unnamed source who spoke last goes on, unattributed.
  if ((s.close !== null || s.continued) && !s.orphan && o === tokAt(toks, block.start) && words >= MIN_BARE_PARAGRAPH_QUOTE_WORDS && (ctx.last || ctx.unnamed.length > 0)) {
    return { ref: null, via: null, cue: null, confidence: CONFIDENCE.bareParagraph };
  }
  return null;
}

/** The full name (a listed given name in any case, then a surname) that closes a lead-in with no
 * words quoted in it, put in the nominative; else null. */
function obliqueLeadName(ctx: Ctx, floor: number, colon: number): SpeakerRef | null {
  if (ctx.toks.slice(floor, colon).some((_, i) => ctx.inQuote[floor + i])) return null;
  const ref = ruSpeakerBefore(ctx.body, ctx.toks, colon, floor);
  if (ref?.kind !== 'name') return null;
  const text = ruNominative(ref.text);
  const ws = text.split(/\s+/u);
  return ws.length === 2 && RU_GIVEN_NAMES.has(foldKey(ws[0]!)) ? { ...ref, text } : null;
}

/** Do the quoted words make a sentence of their own: a capital first, a full stop (or ! ?) last,
 * inside the marks or right after the closing one? */
function ownSentence(ctx: Ctx, s: MarkSpan): boolean {
  const text = ctx.body.slice(s.start, s.end).trim();
  const after = ctx.toks[tokAt(ctx.toks, s.close! + 1)];
  return /^\p{Lu}/u.test(text) && (/[.!?…]$/u.test(text) || !after || /^[.!?…]$/u.test(after.raw));
}

// How many words in quote marks an intro paragraph may hold (names of clubs or companies).
const INTRO_QUOTED_WORDS = 4;
/** The person a paragraph with no words quoted in it opens with as its first sentence's subject. */
function introSubject(ctx: Ctx, b: number): SpeakerRef | null {
  const pb = ctx.blocks[b]!;
  const [from, to] = [tokAt(ctx.toks, pb.start), tokAt(ctx.toks, pb.end)];
  let quoted = 0;
  for (let k = from; k < to; k++) if (ctx.inQuote[k] && ctx.toks[k]!.word) quoted++;
  if (from >= to || quoted > INTRO_QUOTED_WORDS) return null;
  // "Ольга Белова ¶ «…»": a paragraph that is only a person's name heads the quote below it.
  const ws = ctx.toks.slice(from, to).filter((t) => t.raw !== '\n');
  if (ws.length >= 2 && ws.length <= 3 && ws.every((t) => t.word && t.cap && t.raw !== t.raw.toUpperCase())) {
    const ref = ruSpeakerBefore(ctx.body, ctx.toks, from + ws.length, from);
    if (ref?.kind === 'name' && ref.from === from) return ref;
  }
  return ruSentenceSubject(ctx.body, ctx.toks, from, sentenceEnd(ctx, from, to));
}

/** Where the sentence holding token `k` ends, within [k, to). */
function sentenceEnd(ctx: Ctx, k: number, to: number): number {
  let e = k;
  while (e < to && ctx.sentStart[e] === ctx.sentStart[k]) e++;
  return e;
}

/** The cue and speaker of the paragraph after block `b` when it opens with a lower-case English cue. */
function nextLineCue(ctx: Ctx, b: number): Attribution | null {
  const nb = ctx.blocks[b + 1];
  if (!nb) return null;
  const k = tokAt(ctx.toks, nb.start);
  const t = ctx.toks[k];
  if (!t?.word || t.cap) return null;
  const cue = cueAt(ctx, k);
  if (!cue || cue.kind !== 'verb') return null;
  let end = k + 1;
  while (end < ctx.toks.length && ctx.sentStart[end] === ctx.sentStart[k]) end++;
  const sp = cueSpeaker(ctx, cue, k, end);
  return { ref: sp.ref, via: sp.via, cue: t.raw, confidence: CONFIDENCE.cueAfter };
}

// Lower-case words a verbless English signature may hold (Pat McDonald of the Weather Service).
const SIGNATURE_LINKS = new Set(['of', 'the', 'for', 'and', 'at', 'from', 'in']);

/** "“…” Pat McDonald of the National Weather Service.": a full name and its body, no verb, signs the quote. */
function enSignature(ctx: Ctx, k: number, end: number): SpeakerRef | null {
  const { toks } = ctx;
  let n = k;
  while (n < end && toks[n]!.word && toks[n]!.cap) n++;
  if (n - k < 2 || !SIGNATURE_LINKS.has(toks[n]?.f ?? '') || SIGNATURE_LINKS.has(toks[k]!.f)) return null;
  for (let j = n; j < end; j++) if (toks[j]!.word && !toks[j]!.cap && !SIGNATURE_LINKS.has(toks[j]!.f)) return null;
  const ref = enSpeakerBefore(ctx.body, toks, n, k);
  return ref && ref.kind === 'name' ? ref : null;
}

/** «…», — Иван Петров, главный инженер: a quote signed with a name after the dash, no verb. */
function ruDashSignature(ctx: Ctx, c: number, end: number): SpeakerRef | null {
  const { toks } = ctx;
  let k = c;
  if (toks[k]?.raw === ',') k++;
  if (!['—', '–', '-'].includes(toks[k]?.raw ?? '')) return null;
  const ref = ruSpeakerAfter(ctx.body, toks, k + 1, end);
  if (!ref || (ref.kind !== 'name' && ref.kind !== 'title')) return null;
  // The signature ends the sentence or is followed by the signer's office after a comma.
  const after = toks[ref.to];
  return !after || !after.word ? ref : null;
}

export type { Draft };
