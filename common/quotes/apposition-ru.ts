// Russian appositions name a person between commas after a description that is no office word:
// "Председатель жюри, литературовед Ольга Сомова, отметила …", "Одна из спортсменок, Алина
// Петрова, опубликовала …". Records the name with that description, so a later "она" or the
// description finds the person. Pure: no DOM, no Node. Reads tokens only; never invents a name.
import type { Ctx } from './context.js';
import { nameGender } from './gender.js';

// How many lower-case words may stand between the comma and the name (литературовед, бывший тренер).
const DESCRIPTOR_MAX = 3;
// How many words the description before the comma may have.
const LEAD_MAX = 8;
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
// A past-tense verb right after the closing comma: the name is the sentence's subject.
const PAST = /^\p{Ll}+(?:л|ла|ли|ло)(?:ся|сь)?$/u;

/** The [start, end) of a two- or three-word name right after `c` (past a few lower-case words),
 * closed by a comma and followed by a past-tense verb; or null. */
function nameBetweenCommas(ctx: Ctx, c: number): [number, number, number] | null {
  const { toks } = ctx;
  let s = c + 1;
  while (s < c + 1 + DESCRIPTOR_MAX && toks[s]?.word && !toks[s]!.cap) s++;
  let e = s;
  while (e < s + 3 && toks[e]?.word && NAME_WORD.test(toks[e]!.raw)) e++;
  if (e - s < 2 || toks[e]?.raw !== ',' || !PAST.test(toks[e + 1]?.raw ?? '')) return null;
  return [c + 1, s, e];
}

export function registerRuAppositions(ctx: Ctx): void {
  if (ctx.lang !== 'ru') return;
  const { toks, body, resolver } = ctx;
  toks.forEach((t, c) => {
    if (t.raw !== ',' || ctx.inQuote[c]) return;
    const found = nameBetweenCommas(ctx, c);
    if (!found) return;
    const [d, s, e] = found;
    const from = ctx.sentStart[c] ?? c;
    if (c - from > LEAD_MAX || c <= from || toks.slice(from, e).some((_, i) => ctx.inQuote[from + i])) return;
    const lead = body.slice(toks[from]!.start, toks[c - 1]!.end);
    const title = s > d ? `${lead}, ${body.slice(toks[d]!.start, toks[s - 1]!.end)}` : lead;
    const name = body.slice(toks[s]!.start, toks[e - 1]!.end);
    const p = resolver.addName(name, title, toks[s]!.start);
    if (!p.gender) p.gender = nameGender('ru', name, null) ?? undefined;
  });
}
