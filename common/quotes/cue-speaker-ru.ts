// Who a Russian cue (found by cue-at.ts) attributes speech to: по словам / по данным, an issuer
// after в сообщении, the subject before the verb or after it when inverted («…», — сказал X).
// Pure: no DOM, no Node. Returns token indices and speaker references; never resolves names.
import type { CueHit } from './cue-at.js';
import { tokAt, type Ctx } from './context.js';
import type { CueRead } from './cue-speaker-ar.js';
import { agencyName } from './agencies.js';
import { isRuCue, RU_ASIDES, RU_CUE_GERUNDS, RU_DOCUMENT, RU_OUTLET_GENITIVE, RU_PREPS, RU_STATEMENT_VERBS } from './lexicon-ru.js';
import { spanText, type SpeakerRef } from './speaker-ref.js';
import { ruAccusativeNominative, ruBodyNominative, ruNominative, ruTitleNominative } from './ru-nominative.js';
import { ruAppositionBefore, ruClauseSubject, ruNominativeTitleAfter, ruSpeakerAfter, ruSpeakerBefore } from './speaker-ru.js';
import type { Tok } from './tokens.js';

// Marks that close a quote: a comma after one starts an inverted cue («…», сказал X).
const QUOTE_CLOSERS = new Set(['»', '"', '”', '“', "'"]);

const read = (ref: SpeakerRef | null, via: string | null = null): CueRead => ({ ref, via });
// Prepositions that open what was spoken about (сообщили о …, рассказал об …, про …).
const TOPIC_PREPS = new Set(['о', 'об', 'обо', 'про']);

