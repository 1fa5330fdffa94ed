// detectQuotes: who said what in one article. Scans quote marks, walks the body in reading order
// attributing direct quotes and reported speech (carrying the last speaker over pro-drop cues), then
// reads headline quotes and resolves every speaker to the fullest name form the article gives.
// Pure: no DOM, no Node. Never alters the text; offsets are UTF-16 units into body (or title).
import type { Block } from '../domain.js';
import { foldKey } from '../text/normalize.js';
import { entityShaped } from './admit.js';
import { CONFIDENCE } from './confidence.js';
import { makeContext, tokAt, type Ctx } from './context.js';
import { ruSubordinatorBefore, settle } from './settle.js';
import { cueAt } from './cue-at.js';
import { cueSpeaker } from './cues.js';
import { attributeSpan, type Attribution } from './direct.js';
import type { Draft } from './draft.js';
import { headlineIn } from './headline.js';
import { headlineSubject } from './headline-subject.js';
import { EN_TITLES } from './lexicon-en.js';
import { indirectAt } from './indirect.js';
import { isLeadTitle, withLeadAsParagraph } from './lead-title.js';
import { mergeDrafts } from './merge.js';
import { scanQuoteMarks } from './quote-marks.js';
import { registerTitledNames } from './register-names.js';
import { dashParagraph, interrupted } from './russian-dash.js';
import { EXPLICIT_KINDS as EXPLICIT, type SpeakerRef } from './speaker-ref.js';
import { arAnchored } from './evidence-ar.js';
import type { Quote, QuoteInput } from './types.js';


function walkBlock(ctx: Ctx, b: Block, bi: number, drafts: Draft[], state: { carried: Attribution | null }): void {
  const { toks } = ctx;
  const related = b.kind === 'related-link';
  const tb = tokAt(toks, b.start);
  const te = tokAt(toks, b.end);
  const push = (d: Omit<Draft, 'field'>) => drafts.push({ field: 'body', ...d, ...(related ? { fromRelatedLink: true } : {}) });
  if (ctx.lang === 'ru' && b.kind === 'paragraph') {
    const dash = dashParagraph(ctx, b.start, b.end);
    if (dash) {
      const cue = cueAt(ctx, dash.cueTok);
      const sp = cue ? cueSpeaker(ctx, cue, dash.cueTok, tokAt(toks, dash.authorEnd)) : null;
      const ref = settle(ctx, sp?.ref ?? null, b.start, related, toks[dash.cueTok]!.raw);
      for (const p of dash.parts) push({ kind: 'direct', ...p, ref, pos: b.start, cue: toks[dash.cueTok]!.raw, via: null, confidence: CONFIDENCE.russianDash });
      return;
    }
  }
  const spans = ctx.spansByBlock.get(bi) ?? [];
  let si = 0;
  let prevInBlock: Attribution | null = null;
  let prevPos: number | null = null;
  let contentEnd = -1;
  for (let k = tb; k < te; k++) {
    const s = spans[si];
    if (s && toks[k]!.start >= s.open) {
      si++;
      const inter = ctx.lang === 'ru' && s.close !== null ? interrupted(ctx, s.start, s.end) : null;
      if (inter) {
        const cue = cueAt(ctx, inter.cueTok);
        const sp = cue ? cueSpeaker(ctx, cue, inter.cueTok, tokAt(toks, inter.authorEnd)) : null;
        const ref = settle(ctx, sp?.ref ?? null, s.start, related, toks[inter.cueTok]!.raw);
        for (const p of inter.parts) push({ kind: 'direct', ...p, ref, pos: s.start, cue: toks[inter.cueTok]!.raw, via: null, confidence: CONFIDENCE.russianDash });
      } else {
        const a = attributeSpan(ctx, s, prevInBlock, state.carried);
        if (a) {
          // The paragraph's previous speaker goes on, unattributed or not (an excerpt's orphan too).
          const ref = a.settled && !a.ref ? null : settle(ctx, a.ref, s.start, related, a.cue);
          if (a.settled && !a.ref && prevPos !== null && ctx.orphans.has(prevPos)) ctx.orphans.add(s.start);
          const settled = { ...a, ref };
          push({ kind: 'direct', start: s.start, end: s.end, ref, pos: s.start, cue: a.cue, via: a.via, confidence: a.confidence });
          prevInBlock = { ...settled, settled: false };
          prevPos = s.start;
          state.carried = s.continued ? settled : null;
        }
      }
      while (k + 1 < te && ctx.inQuote[k + 1] && toks[k + 1]!.start <= (s.close ?? s.end)) k++;
      continue;
    }
    if (ctx.inQuote[k]) continue;
    const cue = cueAt(ctx, k);
    if (!cue) continue;
    // Inside reported content a verb is the content's, not a new cue (أن الحكومة تتابع معدلات …).
    if (cue.kind === 'verb' && toks[k]!.start < contentEnd) continue;
    const ind = indirectAt(ctx, cue, tb, te);
    if (ind) {
      contentEnd = ind.end;
      const ref = settle(ctx, ind.sp.ref, toks[k]!.start, related, toks[k]!.raw);
      push({ kind: 'indirect', start: ind.start, end: ind.end, ref, pos: toks[k]!.start, cue: toks[k]!.raw, via: ind.sp.via, confidence: ind.sp.ref ? CONFIDENCE.indirectNamed : CONFIDENCE.indirectCarried });
    } else if (cue.kind === 'verb' || cue.kind === 'according') {
      const sp = cueSpeaker(ctx, cue, ctx.sentStart[k]!, te);
      if (sp.ref && EXPLICIT.has(sp.ref.kind) && !(ctx.lang === 'ru' && ruSubordinatorBefore(ctx, k) >= 0)) settle(ctx, sp.ref, toks[k]!.start, related, toks[k]!.raw);
    }
  }
}


