// Finds reported (indirect) speech: a cue verb, its speaker and a complementiser (أن/إن/بأن,
// that, что) or, for a few Arabic verbs, a noun-phrase content (أكد التزام …، شدد على …);
// also Russian "По словам X, …", "Как отметил X, …" and "…, сообщил X." Pure: no DOM, no Node.
import type { Ctx } from './context.js';
import type { CueHit } from './cue-at.js';
import { cueSpeaker, type CueSpeaker } from './cues.js';
import * as lexiconAr from './lexicon-ar.js';
import { EN_AUX, EN_ORG_HEADS, EN_TITLES } from './lexicon-en.js';
import { enSpeakerBefore } from './speaker-en.js';
import { spanText, type SpeakerRef } from './speaker-ref.js';
import { stripConj, type Tok } from './tokens.js';

// Read once into module constants: hot loops then skip the module-namespace lookup on every word.
const { AR_COMPLEMENTISERS, AR_CUE_PREPS, AR_CUE_VERBS, AR_NP_VERBS: NP_VERBS, AR_PARTICIPLES } = lexiconAr;

// How far a complementiser may sit after the cue and its speaker (adjuncts: في تصريح لوكالة …
// على هامش افتتاح …): Arabic wire sentences put up to a dozen words there.
const COMP_WINDOW = 16;
const EN_ZERO_THAT = new Set(['said', 'says', 'told', 'tells', 'added', 'warned', 'insisted', 'admitted', 'acknowledged']);
const EN_OBJECTS = new Set(['reporters', 'journalists', 'lawmakers', 'parliament', 'me', 'us', 'him', 'her', 'them']);
const EN_TIME = new Set(['on', 'in', 'at', 'after', 'last', 'this', 'earlier', 'later', 'yesterday', 'today', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'an', 'a', 'interview', 'statement', 'month', 'week', 'year']);

// How far after the cue the reported clause's verb may sit ("the school's trilingual program — Russian,
// Tuvan and English — began …").
const ZERO_THAT_REACH = 14;
// A trailing reporting clause (", two sources familiar with the matter told Reuters") is short, and
// the content before it says something.
const TRAILING_SPEAKER_MAX = 10;
const TRAILING_CONTENT_MIN = 5;
// How far into a sentence a wire dateline's agency tag may sit ("МОСКВА, 11 ноября. /Интерфакс/ -").
const DATELINE_REACH = 4;
const EN_IRREGULAR_PAST = new Set(['began', 'became', 'went', 'came', 'took', 'made', 'gave', 'got', 'found', 'left', 'kept', 'knew',
  'saw', 'thought', 'rose', 'fell', 'grew', 'won', 'lost', 'paid', 'sent', 'spent', 'built', 'brought', 'bought', 'held', 'met',
  'ran', 'stood', 'understood', 'meant', 'felt', 'led', 'sold', 'struck', 'broke', 'chose', 'drove', 'hit', 'cut', 'put', 'shut']);

export type Indirect = { sp: CueSpeaker; start: number; end: number };

const stem = (f: string): string => stripConj(f).replace(/[تا]$|وا$/u, '');

