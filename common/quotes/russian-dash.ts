// Russian dialogue dashes: a paragraph "— П, — сказал А. — П." and the interrupted quote
// «П, — сказал А, — п». Splits the words said from the author's words and finds the cue.
// Pure: no DOM, no Node. Offsets are UTF-16 units into the body.
import { tokAt, type Ctx } from './context.js';
import { isRuCue } from './lexicon-ru.js';

export type DashPart = { start: number; end: number };
export type DashQuote = { parts: DashPart[]; cueTok: number; authorEnd: number };

const DASH = /\s[—–]\s/gu;
const trim = (body: string, s: number, e: number): DashPart => {
  while (s < e && /[\s—–]/u.test(body[s] ?? '')) s++;
  while (e > s && /[\s,]/u.test(body[e - 1] ?? '')) e--;
  return { start: s, end: e };
};

/** Splits [from, to) at " — " and reads "said part — author part — said part". */
function split(ctx: Ctx, from: number, to: number): DashQuote | null {
  const text = ctx.body.slice(from, to);
  const cuts: number[] = [];
  for (const m of text.matchAll(DASH)) cuts.push(from + (m.index ?? 0));
  if (cuts.length === 0) return null;
  const author = cuts[0]! + 3;
  const cueTok = tokAt(ctx.toks, author);
  const cue = ctx.toks[cueTok];
  if (!cue?.word || !isRuCue(cue.f)) return null;
  const authorEnd = cuts[1] ?? to;
  const parts = [trim(ctx.body, from, cuts[0]!)];
  if (cuts[1] !== undefined) parts.push(trim(ctx.body, cuts[1] + 3, to));
  return { parts: parts.filter((p) => p.end > p.start), cueTok, authorEnd };
}

/** A paragraph that opens with a dialogue dash and carries an author's cue. */
export function dashParagraph(ctx: Ctx, start: number, end: number): DashQuote | null {
  if (!/^[—–]\s/u.test(ctx.body.slice(start, start + 2))) return null;
  return split(ctx, start, end);
}

/** «П, — сказал А, — п»: the content of one guillemet span, if interrupted by the author. */
export function interrupted(ctx: Ctx, start: number, end: number): DashQuote | null {
  const q = split(ctx, start, end);
  return q && q.parts.length === 2 ? q : null;
}