/** Who a Russian verb, "по словам" or statement cue attributes speech to. */
export function ruCueSpeaker(ctx: Ctx, cue: CueHit, floor: number, limit: number): CueRead {
  const { body, toks } = ctx;
  if (cue.kind === 'according') return ruAccording(ctx, cue, limit);
  if (cue.kind === 'statement') {
    // в сообщении / заявлении / пресс-релизе + the issuer in the genitive, up to punctuation.
    const i = pastDocument(toks, cue.end, limit);
    let e = i;
    // The issuer ends before a preposition (в обращении Общества к министру) or, when the document
    // comes first, its verb (в заявлении МИД говорится, что …).
    while (e < Math.min(limit, i + 4) && toks[e]!.word && !(e > i && RU_PREPS.has(toks[e]!.f)) && !RU_STATEMENT_VERBS.has(toks[e]!.f)) e++;
    // "говорится в статье Ивана Сомова": a person's name is its author, who speaks.
    const author = e > i && toks[i]!.cap ? ruSpeakerAfter(body, toks, i, e) : null;
    // Only a name that is the whole phrase: in "в заявлении МИД России" the reader's name is "России"
    // under the title МИД, and the issuer is the ministry.
    if (author?.kind === 'name' && author.from === i && author.text === spanText(body, toks, i, author.to)) return read(nominative(author));
    // "В МИД сообщили, что … «…», — говорится в сообщении": a document with no issuer named is the
    // body that spoke last, in this paragraph or the one before.
    if (i > cue.end && e === i) return read(lastBodySpeaker(ctx, cue.tok) ?? { kind: 'title', text: toks[i - 1]!.raw, from: i - 1, to: i });
    return read(e > i ? nominative({ kind: 'org', text: spanText(body, toks, i, e), from: i, to: e }) : null);
  }
  const quoted = ruQuotedWords(ctx, cue, limit);
  if (quoted) return quoted;
  // Inverted after a dash or comma («…», — сказал Сомов; …, сообщила Интерфаксу …) or after "как".
  const prev = toks[cue.tok - 1];
  // "Глава союза Олег Шашков, в свою очередь, указал": a parenthetical between commas is no inversion.
  // (The subject is read before the aside's opening comma.)
  const aside = prev?.raw === ',' ? ruAsideBefore(toks, cue.tok - 1, floor) : -1;
  const afterAside = aside >= 0;
  // "…, сказав «…»": a gerund's subject is its clause's, before it.
  const gerund = RU_CUE_GERUNDS.has(toks[cue.tok]!.f);
  // A hyphen standing alone ("…", - сказал X) is a dash too.
  const inverted = !afterAside && !gerund && (!prev || prev.raw === '—' || prev.raw === '–' || prev.raw === '-' || prev.raw === ',' || prev.f === 'как' || cue.tok === floor);
  // "X опроверг слухи о том, что Y …, и заявил": a verb joined by и shares the sentence's subject,
  // not the name nearest before it.
  const coordinated = prev?.f === 'и';
  // "Марк, рабочий завода, назвал …": a comma not after a quote may close the subject's apposition.
  const closesApposition = prev?.raw === ',' && !QUOTE_CLOSERS.has(toks[cue.tok - 2]?.raw ?? '');
  // "Инженер Иван Сомов, уволенный с завода, рассказал Си-эн-эн": a name opening the sentence,
  // closed by the comma before the verb, is its subject; what follows the verb is whom it was told.
  const opener = closesApposition ? ruAppositionBefore(body, toks, cue.tok, floor, true) : null;
  // "Отставку Сомова прокомментировал пресс-секретарь Петр Лунин": a title in the nominative
  // after the verb is its subject, whatever names stand before it.
  const titledAfter = !inverted && !gerund && ruNominativeTitleAfter(toks, cue.end, limit) ? ruSpeakerAfter(body, toks, cue.end, limit) : null;
  const press = inverted ? latinOutletAfter(ctx, cue, limit) : null;
  if (press) return press;
  const ref = inverted
    ? opener ?? ruSpeakerAfter(body, toks, cue.end, limit) ?? (closesApposition ? ruAppositionBefore(body, toks, cue.tok, floor) : null)
    : titledAfter ?? (gerund ? ruClauseSubject(body, toks, cue.tok, floor) ?? invertedSubject(ctx, cue.tok, floor) : null) ?? (coordinated ? ruClauseSubject(body, toks, cue.tok, floor) : null) ?? ruSpeakerBefore(body, toks, afterAside ? aside : cue.tok, floor);
  // (Not what the words were about: "писали о переводе Сомова" names no speaker.)
  const after = ref ?? (TOPIC_PREPS.has(toks[cue.end]?.f ?? '') ? null : ruSpeakerAfter(body, toks, cue.end, limit));
  // "— цитирует ТАСС Наталью Белову": whom an outlet quotes is named in the accusative.
  if (after?.kind === 'name' && after.from > cue.tok && /^(?:цитиру|процитирова)/u.test(toks[cue.tok]!.f)) return read({ ...after, text: ruAccusativeNominative(after.text) });
  // (So is an office: "— цитирует представителя ведомства агентство".)
  if (after?.kind === 'title' && after.from > cue.tok && /^(?:цитиру|процитирова)/u.test(toks[cue.tok]!.f)) return read({ ...after, text: ruTitleNominative(after.text) });
  return read(after ?? (inverted ? ruGroupAfter(ctx, cue.end, limit) ?? indefinitePlural(ctx, cue) : null));
}

