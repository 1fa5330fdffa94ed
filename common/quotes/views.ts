// What the reader, the Speakers view and the CLI see of quotes: a detected quote plus the
// analyst's decision, its speaker's registry id and a stable colour. Pure: no DOM, no Node.
import type { Lang } from '../domain.js';
import type { EntityKind } from './entity-kind.js';
import type { Quote } from './types.js';

/** confirm / dismiss a detection, or correct its speaker. */
export type QuoteDecision = 'confirm' | 'dismiss' | { speaker: string };
export type QuoteState = 'detected' | 'confirmed' | 'corrected' | 'dismissed';

export type QuoteView = Quote & {
  /** `${field}:${start}-${end}`: stable while the body is unchanged. */
  id: string;
  state: QuoteState;
  /** The speaker the rules found, kept when the analyst corrects it. */
  detectedSpeaker: string | null;
  personId: string | null;
  /** Index into the reader's speaker palette, the same for a person in every clip. */
  colour: number;
};

/** `kind`: a person (or an office) or an organisation (an agency speaking for itself, a ministry); listed apart. */
export type PersonView = { id: string; name: string; aliases: string[]; quoteCount: number; kind: EntityKind };

/** The reserved id of the «غير منسوب» / Unattributed group in personQuotes: quotes whose speaker no
 * rule could name (and the analyst has not), listed so they can be assigned. */
export const UNATTRIBUTED_ID = 'unattributed';

export type PersonQuote = {
  clipId: string;
  clipTitle: string;
  /** The clip's language (ar, en, ru, other): the quote marks and the font follow it. */
  lang: Lang;
  /** publishedAt, or capturedAt when the clip has no date: what "newest first" sorts by. */
  date: string;
  kind: Quote['kind'];
  field: Quote['field'];
  text: string;
  start: number;
  end: number;
  cue: string | null;
  via: string | null;
};

/** How many tints the reader has for speakers (styles: --speaker-0 … --speaker-7). */
export const SPEAKER_COLOURS = 8;

/** A stable palette index for a key (a person id or a folded name): FNV-1a, mod the palette. */
export function colourIndex(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) % SPEAKER_COLOURS;
}