// How many paragraphs after an orphan quote its speaker may first be named.
const ORPHAN_BLOCKS = 3;

/** Quotes of an excerpt that opens mid-speech (وأضاف: «…» before anyone is named) go to the person
 * the headline opens with ("Smith defends …"), else to the first speaker the article names after
 * them, within a few paragraphs. */
// How far into its sentence an indefinite lede's title word may stand ("A deputy leader …").
const LEDE_TITLE_REACH = 4;

/** The title word of an English sentence that opens "A/An … <title>" around `pos`, or null. */
function indefiniteLede(ctx: Ctx, pos: number): string | null {
  const s = ctx.sentStart[tokAt(ctx.toks, pos)] ?? 0;
  if (!['a', 'an'].includes(ctx.toks[s]?.f ?? '')) return null;
  for (let k = s + 1; k <= s + LEDE_TITLE_REACH && ctx.toks[k]?.word; k++) if (EN_TITLES.has(ctx.toks[k]!.f)) return ctx.toks[k]!.f;
  return null;
}

function adoptOrphans(ctx: Ctx, drafts: Draft[], title: string): void {
  if (ctx.orphans.size === 0) return;
  const lead = title ? headlineSubject(title, ctx.lang, ctx.resolver.knows) : null;
  if (lead) {
    const ref: SpeakerRef = { kind: 'name', text: lead, title: null, from: 0, to: 0 };
    for (const d of drafts) if (!d.ref && ctx.orphans.has(d.pos)) d.ref = ref;
    return;
  }
  const first = ctx.history[0];
  if (!first) return;
  const firstBlock = ctx.blockOf[tokAt(ctx.toks, first.pos)] ?? 0;
  for (const d of drafts) {
    if (d.ref || !ctx.orphans.has(d.pos) || d.pos >= first.pos) continue;
    const someone = ctx.lang === 'en' ? indefiniteLede(ctx, d.pos) : null;
    if (someone !== null) {
      // "A deputy leader in a council has denied … “…”": only the one the story later names so.
      const p = ctx.resolver.people.find((x) => !x.org && x.titleWords.includes(someone) && x.pos.some((q) => q > d.pos));
      if (p) d.ref = { kind: 'name', text: p.name, title: null, from: 0, to: 0 };
      continue;
    }
    if (firstBlock - (ctx.blockOf[tokAt(ctx.toks, d.pos)] ?? 0) <= ORPHAN_BLOCKS) d.ref = first.ref;
  }
}

