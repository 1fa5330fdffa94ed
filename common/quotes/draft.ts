// A detected quote before its speaker is resolved to a display name: the speaker is still a
// reference to words in the text (or to the previous speaker). Pure: no DOM, no Node.
import type { QuoteKind } from './types.js';
import type { SpeakerRef } from './speaker-ref.js';

export type Draft = {
  kind: QuoteKind;
  field: 'body' | 'title';
  start: number;
  end: number;
  ref: SpeakerRef | null;
  /** Body offset where the speaker was named (for title resolution by nearness). */
  pos: number;
  cue: string | null;
  via: string | null;
  confidence: number;
  fromRelatedLink?: boolean;
};
