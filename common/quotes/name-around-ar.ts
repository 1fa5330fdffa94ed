// One Arabic name word a cue reads alone (وقال عيد) that the article wrote earlier inside a longer
// name no office or cue recorded (وجّه أحمد بن عيد الحربي … الشكر): the longer name, so the quote
// goes to the whole person. Pure: reads tokens only; never registers or resolves anyone.
import type { Ctx } from './context.js';
import { AR_FEMALE_NAMES, AR_GIVEN_NAMES } from './lexicon-ar.js';
import { arName } from './name-ar.js';
import { arBoundary } from './words-ar.js';
import { spanText, type SpeakerRef } from './speaker-ref.js';
import { stripConj } from './tokens.js';

// How many words before the repeated one a longer name may start (أحمد بن | عيد).
const NAME_REACH = 3;

/** The earlier, longer name holding the single word of `ref`, or null. */
export function arFullNameFor(ctx: Ctx, ref: Extract<SpeakerRef, { kind: 'name' }>): string | null {
  const { toks } = ctx;
  if (/\s/u.test(ref.text.trim())) return null;
  const w = stripConj(toks[ref.from]?.f ?? '');
  if (!w || ctx.resolver.knows(w)) return null;
  for (let k = ref.from - 1; k >= 0; k--) {
    if (ctx.inQuote[k] || stripConj(toks[k]!.f) !== w) continue;
    const full = nameHolding(ctx, k);
    if (full) return full;
  }
  return null;
}

/** A name of two words or more over token k that opens with a given name (أحمد بن عيد الحربي), or
 * with the word itself (عيد الحربي). */
function nameHolding(ctx: Ctx, k: number): string | null {
  const { toks, body } = ctx;
  for (let s = Math.max(0, k - NAME_REACH); s <= k; s++) {
    const f = stripConj(toks[s]!.f);
    if (s < k && !(AR_GIVEN_NAMES.has(f) || AR_FEMALE_NAMES.has(f) || /^عبد/u.test(f))) continue;
    if (toks.slice(s, k + 1).some((t) => !t.word || arBoundary(t))) continue;
    const e = arName(toks, s, ctx.resolver.knows);
    if (e > k && e - s >= 2) return spanText(body, toks, s, e);
  }
  return null;
}
