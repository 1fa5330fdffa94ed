// Russian: a lone capitalised word that opens a sentence is capitalised because it opens it — an
// adverb (Накануне), a plural noun (Представители), a participle — unless something says it is a
// name: a surname's shape, or the article writing it (in any case form) capitalised where no
// sentence starts. Pure: reads the article's own tokens only; never decides anything but "no name".
import type { Ctx } from './context.js';

// Surname endings in their case forms (Климкин, Климкина; Шевченко; Чилингаров; Горбачёва; Кадыров).
const SURNAME_SHAPE = /(?:ов|ев|ёв|ин|ын|ск|цк|енко|дзе|швили|ян|янц|ук|юк|ич|ко|их|ых)(?:а|у|ым|ом|ой|ым|ого|ому|ий|ая|ую|е)?$/u;

/** Same word in another case form: a shared stem of all but the last two letters (at least four). */
const sameStem = (a: string, b: string): boolean => {
  const n = Math.max(4, Math.min(a.length, b.length) - 2);
  return a.length >= 4 && b.length >= 4 && a.slice(0, n) === b.slice(0, n);
};

/** Whether the word at token `at` opens its sentence (a paragraph, or after . ! ? …). */
export const opensSentence = (ctx: Ctx, at: number): boolean => ctx.sentStart[at] === at;

/** The article's capitalised words where no sentence starts, read once per article. */
const midCaps = new WeakMap<Ctx, string[]>();
function capitalsMidSentence(ctx: Ctx): string[] {
  let ws = midCaps.get(ctx);
  if (!ws) midCaps.set(ctx, (ws = ctx.toks.filter((t, k) => t.word && t.cap && !opensSentence(ctx, k)).map((t) => t.f)));
  return ws;
}

/** Whether the article writes the word at `at` (itself at a sentence start) capitalised somewhere no
 * sentence starts. */
function capitalisedMidSentence(ctx: Ctx, at: number): boolean {
  const f = ctx.toks[at]!.f;
  return capitalsMidSentence(ctx).some((w) => sameStem(w, f));
}

/** A one-word reading at a sentence start with no sign of being a name (Накануне, Представители). */
export function bareOpener(ctx: Ctx, at: number): boolean {
  const t = ctx.toks[at];
  if (!t?.word || !opensSentence(ctx, at)) return false;
  if (SURNAME_SHAPE.test(t.f) || (ctx.headline ?? '').includes(` ${t.raw}`)) return false;
  return !capitalisedMidSentence(ctx, at);
}