// Verbs with which an outlet puts words out in its own name (пишет, написала, сообщает).
const OUTLET_VERB = /^(?:пиш|напис|сообща|сообщи)/u;
// A word in Latin letters, capitalised, or a joining word of a title (The Wall Street Journal, The
// Economist, Financial Times, Voice of America).
const LATIN_CAP = /^[A-Z][A-Za-z.&'’-]*$/u;
const LATIN_JOIN = /^(?:of|the|and|&)$/u;
/**
 * "«…», — пишет The Guardian": Russian copy names a foreign outlet in Latin letters; one that writes
 * the words names nobody who spoke (never the last speaker carried over), and relays them. With
 * "со ссылкой на …" after it, the source it cites speaks. Null when no such outlet follows the verb.
 */
function latinOutletAfter(ctx: Ctx, cue: CueHit, limit: number): CueRead | null {
  const { body, toks } = ctx;
  if (!OUTLET_VERB.test(toks[cue.tok]!.f)) return null;
  let e = cue.end;
  while (e < limit && toks[e]!.word && (LATIN_CAP.test(toks[e]!.raw) || (e > cue.end && LATIN_JOIN.test(toks[e]!.raw)))) e++;
  while (e > cue.end && LATIN_JOIN.test(toks[e - 1]!.raw)) e--;
  if (e === cue.end) return null;
  const name = spanText(body, toks, cue.end, e);
  if (toks[e]?.f === 'со' && toks[e + 1]?.f === 'ссылкой') return read(ruSpeakerAfter(body, toks, e, limit), name);
  if (e < limit && toks[e]!.word) return null;
  return read({ kind: 'agency', text: name, from: cue.end, to: e, relay: true }, name);
}

// How many words the subject of an inverted cue may have before a gerund's comma.
const INVERTED_SUBJECT_WORDS = 8;
/** "«…», — заявил глава государства, отметив, что «…»": a gerund right after an inverted cue's subject
 * shares it (the words between that verb and the gerund's comma); never a word inside the quote. */
function invertedSubject(ctx: Ctx, cue: number, floor: number): SpeakerRef | null {
  const { body, toks } = ctx;
  if (toks[cue - 1]?.raw !== ',') return null;
  for (let v = cue - 2; v >= floor && v >= cue - 2 - INVERTED_SUBJECT_WORDS; v--) {
    const t = toks[v]!;
    if (!t.word || ctx.inQuote[v]) return null;
    if (!isRuCue(t.f)) continue;
    const ref = v < cue - 2 ? ruSpeakerAfter(body, toks, v + 1, cue - 1) : null;
    return ref && ref.to === cue - 1 ? ref : null;
  }
  return null;
}

/** "«…», — рассказали агентству": a plural verb with no subject is someone unnamed ("they said"),
 * never the last speaker carried over. Read as a lone lower-case body, which admit takes for nobody. */
function indefinitePlural(ctx: Ctx, cue: CueHit): SpeakerRef | null {
  const v = ctx.toks[cue.tok]!;
  return /^\p{Ll}+ли$/u.test(v.raw) ? { kind: 'org', text: v.raw, from: cue.tok, to: cue.tok + 1 } : null;
}

/** Past the document nouns from `i` and the lower-case adjectives between them (тексте открытого письма). */
function pastDocument(toks: Tok[], i: number, limit: number): number {
  let k = i;
  let past = i;
  while (k < Math.min(limit, i + 4) && toks[k]!.word && !toks[k]!.cap) {
    if (RU_DOCUMENT.test(toks[k]!.f)) past = k + 1;
    else if (!/(?:ого|его|ой|ей|ом|ем)$/u.test(toks[k]!.f)) break;
    k++;
  }
  return past;
}

// A lower-case plural noun (родственники, правозащитники, болельщики): a group, not one person;
// "один из адвокатов" is one unnamed member of one.
const PLURAL_NOUN = /^\p{Ll}{3,}(?:ики|ы|цы|ные|ие|ане|яне|ели|ли)$/u;
/** "— заявили родственники погибших", "— считают правозащитники": the subject after the verb is a
 * group, which names nobody (admit turns it into an unattributed quote, not the last speaker's). */
function ruGroupAfter(ctx: Ctx, from: number, limit: number): SpeakerRef | null {
  const at = pastQuotedOutlet(ctx.toks, from, limit);
  const first = ctx.toks[at];
  // "— сообщил "Интерфаксу" один из адвокатов": one member of a group, unnamed too.
  if (first?.word && (first.f === 'один' || first.f === 'одна') && ctx.toks[at + 1]?.f === 'из') {
    let e = at + 2;
    while (e < limit && e < at + 5 && ctx.toks[e]!.word && !ctx.toks[e]!.cap) e++;
    return { kind: 'title', text: spanText(ctx.body, ctx.toks, at, e), from: at, to: e };
  }
  if (!first?.word || first.cap || !PLURAL_NOUN.test(first.raw)) return null;
  let e = at + 1;
  while (e < limit && e < at + 3 && ctx.toks[e]!.word && !ctx.toks[e]!.cap) e++;
  return { kind: 'title', text: spanText(ctx.body, ctx.toks, at, e), from: at, to: e };
}

// How many words an outlet told in quote marks may have (сообщил "Интерфаксу", «Российской газете»).
const OUTLET_WORDS = 3;
/** Past an outlet in straight quotes or guillemets at `k` (сообщил "Интерфаксу" …), else `k`. */
function pastQuotedOutlet(toks: Tok[], k: number, limit: number): number {
  if (!['"', '«'].includes(toks[k]?.raw ?? '')) return k;
  let e = k + 1;
  while (e < limit && e <= k + OUTLET_WORDS && toks[e]!.word && toks[e]!.cap) e++;
  return e > k + 1 && ['"', '»'].includes(toks[e]?.raw ?? '') ? e + 1 : k;
}

// How far after "цитирует" its "слова" may come (цитирует РИА Новости слова X).
const WORDS_REACH = 5;
// What an outlet quotes or passes on of someone's (слова, заявление, выступление X): X's words.
const RU_WORDS_NOUNS = new Set(['слова', 'заявление', 'выступление', 'высказывание', 'обращение']);

/** «…», — цитирует РИА Новости слова Дмитрия Иванова / приводит слова министра ТАСС / цитирует
 * Газета.Ru выступление X / передает слова судьи издание: the owner of the words speaks, the outlet
 * relays (named before "слова" or as the clause's last word). */
function ruQuotedWords(ctx: Ctx, cue: CueHit, limit: number): CueRead | null {
  const { body, toks } = ctx;
  if (!/^(?:цитиру|процитирова|привод|привел|переда)/u.test(toks[cue.tok]!.f)) return null;
  for (let k = cue.end; k < Math.min(limit, cue.end + WORDS_REACH); k++) {
    if (!RU_WORDS_NOUNS.has(toks[k]!.f)) continue;
    // "приводит его слова ТАСС": the person last spoken of, relayed by what follows.
    const pron = toks[k - 1]!;
    if (k - 1 >= cue.end && ['его', 'ее', 'их'].includes(pron.f)) {
      const rest = endOfWords(toks, k + 1, limit);
      return read({ kind: 'pronoun', text: pron.raw, from: k - 1, to: k }, rest > k + 1 ? spanText(body, toks, k + 1, rest) : null);
    }
    const outletAt = trailingAgency(ctx, k + 1, limit) ?? relayAt(toks, k + 1, limit);
    const who = ruSpeakerAfter(body, toks, k + 1, outletAt ?? limit);
    if (!who) return null;
    const via = k > cue.end ? spanText(body, toks, cue.end, k) : outletAt !== null ? spanText(body, toks, outletAt, endOfWords(toks, outletAt, limit)) : null;
    return read(nominative(who), via);
  }
  return null;
}

const endOfWords = (toks: Tok[], from: number, limit: number): number => {
  let e = from;
  while (e < limit && toks[e]!.word) e++;
  return e;
};

// Nouns that open the relaying subject after the words' owner (слова министра пресс-служба …).
const RELAY_HEADS = /^(?:пресс-служб|агентств|издани|газет|телеканал|портал|сайт)\p{L}*$/u;
/** Where a relaying subject after "слова X" starts (… пресс-служба президента), if any. */
function relayAt(toks: Tok[], from: number, limit: number): number | null {
  for (let j = from + 1; j < endOfWords(toks, from, limit); j++) if (RELAY_HEADS.test(toks[j]!.f)) return j;
  return null;
}

/** Where an agency closing the clause from `from` starts (слова министра ТАСС, … РИА Новости), if any. */
function trailingAgency(ctx: Ctx, from: number, limit: number): number | null {
  const e = endOfWords(ctx.toks, from, limit);
  for (let j = Math.max(from + 1, e - 2); j < e; j++) {
    if (agencyName(ctx.toks[j]!.f) && ctx.toks.slice(j, e).every((t) => t.cap)) return j;
  }
  return null;
}

/** A name, title or body after по словам / слова / в сообщении is in the genitive: shown in the nominative. */
const nominative = (ref: SpeakerRef | null): SpeakerRef | null => {
  // (A one-word body read as a name, Пентагона, is that body: Пентагон.)
  const body = ref?.kind === 'name' && !ref.text.includes(' ') ? ruBodyNominative(ref.text) : null;
  if (ref && body && body !== ref.text) return { kind: 'org', text: body, from: ref.from, to: ref.to };
  if (ref?.kind === 'name') return { ...ref, text: ruNominative(ref.text) };
  return ref?.kind === 'title' || ref?.kind === 'org' ? { ...ref, text: ruTitleNominative(ref.text) } : ref;
};

/** по словам X / по его словам: X speaks; по данным X: X is only the relay. */
function ruAccording(ctx: Ctx, cue: CueHit, limit: number): CueRead {
  const { body, toks } = ctx;
  const isData = toks[cue.tok + 1]?.f === 'данным';
  const i = cue.end;
  if (['его', 'ее', 'их'].includes(toks[cue.tok + 1]?.f ?? '')) return read({ kind: 'pronoun', text: toks[cue.tok + 1]!.raw, from: cue.tok, to: cue.end });
  const ref = ruSpeakerAfter(body, toks, i, limit) ?? (toks[i]?.word ? { kind: 'org' as const, text: toks[i]!.raw, from: i, to: i + 1 } : null);
  // "По данным источников, …": unnamed sources said it, not the last speaker (admit names nobody).
  if (isData && ref && /^источник/u.test(toks[i]?.f ?? '')) return read({ kind: 'title', text: ref.text, from: i, to: ref.to });
  // (A named one is the relay; "по данным агентства" names none.)
  if (isData && (!ref || outletFirst(toks, i))) return ref ? read({ kind: 'agency', text: ref.text, from: ref.from, to: ref.to, relay: true }, toks[i]!.cap ? ref.text : null) : read(null);
  // "По данным ООН, «…»": a body that holds the data speaks for it, as after "по словам".
  return read(nominative(ref));
}

/** Does an agency or an outlet (ТАСС, по данным агентства, СМИ) start at `i`? It only relays. */
const outletFirst = (toks: Tok[], i: number): boolean => !!toks[i]?.word && (agencyName(toks[i]!.f) !== null || RU_OUTLET_GENITIVE.test(toks[i]!.f) || /^[A-Za-z]/u.test(toks[i]!.raw));

/** Where the parenthetical that the comma at `comma` ends opens (its opening comma), or -1. */
function ruAsideBefore(toks: Tok[], comma: number, floor: number): number {
  for (const a of RU_ASIDES) {
    const w = a.split(' ');
    const s = comma - w.length;
    if (s - 1 < floor || toks[s - 1]?.raw !== ',') continue;
    if (w.every((x, i) => toks[s + i]?.f === x)) return s - 1;
  }
  return -1;
}

/** The organisation that spoke last before token `k`, in its paragraph or the one before ("говорится в
 * тексте открытого письма" with no body speaking nearby stays a document of nobody named). */
function lastBodySpeaker(ctx: Ctx, k: number): SpeakerRef | null {
  const h = ctx.history[ctx.history.length - 1];
  if (!h || h.ref.kind !== 'org') return null;
  return (ctx.blockOf[k] ?? 0) - (ctx.blockOf[tokAt(ctx.toks, h.pos)] ?? -1) <= 1 ? h.ref : null;
}

