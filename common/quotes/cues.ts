// Finds who a cue (found by cue-at.ts) attributes speech to, with any relay agency ("via"): picks
// the reader for the article's language (cue-speaker-ar|en|ru.ts). Pure: no DOM, no Node. Never
// recognises cues itself and never resolves names.
import type { CueHit } from './cue-at.js';
import type { Ctx } from './context.js';
import { arClauseSubject, arCueSpeaker, type CueRead } from './cue-speaker-ar.js';
import { enCueSpeaker, enParticipleSpeaker } from './cue-speaker-en.js';
import { ruCueSpeaker } from './cue-speaker-ru.js';
import { arParticipleOpener } from './pro-drop-ar.js';
import type { SpeakerRef } from './speaker-ref.js';

export type CueSpeaker = { ref: SpeakerRef | null; via: string | null; cue: CueHit };

/** Who a cue attributes speech to; `floor` is the first token of its clause, `limit` the end. */
export function cueSpeaker(ctx: Ctx, cue: CueHit, floor: number, limit: number): CueSpeaker {
  const { lang } = ctx;
  // A participle's subject is the main clause's (Arabic, English); in Russian, the running speaker.
  if (cue.kind === 'participle') {
    if (lang === 'ar' || lang === 'other') return { ref: arClauseSubject(ctx, floor, cue.tok) ?? arParticipleOpener(ctx, floor, cue.tok), via: null, cue };
    return { ref: lang === 'en' ? enParticipleSpeaker(ctx, cue, floor) : null, via: null, cue };
  }
  const r: CueRead = lang === 'ar' || lang === 'other' ? arCueSpeaker(ctx, cue, floor, limit)
    : lang === 'en' ? enCueSpeaker(ctx, cue, floor, limit) : ruCueSpeaker(ctx, cue, floor, limit);
  return { ref: r.ref, via: r.via, cue };
}
