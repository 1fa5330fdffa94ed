// Applies the analyst's stored decisions to detected quotes: confirm, correct the speaker, or
// dismiss. Pure: no DOM, no Node. A decision matches a quote by field, offsets and exact text, so
// a decision made on an older body (offsets moved, words changed) simply stops applying.
import type { StoredQuoteDecision } from '../library/schema.js';
import type { Quote } from './types.js';
import type { QuoteState } from './views.js';

export type Decided = Quote & { id: string; state: QuoteState; detectedSpeaker: string | null };

export const quoteId = (q: Pick<Quote, 'field' | 'start' | 'end'>): string => `${q.field}:${q.start}-${q.end}`;

const sameSpan = (d: StoredQuoteDecision, q: Quote): boolean =>
  d.field === q.field && d.start === q.start && d.end === q.end && d.text === q.text;

export function applyDecisions(quotes: Quote[], decisions: readonly StoredQuoteDecision[]): Decided[] {
  return quotes.map((q) => {
    const d = decisions.find((x) => sameSpan(x, q));
    const base = { ...q, id: quoteId(q), detectedSpeaker: q.speaker };
    if (!d) return { ...base, state: 'detected' };
    if (d.decision === 'dismiss') return { ...base, state: 'dismissed' };
    if (d.decision === 'confirm') return { ...base, state: 'confirmed' };
    return { ...base, state: 'corrected', speaker: d.speaker, speakerMentions: d.speaker ? [d.speaker] : [] };
  });
}
