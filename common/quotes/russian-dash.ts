// Russian dialogue dashes: a paragraph "— П, — сказал А. — П." and the interrupted quote
// «П, — сказал А, — п» (or «П, — сказал А. П»). Splits the words said from the author's words and finds the cue.
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

// The author's words inside guillemets end with their sentence when no dash reopens the quote
// («П, — сказал А. П»): a full stop, then a capital.
const SENTENCE_END = /[.!?]\s+(?=\p{Lu})/u;

/** Splits [from, to) at the " — " before a cue and reads "said part — author part — said part"; in
 * guillemets (`closed`) the author part may also end with its sentence. */
function split(ctx: Ctx, from: number, to: number, closed = false): DashQuote | null {
  const text = ctx.body.slice(from, to);
  const cuts: number[] = [];
  for (const m of text.matchAll(DASH)) cuts.push(from + (m.index ?? 0));
  // A dash inside the words said (Для севера — не проблема, — сказал А) is no cut: the cue's is.
  const i = cuts.findIndex((c) => {
    const t = ctx.toks[tokAt(ctx.toks, c + 3)];
    return !!t?.word && isRuCue(t.f);
  });
  if (i < 0) return null;
  const author = cuts[i]! + 3;
  const cueTok = tokAt(ctx.toks, author);
  const stop = closed && cuts[i + 1] === undefined ? SENTENCE_END.exec(ctx.body.slice(author, to)) : null;
  const reopen = cuts[i + 1] ?? (stop ? author + stop.index + 1 : undefined);
  const authorEnd = reopen ?? to;
  const parts = [trim(ctx.body, from, cuts[i]!)];
  if (reopen !== undefined) parts.push(trim(ctx.body, reopen + (cuts[i + 1] !== undefined ? 3 : 0), to));
  return { parts: parts.filter((p) => p.end > p.start), cueTok, authorEnd };
}

/** A paragraph that opens with a dialogue dash and carries an author's cue. */
export function dashParagraph(ctx: Ctx, start: number, end: number): DashQuote | null {
  if (!/^[—–]\s/u.test(ctx.body.slice(start, start + 2))) return null;
  return split(ctx, start, end);
}

/** «П, — сказал А, — п»: the content of one guillemet span, if interrupted by the author. */
export function interrupted(ctx: Ctx, start: number, end: number): DashQuote | null {
  const q = split(ctx, start, end, true);
  return q && q.parts.length === 2 ? q : null;
}
