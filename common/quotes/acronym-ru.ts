// Russian stories name a body in full once and then by its initials without brackets ("Российский
// научный фонд объявил …" then "говорится в сообщении РНФ"). Records each capital-letter
// abbreviation as an alias of the earliest phrase whose words' first letters spell it, so the
// abbreviation speaks as that body. Pure: no DOM, no Node. Never invents a body: the phrase must be
// in the article, start with a capital and sit outside quotes.
import type { Ctx } from './context.js';

const ACRONYM = /^[А-ЯЁ]{2,5}$/u;

/** The earliest [start, end) run of words before `limit` whose initials spell `acronym`. */
function spelledBy(ctx: Ctx, acronym: string, limit: number): [number, number] | null {
  const { toks } = ctx;
  const n = acronym.length;
  for (let s = 0; s + n <= limit; s++) {
    const first = toks[s]!;
    if (!first.word || !first.cap || ctx.inQuote[s] || first.raw[0] !== acronym[0]) continue;
    let ok = true;
    for (let i = 0; i < n && ok; i++) {
      const t = toks[s + i]!;
      ok = t.word && !ctx.inQuote[s + i] && t.raw[0]!.toUpperCase() === acronym[i] && !ACRONYM.test(t.raw);
    }
    if (ok) return [s, s + n];
  }
  return null;
}

export function registerRuAcronyms(ctx: Ctx): void {
  if (ctx.lang !== 'ru') return;
  const seen = new Set<string>();
  ctx.toks.forEach((t, k) => {
    if (!t.word || ctx.inQuote[k] || !ACRONYM.test(t.raw) || seen.has(t.raw)) return;
    seen.add(t.raw);
    const run = spelledBy(ctx, t.raw, k);
    if (!run) return;
    const [s, e] = run;
    ctx.resolver.addAcronym(ctx.body.slice(ctx.toks[s]!.start, ctx.toks[e - 1]!.end), t.raw, ctx.toks[s]!.start);
  });
}
