// Russian points back to a body by its kind alone: "пресс-служба ведомства", "сообщили в
// пресс-службе компании", "говорится в сообщении министерства". Finds the body of that kind the
// article named last before the words (recorded, or written with a capital outside quotes) so
// that it, not a lower-case kind word, speaks. Pure: no DOM, no Node. Records only a body the
// text names in full; never invents one.
import { tokAt, type Ctx } from './context.js';
import { stemOf } from './current-speaker-ru.js';
import { RU_BODY_KINDS, RU_FEDERAL_AGENCY, RU_MINISTRIES, RU_PREPS } from './lexicon-ru.js';
import { ruOfficeNominative } from './ru-nominative.js';
import type { Person } from './speaker-resolver.js';
import { foldKey } from '../text/normalize.js';

// A kind word, alone or after a press office: that word's kind (ведомство is any ministry or agency).
const KIND_ONLY = /^(?:пресс-(?:служба|центр) )?(\p{Ll}+)$/u;
const ANY_BODY = /^(?:министерств|ведомств|агентств|служб)/u;
/** Is `head` (folded) a ministry or federal agency's word (Министерство, МИД, Минобороны, Росавиация)? */
const anyBody = (head: string): boolean => ANY_BODY.test(head) || RU_FEDERAL_AGENCY.test(head) || RU_MINISTRIES.some(([m]) => head === m || (m.length > 3 && head.startsWith(m)));
// How many words after its head a body's written name may run (Министерство иностранных дел России).
const NAME_WORDS = 3;
// A verb ends a body's name (Министерство обороны опубликовало, Компания отчиталась).
const VERB = /(?:л|ла|ло|ли|лся|лась|лось|лись|ет|ит|ют|ят|ется|ится|ются|ятся)$/u;

/** The body a kind word at body offset `pos` points back to, or null. */
export function ruBodyOwner(ctx: Ctx, text: string, pos: number): Person | null {
  const m = KIND_ONLY.exec(foldKey(text));
  if (!m || !RU_BODY_KINDS.test(m[1]!)) return null;
  const word = m[1]!;
  const fits = (head: string) => (/^ведомств/u.test(word) ? anyBody(head) : head.startsWith(stemOf(word)));
  const recorded = (p: Person) => p.org && !KIND_ONLY.test(p.words.join(' ')) && fits(p.words[0] ?? '');
  return namedBefore(ctx, fits, pos) ?? ctx.resolver.latestBefore(pos, recorded) ?? ctx.resolver.people.findLast(recorded) ?? null;
}

/** The last body written with a capital before `pos` whose head fits, recorded as an organisation
 * (or found among those recorded: МИД Казахстана). */
function namedBefore(ctx: Ctx, fits: (head: string) => boolean, pos: number): Person | null {
  const { toks, body } = ctx;
  for (let k = Math.min(tokAt(toks, pos), toks.length - 1); k >= 0; k--) {
    const t = toks[k]!;
    if (!t.word || !t.cap || ctx.inQuote[k] || !fits(t.f)) continue;
    const [a, e] = nameRun(ctx, k);
    const name = ruOfficeNominative(body.slice(toks[a]!.start, toks[e - 1]!.end));
    return ctx.resolver.addName(name, null, t.start, true);
  }
  return null;
}

/** A body's written name from head `k`, as [start, end) tokens: the name in quote marks after a
 * kind word (Компания «Северсталь» is Северсталь), else the head and a few genitive words
 * (Министерство обороны), before a verb, preposition or punctuation. */
function nameRun(ctx: Ctx, k: number): [number, number] {
  const { toks } = ctx;
  if (toks[k + 1]?.raw === '«') {
    const close = toks.findIndex((t, i) => i > k + 1 && t.raw === '»');
    if (close > k + 2 && close - k <= NAME_WORDS + 2) return [k + 2, close];
  }
  let e = k + 1;
  while (e <= k + NAME_WORDS && toks[e]?.word && !ctx.inQuote[e] && !RU_PREPS.has(toks[e]!.f) && !VERB.test(toks[e]!.f)) e++;
  return [k, e];
}
