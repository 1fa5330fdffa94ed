// English "Name, [the|a] office …," appositions anywhere in an article ("John Smith, the foreign
// minister, arrived on Monday"), recorded so a later "the minister said" or "he said" finds that
// person. Pure: no DOM, no Node. Records people only; never attributes a quote.
import type { Ctx } from './context.js';
import { EN_STOP, EN_TITLES } from './lexicon-en.js';

// A name is two to four capitalised words (al-Sisi and bin count as name words).
const NAME_MIN = 2;
const NAME_MAX = 4;
// The office between the commas runs to at most this many words.
const OFFICE_MAX = 7;
const DETERMINERS = new Set(['the', 'a', 'an']);

const nameWord = (raw: string): boolean => /^\p{Lu}[\p{L}'’.-]*$/u.test(raw) || /^(?:al|el|bin|ibn|de|van|von)-?\p{L}*$/u.test(raw);

/** The capitalised name ending right before token `c` (a comma), as [start, c), or null. */
function nameBefore(ctx: Ctx, c: number): number | null {
  let s = c;
  while (s > 0 && c - s < NAME_MAX && ctx.toks[s - 1]!.word && nameWord(ctx.toks[s - 1]!.raw)) s--;
  if (c - s < NAME_MIN || !/^\p{Lu}/u.test(ctx.toks[s]!.raw) || EN_TITLES.has(ctx.toks[s]!.f)) return null;
  return s;
}

/** The office after the comma at `c` (a determiner, then words with an office word, up to a comma or full stop), as [from, to), or null. */
function officeAfter(ctx: Ctx, c: number): [number, number] | null {
  const { toks } = ctx;
  let e = c + 1;
  let office = false;
  while (e < toks.length && e - c <= OFFICE_MAX && toks[e]!.word) {
    const f = toks[e]!.f;
    if (e > c + 1 && EN_STOP.has(f) && !office) return null;
    if (EN_TITLES.has(f)) office = true;
    e++;
  }
  const end = toks[e];
  if (!office || !end || (end.raw !== ',' && end.raw !== '.')) return null;
  return [DETERMINERS.has(toks[c + 1]!.f) ? c + 2 : c + 1, e];
}

export function registerEnAppositions(ctx: Ctx): void {
  const { toks, body, resolver } = ctx;
  for (let c = 2; c < toks.length - 2; c++) {
    if (toks[c]!.raw !== ',' || ctx.inQuote[c]) continue;
    const s = nameBefore(ctx, c);
    const office = s === null ? null : officeAfter(ctx, c);
    if (s === null || !office) continue;
    resolver.addName(body.slice(toks[s]!.start, toks[c - 1]!.end), body.slice(toks[office[0]]!.start, toks[office[1] - 1]!.end), toks[s]!.start);
  }
}