export function detectQuotes(input: QuoteInput): Quote[] {
  return input.title && isLeadTitle(input.title) ? withLeadAsParagraph(input, detectIn) : detectIn(input);
}

function detectIn(input: QuoteInput): Quote[] {
  const { title, body, blocks, lang } = input;
  const spans = scanQuoteMarks(body, blocks);
  const ctx = makeContext(body, blocks, lang, spans);
  ctx.headline = title ?? '';
  registerTitledNames(ctx);
  const drafts: Draft[] = [];
  const state = { carried: null as Attribution | null };
  blocks.forEach((b, bi) => {
    if (b.kind === 'paragraph' || b.kind === 'list-item' || b.kind === 'related-link') walkBlock(ctx, b, bi, drafts, state);
  });
  adoptOrphans(ctx, drafts, title ?? '');
  // Headlines last: by now the article's speakers are known, so "لافروف:" and "وزير الصحة:" resolve.
  const known = new Set<string>();
  for (const d of drafts) if (d.ref) known.add(foldKey(d.ref.text));
  // An unnamed source the body quotes (مسؤول يمني:) labels a headline too, which stays unattributed.
  const unnamed = ctx.unnamed.map((u) => foldKey(u.text));
  for (const u of unnamed) known.add(u);
  const nobody = (ref: { text: string }) => unnamed.some((u) => u.startsWith(foldKey(ref.text)));
  const head = (text: string, from: number, to: number, field: 'body' | 'title', related: boolean) => {
    const h = headlineIn(text, from, to, lang, ctx.resolver, known);
    if (h) drafts.push({ kind: 'headline', field, start: h.start, end: h.end, ref: nobody(h.ref) ? null : h.ref, pos: field === 'title' ? 0 : from, cue: ':', via: null, confidence: CONFIDENCE.headline, ...(related ? { fromRelatedLink: true } : {}) });
  };
  if (title) head(title, 0, title.length, 'title', false);
  for (const b of blocks) {
    if (b.kind === 'subheading') head(body, b.start, b.end, 'body', false);
    if (b.kind === 'related-link') {
      const colon = body.indexOf(':', b.start);
      if (colon > 0 && colon < b.end) head(body, colon + 1, b.end, 'body', true);
    }
  }
  return mergeDrafts(drafts, body).map((d) => {
    const src = d.field === 'title' ? title : body;
    const found = d.ref ? ctx.resolver.resolve(d.ref, d.pos) : null;
    // A titled person or a named outlet vouches for its words, whatever their shape (ميلتسون، تايم مغازين).
    const vouched = !!found?.person && ((!found.person.org && found.person.titles.some((t) => t !== found.person!.name)) || !!found.person.outlet);
    const r = found && entityShaped(found.speaker, lang, vouched) && (lang !== 'ar' || arAnchored(ctx, found)) ? found : null;
    const mentions = r?.person ? [...r.person.aliases] : r ? [r.mention] : [];
    return {
      kind: d.kind,
      field: d.field,
      text: src.slice(d.start, d.end),
      start: d.start,
      end: d.end,
      speaker: r?.speaker ?? null,
      speakerMentions: mentions,
      cue: d.cue,
      via: d.via,
      confidence: Math.round(d.confidence * 100) / 100,
      ...(d.fromRelatedLink ? { fromRelatedLink: true } : {}),
      ...(r?.person?.org ? { speakerIsOrganisation: true } : {}),
    };
  }).filter((q) => !ownName(q));
}

/** A span in marks that is only its speaker's own name (يشير “جواد الحامدي” رئيس …) names him; it is
 * no quotation. */
const ownName = (q: Quote): boolean => q.speaker !== null && foldKey(q.text.trim()) === foldKey(q.speaker);
