// Reads an Arabic speaker phrase whose first word carries a glued لِ ("for"): للنائب الفرنسي X،
// للاتحاد الأوروبي، لرئيس الوزراء، لهذا النائب — as after "بالنسبة" (as for X, …). Pure: no DOM, no Node. Returns a
// speaker reference with the ل taken off the text; never resolves names.
import type { Ctx } from './context.js';
import * as lexiconAr from './lexicon-ar.js';
import { arName } from './name-ar.js';
import { arSpeakerAt } from './speaker-ar.js';
import { spanText, type SpeakerRef } from './speaker-ref.js';

const { AR_FEMALE_NAMES, AR_GIVEN_NAMES, AR_NAME_LINKS, AR_ORG_HEADS, AR_TITLE_HEADS } = lexiconAr;
// Demonstratives after the ل (لهذا النائب): the phrase starts after them.
const DEMONSTRATIVE = /^ل(?:هذا|هذه|ذلك|تلك)$/u;
// How many definite words may follow an organisation's or a title's head (للاتحاد الأوروبي).
const MODIFIERS_MAX = 3;

/** The phrase at token `i` without its glued ل: an organisation, a titled name, or a title alone. */
export function gluedLSpeaker(ctx: Ctx, i: number): SpeakerRef | null {
  const { body, toks } = ctx;
  const t = toks[i];
  if (!t?.word) return null;
  if (DEMONSTRATIVE.test(t.f)) return arSpeakerAt(body, toks, i + 1, ctx.resolver.knows);
  // للنائب (ل + ال) or, in construct, لرئيس الوزراء (ل + an indefinite head).
  const definite = t.f.startsWith('لل');
  if (!definite && !t.f.startsWith('ل')) return null;
  const head = definite ? `ال${t.f.slice(2)}` : t.f.slice(1);
  const isOrg = AR_ORG_HEADS.has(head);
  if (!isOrg && !AR_TITLE_HEADS.has(head)) return definite ? null : gluedName(ctx, i, head);
  let e = i + 1;
  while (e < i + 1 + MODIFIERS_MAX && toks[e]?.word && toks[e]!.f.startsWith('ال') && toks[e]!.f.length > 3) e++;
  // (A head in construct names nothing without the definite word it governs.)
  if (!definite && e === i + 1) return null;
  const bare = definite ? `ال${t.raw.replace(/^لل/u, '')}` : t.raw.replace(/^ل/u, '');
  const text = `${bare}${e > i + 1 ? ` ${spanText(body, toks, i + 1, e)}` : ''}`;
  if (isOrg) return { kind: 'org', text, from: i, to: e };
  // A title then the name it introduces (للنائب الأوروبي الفرنسي جان لوران).
  const named = arSpeakerAt(body, toks, e, ctx.resolver.knows);
  if (named?.kind === 'name') return { ...named, title: text, from: i };
  return { kind: 'title', text, from: i, to: e };
}

/** "وفقاً لإيمانويل ماكرون"، "بحسب لماكرون": a name behind the ل, when its first word is a given name
 * or a name the article already gave; the rest of the name follows as usual. */
function gluedName(ctx: Ctx, i: number, head: string): SpeakerRef | null {
  const { body, toks } = ctx;
  // (A name link opens a name too: لعبد المجيد X، لأبي بكر X.)
  const link = AR_NAME_LINKS.has(head);
  if (!(AR_GIVEN_NAMES.has(head) || AR_FEMALE_NAMES.has(head) || link || ctx.resolver.knows(head))) return null;
  const e = arName(toks, link ? i + 2 : i + 1, ctx.resolver.knows);
  const bare = toks[i]!.raw.replace(/^لـ?/u, '');
  // (A given name alone names no one: "لمحمد" needs its family name, which the article knows.)
  if (e <= i + (link ? 2 : 1) && !ctx.resolver.knows(head)) return null;
  return { kind: 'name', text: e > i + 1 ? `${bare} ${spanText(body, toks, i + 1, e)}` : bare, title: null, from: i, to: e };
}
