// Web pages often set a person's name alone on a line (a photo caption or a header) right above a
// paragraph that opens with that person's office and no name ("Крис Сомов ¶ Главный тренер сборной
// Уэльса прокомментировал …"), and quote digests set it above the quote itself ("Иван Сомов ¶ «…».
// Министр добавил, что …"). Records the office for that name, so the office — and a "он" after
// it — finds the person, and gives the name above a quote that opens its paragraph. Quote-of-the-day
// columns sign a quote below it instead («…». ¶ Министр финансов Иван Сомов (ТАСС)): the signature
// line is read too. Pure: no DOM, no Node. Only Russian; never invents a name.
import { tokAt, type Ctx } from './context.js';
import { RU_TITLES } from './lexicon-ru.js';
import type { SpeakerRef } from './speaker-ref.js';
import { ruSpeakerAfter } from './speaker-ru.js';
import { isSentenceEnd } from './tokens.js';

// How many words an office phrase at a paragraph's start may have (Главный тренер сборной Уэльса).
const OFFICE_MAX = 6;
// A past-tense verb ends the office phrase (прокомментировал, заявила, отметили).
const PAST = /(?:ал|ял|ил|ел|ул|ла|ли|ло)(?:ся|сь)?$/u;

/** [start, end) token range of a block that holds only a two- or three-word capitalised name. */
function nameLine(ctx: Ctx, b: number): [number, number] | null {
  const { toks, blocks } = ctx;
  const blk = blocks[b]!;
  const s = tokAt(toks, blk.start);
  if (s >= toks.length) return null;
  let e = s;
  while (e < toks.length && toks[e]!.end <= blk.end) e++;
  const n = e - s;
  if (n < 2 || n > 3 || !toks.slice(s, e).every((t) => t.word && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(t.raw))) return null;
  return [s, e];
}

/** The office phrase that opens the block starting at token `s` (a title word first or second). */
function openingOffice(ctx: Ctx, s: number): string | null {
  const { toks } = ctx;
  const lead = toks[s];
  if (!lead?.word || !(RU_TITLES.has(lead.f) || RU_TITLES.has(toks[s + 1]?.f ?? ''))) return null;
  let e = s;
  while (e < s + OFFICE_MAX && toks[e]?.word && !PAST.test(toks[e]!.f) && !ctx.inQuote[e]) e++;
  if (e < s + 2 || !PAST.test(toks[e]?.f ?? '')) return null;
  return ctx.body.slice(lead.start, toks[e - 1]!.end);
}

/** Where the office sentence of a block starting at token `s` opens: the block's start, or past a
 * quote that opens it and the sentence that quote ends («…». Министр добавил …). */
function officeSentence(ctx: Ctx, s: number, end: number): number {
  if (!ctx.inQuote[s] || ctx.toks[s]!.word) return s;
  let k = s + 1;
  while (k < end && (ctx.inQuote[k] || (!ctx.toks[k]!.word && !isSentenceEnd(ctx.toks[k]!)))) k++;
  return k < end && isSentenceEnd(ctx.toks[k]!) ? k + 1 : end;
}

/** The next block with text after block `b` (captions may be followed by an empty line). */
function nextTextBlock(ctx: Ctx, b: number): number {
  let nb = b + 1;
  while (nb < ctx.blocks.length && ctx.blocks[nb]!.end <= ctx.blocks[nb]!.start) nb++;
  return nb;
}

export function registerCaptionNames(ctx: Ctx): void {
  if (ctx.lang !== 'ru') return;
  for (let b = 0; b + 1 < ctx.blocks.length; b++) {
    const line = nameLine(ctx, b);
    if (!line) continue;
    const next = ctx.blocks[nextTextBlock(ctx, b)];
    if (!next) continue;
    const s = tokAt(ctx.toks, next.start);
    const at = s < ctx.toks.length ? officeSentence(ctx, s, tokAt(ctx.toks, next.end)) : s;
    const office = at < ctx.toks.length ? openingOffice(ctx, at) : null;
    const [ns, ne] = line;
    if (office || at > s) ctx.resolver.addName(ctx.body.slice(ctx.toks[ns]!.start, ctx.toks[ne - 1]!.end), office, ctx.toks[ns]!.start);
  }
}

/** The name on a line of its own right above block `b` (Иван Сомов ¶ «…»), as a speaker phrase. */
export function captionAbove(ctx: Ctx, b: number): SpeakerRef | null {
  if (ctx.lang !== 'ru') return null;
  let pb = b - 1;
  while (pb >= 0 && ctx.blocks[pb]!.end <= ctx.blocks[pb]!.start) pb--;
  const line = pb >= 0 && nextTextBlock(ctx, pb) === b ? nameLine(ctx, pb) : null;
  if (!line) return null;
  const [ns, ne] = line;
  return { kind: 'name', text: ctx.body.slice(ctx.toks[ns]!.start, ctx.toks[ne - 1]!.end), title: null, from: ns, to: ne };
}

// How many tokens a signature line may hold before its source in brackets (title and name).
const SIGNATURE_MAX = 14;

/** [start, end) of block `b`'s tokens without a bracketed source at its end ((“Интерфакс”)). */
function signatureSpan(ctx: Ctx, b: number): [number, number] {
  const { toks, blocks } = ctx;
  const s = tokAt(toks, blocks[b]!.start);
  let e = tokAt(toks, blocks[b]!.end);
  while (e > s && !toks[e - 1]!.word && toks[e - 1]!.raw !== ')') e--;
  if (toks[e - 1]?.raw === ')') {
    let o = e - 1;
    while (o > s && toks[o]!.raw !== '(') o--;
    if (toks[o]!.raw === '(') e = o;
  }
  return [s, e];
}

/**
 * The signature under block `b`, a paragraph that is one quote: the next block holds only an
 * office and a name, or a name, maybe with its source in brackets, and no verb or sentence end.
 */
export function captionBelow(ctx: Ctx, b: number): SpeakerRef | null {
  if (ctx.lang !== 'ru') return null;
  const nb = nextTextBlock(ctx, b);
  if (nb >= ctx.blocks.length) return null;
  const { toks } = ctx;
  const [s, e] = signatureSpan(ctx, nb);
  if (e - s < 2 || e - s > SIGNATURE_MAX) return null;
  if (toks.slice(s, e).some((t, i) => ctx.inQuote[s + i] || (!t.word && t.raw !== ',' && t.raw !== '-') || (t.word && PAST.test(t.f) && !t.cap))) return null;
  const ref = ruSpeakerAfter(ctx.body, toks, s, e);
  return ref?.kind === 'name' && ref.to === e ? ref : null;
}