/** Where reported content ends: sentence end, a new participle/verb clause, or the paragraph end. */
function contentEnd(ctx: Ctx, from: number, blockEnd: number): number {
  const { toks } = ctx;
  for (let k = from; k < blockEnd; k++) {
    const t = toks[k]!;
    if (ctx.sentStart[k] !== ctx.sentStart[from]) return k;
    // "… مؤجلا وأضاف: «…»": a cue verb behind و that opens a quote starts a new clause, comma or not.
    if (t.word && k > from && /^[وف]/u.test(t.f) && AR_CUE_VERBS.has(stripConj(t.f)) && /^[:“”«"„]$/u.test(toks[k + 1]?.raw ?? '')) return k;
    if (t.word || ctx.inQuote[k]) continue;
    if (t.raw === ';' || t.raw === '؛' || (t.raw === ':' && (k === blockEnd - 1 || /[“”«"„]/u.test(toks[k + 1]?.raw ?? '')))) return k;
    if (t.raw === '،' || t.raw === ',') {
      const n = toks[k + 1];
      // "…، ”خسرت نصف المحصول“": a direct quote starts; "…، ويضيف": a new cue clause starts.
      if (n && !n.word && /[“”«"„]/u.test(n.raw)) return k;
      if (n?.word && (AR_CUE_VERBS.has(stripConj(n.f)) || AR_CUE_VERBS.has(n.f))) return k;
      if (n?.word && (AR_PARTICIPLES.has(n.f) || ['فيما', 'بينما', 'حيث', 'بحيث', 'لكنه', 'لكنها', 'but', 'adding', 'noting', 'saying', 'while', 'но', 'а'].includes(n.f))) return k;
      if (n?.word && ['و', 'وقال', 'واضاف'].includes(n.f)) return k;
    }
  }
  return blockEnd;
}

const trimEnd = (toks: Tok[], from: number, to: number): number => {
  let e = to;
  while (e > from && !toks[e - 1]!.word && !/[”“»"'’%)]/u.test(toks[e - 1]!.raw)) e--;
  return e;
};

/** Indirect speech introduced by the cue `cue`, if any. */
export function indirectAt(ctx: Ctx, cue: CueHit, blockStart: number, blockEnd: number): Indirect | null {
  const { toks, lang } = ctx;
  const floor = Math.max(blockStart, ctx.sentStart[cue.tok]!);
  const limit = contentEnd(ctx, cue.end, blockEnd);
  const sp = cueSpeaker(ctx, cue, floor, limit);
  let from = sp.ref && sp.ref.from >= cue.end ? sp.ref.to : cue.end;
  let start = -1;
  if (lang === 'ar' || lang === 'other') {
    if (cue.kind === 'according') return null;
    for (let k = from; k < Math.min(limit, from + COMP_WINDOW); k++) {
      const t = toks[k]!;
      // A quoted outlet name may sit before أن (قالت مصادر لـ"النهار" إن): look past quotes, not in them.
      if (ctx.inQuote[k]) continue;
      if (t.word && AR_COMPLEMENTISERS.has(t.f)) {
        start = k + 1;
        break;
      }
      if (t.word && k > from && (AR_PARTICIPLES.has(t.f))) break;
    }
    if (start < 0 && (NP_VERBS.has(stem(toks[cue.tok]!.f)) || NP_VERBS.has(toks[cue.tok]!.f))) {
      // أكد على أهمية …، أعرب عن تقديره …، أكد نظيره … التزام بلاده …
      let k = from;
      while (k < limit && !toks[k]!.word) k++;
      for (let j = k; j < Math.min(limit, k + COMP_WINDOW); j++) {
        if (toks[j]!.word && AR_CUE_PREPS.has(toks[j]!.f) && (j === k || toks[j - 1]!.raw === '،' || toks[j - 1]!.raw === ',')) {
          start = j + 1;
          break;
        }
      }
      if (start < 0 && toks[k]?.word && !ctx.inQuote[k] && sp.ref && sp.ref.from >= cue.end) start = k;
      if (start < 0 && toks[k]?.word && cue.kind === 'participle') start = k;
    }
  } else if (lang === 'en') {
    if (cue.kind === 'according') return null;
    for (let k = from; k < Math.min(limit, from + COMP_WINDOW); k++) {
      if (ctx.inQuote[k]) break;
      if (toks[k]!.f === 'that') {
        start = k + 1;
        break;
      }
    }
    if (start < 0 && cue.kind === 'verb' && EN_ZERO_THAT.has(toks[cue.tok]!.f)) start = zeroThat(ctx, cue, from, limit);
    if (start < 0 && cue.kind === 'verb' && EN_ZERO_THAT.has(toks[cue.tok]!.f)) {
      const tail = trailingReport(ctx, cue, floor, limit);
      if (tail) return tail;
    }
  } else {
    if (cue.kind === 'according') {
      for (let k = cue.end; k < limit; k++) if (toks[k]!.raw === ',') return span(ctx, sp, k + 1, limit);
      return null;
    }
    for (let k = from; k < Math.min(limit, from + COMP_WINDOW); k++) {
      if (ctx.inQuote[k]) continue;
      if (toks[k]!.f === 'что' && toks[k - 1]?.raw === ',') {
        start = k + 1;
        break;
      }
    }
    const lead = afterDateline(ctx, floor, cue.tok);
    if (start < 0 && toks[cue.tok - 1]?.raw === ',' && toks[cue.tok - 2] && !ctx.inQuote[cue.tok - 2] && toks[lead]?.word) {
      // "Аэропорт ввел ограничения, сообщила Интерфаксу пресс-секретарь Алина Гарипова."
      if (sp.ref && sp.ref.from >= cue.end) return span(ctx, sp, lead, cue.tok - 1);
    }
    if (start < 0 && toks[cue.tok - 1]?.f === 'как') {
      for (let k = cue.end; k < limit; k++) if (toks[k]!.raw === ',') return span(ctx, sp, k + 1, limit);
    }
  }
  if (start < 0) return null;
  from = start;
  return span(ctx, sp, from, limit);
}

/** The first word after a wire dateline's agency tag ("/Интерфакс/ - Министерство …",
 * "WASHINGTON (AP) — The …"), else `floor`. */
function afterDateline(ctx: Ctx, floor: number, to: number): number {
  const { toks } = ctx;
  for (let k = floor; k < Math.min(to, floor + DATELINE_REACH); k++) {
    const tag = (toks[k]!.raw === '/' && toks[k + 2]?.raw === '/') || (toks[k]!.raw === '(' && toks[k + 2]?.raw === ')');
    if (!tag || !toks[k + 1]?.word) continue;
    let n = k + 3;
    if (!/^[-—–]$/u.test(toks[n]?.raw ?? '')) continue;
    while (n < to && !toks[n]!.word) n++;
    return n;
  }
  return floor;
}

function span(ctx: Ctx, sp: CueSpeaker, from: number, to: number): Indirect | null {
  const e = trimEnd(ctx.toks, from, to);
  if (e <= from || !ctx.toks[from]) return null;
  return { sp, start: ctx.toks[from]!.start, end: ctx.toks[e - 1]!.end };
}

/** "said her agency would …", "told the BBC the council had …": a clause with an auxiliary soon after. */
function zeroThat(ctx: Ctx, cue: CueHit, from: number, limit: number): number {
  const { toks } = ctx;
  let k = from;
  const verb = toks[cue.tok]!.f;
  if (verb === 'told' || verb === 'tells') {
    while (k < limit && toks[k]!.word && (toks[k]!.f === 'the' || toks[k]!.cap || EN_OBJECTS.has(toks[k]!.f)) && !EN_TITLES.has(toks[k]!.f)) k++;
  }
  while (k < limit && toks[k]!.word && EN_TIME.has(toks[k]!.f)) k++;
  if (!toks[k]?.word || EN_AUX.has(toks[k]!.f)) return -1;
  for (let j = k + 1; j < Math.min(limit, k + ZERO_THAT_REACH); j++) {
    if (ctx.inQuote[j]) return -1;
    if (EN_AUX.has(toks[j]!.f) || /ed$/.test(toks[j]!.f) || EN_IRREGULAR_PAST.has(toks[j]!.f)) return k;
  }
  return -1;
}

const EN_LEADS = new Set(['in', 'on', 'at', 'after', 'before', 'during', 'asked', 'speaking', 'writing', 'when', 'while', 'as', 'for', 'from', 'with', 'by', 'of', 'to']);
const EN_COUNTS = new Set(['two', 'three', 'four', 'five', 'several', 'some', 'many', 'one', 'the', 'a', 'an']);

/** "…for about $3 billion, two sources familiar with the matter told Reuters.": the content comes first. */
function trailingReport(ctx: Ctx, cue: CueHit, floor: number, limit: number): Indirect | null {
  const { toks, body } = ctx;
  let c = cue.tok - 1;
  while (c > floor && c > cue.tok - TRAILING_SPEAKER_MAX && toks[c]!.raw !== ',') c--;
  if (toks[c]?.raw !== ',' || c - floor < TRAILING_CONTENT_MIN) return null;
  for (let k = floor; k <= cue.tok; k++) if (ctx.inQuote[k]) return null;
  // After the cue: only a recipient or time words to the sentence end, or a new clause after a comma.
  let e = cue.end;
  while (e < limit && toks[e]!.word && e < cue.end + 6) e++;
  if (e < limit && (toks[e]!.word || !/^[.!?,;]$/.test(toks[e]!.raw))) return null;
  // "In a statement after the hearing, X said", "Asked whether …, X said": no content before.
  const first = toks[floor]!;
  if (EN_LEADS.has(first.f) || /(?:ed|ing)$/.test(first.f)) return null;
  let s = c + 1;
  while (s < cue.tok && EN_COUNTS.has(toks[s]!.f)) s++;
  const phrase = toks.slice(s, cue.tok);
  // Abbreviation dots belong to the phrase ("two U.S. officials said").
  if (phrase.length === 0 || !phrase.every((t) => t.word || t.raw === '.') || !phrase[0]!.word) return null;
  let ref: SpeakerRef | null = null;
  const named = enSpeakerBefore(body, toks, cue.tok, c + 1);
  if (named && named.kind !== 'pronoun') ref = named;
  else if (phrase.some((t) => EN_TITLES.has(t.f) || EN_ORG_HEADS.has(t.f))) ref = { kind: 'title', text: spanText(body, toks, s, cue.tok), from: s, to: cue.tok };
  if (!ref) return null;
  return span(ctx, { ref, via: null, cue }, afterDateline(ctx, floor, c), c);
}
