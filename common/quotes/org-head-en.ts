// English "the company said", "the agency said": a generic organisation noun in lower case stands
// for the organisation the article named last before it (Copeland Foods, the Nigeria Centre for
// Disease Control), and for nobody when it named none. Pure: no DOM, no Node; never reads text.
import type { Ctx } from './context.js';
import type { Person } from './speaker-resolver.js';
import type { SpeakerRef } from './speaker-ref.js';

/** Singular nouns that name an organisation of some kind, never a person. */
const GENERIC_ORG = new Set(`company firm agency ministry department bank group club party council organisation organization
  union authority institute commission committee board bureau federation association corporation network embassy
  foundation airline utility coalition alliance university hospital retailer carrier regulator broadcaster charity`.split(/\s+/u));
/** Words that make a capitalised name an organisation's (Copeland Foods, Bank of England). */
const ORG_WORD = /\b(?:Centre|Center|Agency|Company|Co|Corporation|Corp|Inc|Ltd|Plc|PLC|Group|Bank|Ministry|Department|Council|Party|Association|Federation|University|Institute|Foundation|Commission|Authority|Office|Service|Services|Foods|Airlines|Airways|Motors|Holdings|Partners|Capital|Network|Union|Board|Organisation|Organization|Club|FC|Trust|Administration|Bureau|Fund|Industries|Energy|Media|Bank)\b/u;

const orgLike = (p: Person): boolean => p.org || ORG_WORD.test(p.name);

/**
 * For a lower-case organisation phrase (company, public health agency): the organisation named last
 * before `pos`; null for a bare head (company) when there is none; undefined when the phrase is no
 * generic organisation, or a described one (teachers union) nothing named before.
 */
export function enGenericOrg(ctx: Ctx, ref: SpeakerRef, pos: number): Person | null | undefined {
  if (ctx.lang !== 'en' || (ref.kind !== 'org' && ref.kind !== 'title')) return undefined;
  const ws = ref.text.split(/\s+/u);
  // A proper name (Public Health England agency, the BBC) is no generic noun.
  if (ws.slice(1).some((w) => /^\p{Lu}/u.test(w))) return undefined;
  const head = ws[ws.length - 1]!;
  if (!GENERIC_ORG.has(head.toLowerCase()) || /^\p{Lu}{2,}$/u.test(head)) return undefined;
  const lower = head.toLowerCase();
  const named = latestOrg(ctx, pos, (p) => p.name.toLowerCase().split(/\s+/u).includes(lower));
  if (named) return named;
  // "The teachers union said": a described body nothing named before is itself the speaker; a
  // bare "the company" is the organisation named last, or nobody.
  return ws.length === 1 ? latestOrg(ctx, pos, () => true) : undefined;
}

/** The organisation-like person mentioned last before `pos` that passes `ok`. */
function latestOrg(ctx: Ctx, pos: number, ok: (p: Person) => boolean): Person | null {
  let best: Person | null = null;
  let at = -1;
  for (const p of ctx.resolver.people) {
    if (!orgLike(p) || !ok(p)) continue;
    for (const x of p.pos) if (x < pos && x > at) [best, at] = [p, x];
  }
  return best;
}
