// Russian and English news often name their subject only in the headline ("Медведев пообещал
// снизить налоги", "Blair defends school reforms") and then call them by office in the body
// ("— сказал премьер", "the prime minister told MPs"). With nobody named in the body
// before the quote, an office that heads something (not a commentator, a source or a description)
// means the person the headline opens with. Pure: no DOM, no Node. Reads the headline and the
// resolver; adds that person only when every condition holds.
import type { Ctx } from './context.js';
import { headlineSubject } from './headline-subject.js';
import { RU_ADJ_END } from './lexicon-ru.js';
import type { Person } from './speaker-resolver.js';
import type { SpeakerRef } from './speaker-ref.js';
import { foldKey } from '../text/normalize.js';

// Offices that head a state, a government, a body or a place (президент, премьер, глава, лидер).
const LEADING_RU = /^(?:президент|премьер|министр|глав[аеуы]|лидер|губернатор|мэр|председател|канцлер|спикер|корол|генсек|госсекретар|руководител|директор|гендиректор|начальник|патриарх|шейх|эмир)/u;
const LEADING_EN = /^(?:president|minister|premier|chancellor|secretary|leader|governor|mayor|king|queen|chairman|chairwoman|chief|boss|manager|coach|captain|pm)$/u;

/** The office's head: Russian its first word past adjectives, English its last. */
function headOf(ctx: Ctx, text: string): string {
  const words = foldKey(text).split(/\s+/u);
  return ctx.lang === 'en' ? words[words.length - 1] ?? '' : words.find((w) => !RU_ADJ_END.test(w) || LEADING_RU.test(w)) ?? '';
}

/** The headline's subject for the title `ref` read at `pos`, when the body names no one before. */
export function headlineHolder(ctx: Ctx, ref: SpeakerRef, pos: number): Person | null {
  if ((ctx.lang !== 'ru' && ctx.lang !== 'en') || ref.kind !== 'title' || !ctx.headline) return null;
  if (!(ctx.lang === 'en' ? LEADING_EN : LEADING_RU).test(headOf(ctx, ref.text))) return null;
  if (ctx.resolver.people.some((p) => !p.org && p.pos.some((x) => x < pos))) return null;
  const lead = headlineSubject(ctx.headline, ctx.lang, ctx.resolver.knows);
  if (!lead) return null;
  const p = ctx.resolver.addName(lead, null, pos);
  ctx.resolver.absorbTitle(ref.text, p);
  return p;
}
