// Russian stories name a body by a clipped compound (Генпрокуратура, Минобороны, Совфед) and in
// full (Генеральная прокуратура, Министерство обороны, Совет Федерации), in either order. Records
// the compound as an alias of the full name the article writes, so both speak as one body under
// its fullest name. Pure: no DOM, no Node. Never invents a name: the full phrase must be in the
// article, open with a capital and sit outside quotes.
import type { Ctx } from './context.js';
import { RU_CLIPPED_BODIES, RU_MINISTRIES, RU_PREPS } from './lexicon-ru.js';

// How many letters the clipped first part keeps (ген, гос, мин, след, погран).
const CLIPS = [3, 4, 5, 6];
// How many letters of the second part must open the full name's second word (прок…, обор…, фед…).
const REST = 3;
// A first word in the nominative: an adjective (Генеральная, Следственный) or a bare noun (Совет,
// Министерство).
const NOMINATIVE = /(?:ая|яя|ый|ий|ое|ее|о|[бвгдзклмнпрстфхжшщц])$/u;

/** Is `f` a body written as one clipped compound (генпрокуратура, минобороны)? */
const compound = (f: string): boolean => RU_CLIPPED_BODIES.some((s) => f.startsWith(s)) || RU_MINISTRIES.some(([m]) => m.length > 3 && f.startsWith(m));

/** Does the compound `w` clip the words `a b` (генпрокуратура ~ генеральная прокуратура)? */
export function clips(w: string, a: string, b: string): boolean {
  return CLIPS.some((i) => w.length - i >= REST && a.length >= i + 2 && a.startsWith(w.slice(0, i)) && b.startsWith(w.slice(i, i + REST)));
}

/** The [start, end) of the full name `w` clips, written in the nominative; else null (a full name
 * only in another case, Генеральной прокуратуры, would show worse than the compound). */
function fullName(ctx: Ctx, w: string): [number, number] | null {
  const { toks } = ctx;
  for (let s = 0; s + 1 < toks.length; s++) {
    const a = toks[s]!;
    const b = toks[s + 1]!;
    if (!a.word || !a.cap || !b.word || ctx.inQuote[s] || ctx.inQuote[s + 1] || b.start - a.end !== 1) continue;
    if (clips(w, a.f, b.f) && NOMINATIVE.test(a.f) && !RU_PREPS.has(toks[s - 1]?.f ?? '')) return [s, s + 2];
  }
  return null;
}

export function registerRuCompounds(ctx: Ctx): void {
  if (ctx.lang !== 'ru') return;
  const seen = new Set<string>();
  ctx.toks.forEach((t) => {
    // (The compound may stand inside quotes: «… — сообщили в Генпрокуратуре. — …» is one span.)
    if (!t.word || !t.cap || !compound(t.f) || seen.has(t.f)) return;
    seen.add(t.f);
    const run = fullName(ctx, t.f);
    if (!run) return;
    const [s, e] = run;
    ctx.resolver.addAcronym(ctx.body.slice(ctx.toks[s]!.start, ctx.toks[e - 1]!.end), t.raw, ctx.toks[s]!.start);
  });
}
