// Who an English cue (found by cue-at.ts) attributes speech to, with any relay ("according to
// SANA"): the subject before the verb, or after it when inverted ("…," said X). Pure: no DOM, no
// Node. Returns token indices and speaker references; never resolves names.
import { cueAt, QUOTE_OPEN, type CueHit } from './cue-at.js';
import type { Ctx } from './context.js';
import type { CueRead } from './cue-speaker-ar.js';
import { enSentenceSubject, enSpeakerAfter, enSpeakerBefore } from './speaker-en.js';
import type { SpeakerRef } from './speaker-ref.js';

const TELL = new Set(['tell', 'tells', 'told', 'telling']);
const RELATIVES = new Set(['who', 'which', 'that']);
const read = (ref: SpeakerRef | null, via: string | null = null): CueRead => ({ ref, via });

/** Who an English verb or "according to" cue attributes speech to. */
export function enCueSpeaker(ctx: Ctx, cue: CueHit, floor: number, limit: number): CueRead {
  const { body, toks } = ctx;
  if (cue.kind === 'according') {
    const ref = enSpeakerAfter(body, toks, cue.end);
    return ref?.kind === 'agency' ? read(null, ref.text) : read(ref);
  }
  // Inverted only right after a quote ("…," said Marta Quental); "One driver, Abu Fadi, told …" is not.
  const prev = toks[cue.tok - 1];
  const inverted = cue.tok === floor || !prev || QUOTE_OPEN.test(prev.raw) || (prev.raw === ',' && QUOTE_OPEN.test(toks[cue.tok - 2]?.raw ?? ''));
  const ref = inverted ? enSpeakerAfter(body, toks, cue.end) : enSpeakerBefore(body, toks, cue.tok, floor);
  // After "told" stands whom they told ("the editor told BBC Radio"), never the speaker; after
  // "who said" stands the reported clause ("the source, who said Mr Norman had …").
  const addressed = TELL.has(toks[cue.tok]!.f) || (!inverted && RELATIVES.has(prev?.f ?? ''));
  return read(ref ?? (inverted || addressed ? null : enSpeakerAfter(body, toks, cue.end)), viaAfter(ctx, cue.end, limit));
}

/** An English participle shares the subject of the sentence's main cue when there is one ("An
 * analyst at Hanmore Capital, Lisa Brandt, said …, noting that …"), else the sentence's first name
 * ("Gov. Helen Marsh signed …, calling it …"). */
export function enParticipleSpeaker(ctx: Ctx, cue: CueHit, floor: number): SpeakerRef | null {
  for (let k = cue.tok - 1; k >= floor; k--) {
    if (ctx.inQuote[k]) continue;
    const main = cueAt(ctx, k);
    if (main && main.kind === 'verb') {
      const sp = enCueSpeaker(ctx, main, floor, cue.tok);
      if (sp.ref) return sp.ref;
    }
  }
  return enSentenceSubject(ctx.body, ctx.toks, floor, cue.tok);
}

/** ", according to SANA" after an English cue. */
function viaAfter(ctx: Ctx, from: number, limit: number): string | null {
  for (let k = from; k < Math.min(limit, from + 8); k++) {
    if (ctx.toks[k]!.f === 'according' && ctx.toks[k + 1]?.f === 'to') return ctx.toks[k + 2]?.raw ?? null;
  }
  return null;
}
