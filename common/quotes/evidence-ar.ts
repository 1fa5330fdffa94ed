// Whether the article gives evidence that an Arabic speaker names someone (a title beside it, a
// name part, office, organisation or agency word, or a second mention), so a phrase the rules read
// once is left unattributed. Pure: no DOM, no Node. Only reads the article; never changes a speaker.
import { foldKey } from '../text/normalize.js';
import { THEOPHORIC } from './admit.js';
import { agencyName } from './agencies.js';
import type { Ctx } from './context.js';
import { AR_GIVEN_NAMES, AR_INITIALS, AR_MEDIA_HEADS, AR_NAME_AL_PARTS, AR_NAME_LINKS, AR_ORG_HEADS, AR_STOPS, AR_TITLE_HEADS } from './lexicon-ar.js';
import type { Person } from './speaker-resolver.js';

/**
 * An Arabic speaker the article gives evidence for: introduced with a title or office, holding a
 * given name, name particle, title or organisation head, or written at least twice. Anything
 * else is a phrase the rules read once and is better left unattributed than shown as a person.
 */
export function arAnchored(ctx: Ctx, r: { speaker: string; person: Person | null }): boolean {
  if (r.person?.titles.some((t) => t !== r.person!.name) || r.person?.outlet) return true;
  // Initials that stand for a name (م.ع) are how the story names that person.
  if (AR_INITIALS.test(r.speaker)) return true;
  const ws = foldKey(r.speaker).match(/\p{L}+/gu) ?? [];
  const forms = (w: string) => [w, w.replace(/^[وف](?=\p{L}{3})/u, ''), w.replace(/^ال(?=\p{L}{3})/u, '')];
  const anchor = (x: string) => AR_GIVEN_NAMES.has(x) || AR_NAME_LINKS.has(x) || AR_NAME_AL_PARTS.has(x) || AR_TITLE_HEADS.has(x) || AR_ORG_HEADS.has(x)
    || AR_ORG_HEADS.has(`ال${x}`) || AR_MEDIA_HEADS.has(x) || /^عبد\p{L}{3,}$/u.test(x) || THEOPHORIC.test(x) || agencyName(x) !== null;
  if (ws.some((w) => forms(w).some(anchor))) return true;
  return ws.some((w) => !AR_STOPS.has(w) && occurrences(ctx, w) >= 2);
}

// The headline's folded words, once per article.
const headlines = new WeakMap<Ctx, string[]>();
function headlineWords(ctx: Ctx): string[] {
  let ws = headlines.get(ctx);
  if (!ws) headlines.set(ctx, (ws = foldKey(ctx.headline ?? '').match(/\p{L}+/gu) ?? []));
  return ws;
}

// How often a folded word occurs in the body and headline (also behind a glued و), quotes included; memoised per
// article, asked only for the few speakers no lexicon anchors.
const wordTallies = new WeakMap<Ctx, Map<string, number>>();
function occurrences(ctx: Ctx, w: string): number {
  let m = wordTallies.get(ctx);
  if (!m) wordTallies.set(ctx, (m = new Map()));
  let n = m.get(w);
  if (n === undefined) {
    n = 0;
    const glued = `و${w}`;
    for (const t of ctx.toks) if (t.f === w || t.f === glued) n++;
    // The headline counts too ("بنكيران للبوليساريو: …" then "وصف بنكيران في كلمته …").
    for (const x of headlineWords(ctx)) if (x === w || x === glued) n++;
    m.set(w, n);
  }
  return n;
}

