// A first line that is the story's lead, not its headline. A plain-text import takes the first line
// for the title; when a story has no headline that line is a whole paragraph (a dated lead naming
// the person the next paragraph quotes as "он"), and read as a headline its people were nobody's
// antecedent and its quotes went unread. Such a title is read as the body's first paragraph.
// Decides the shape of the input and maps offsets back; it attributes nothing.
import type { Block } from '../domain.js';
import type { Quote, QuoteInput } from './types.js';

// A headline is short and does not end in a full stop or a comma; a lead is a sentence or more (or
// its first clause, when the paragraph was broken after a comma).
const LEAD_WORDS_WITH_STOP = 12;
const LEAD_WORDS = 25;

/** Is `title` a lead paragraph: twelve words or more ending in a full stop or a comma, or
 * twenty-five words? */
export function isLeadTitle(title: string): boolean {
  const t = title.trim();
  const words = t.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
  return words >= LEAD_WORDS || (words >= LEAD_WORDS_WITH_STOP && /(?:[^.…]\.|[,،؛;])$/u.test(t));
}

/**
 * Detects with the lead read as the body's first paragraph (`detect` sees no title), then gives each
 * quote its offsets in the title or the body again. A quote across the join cannot be shown in
 * either field and is left out.
 */
export function withLeadAsParagraph(input: QuoteInput, detect: (input: QuoteInput) => Quote[]): Quote[] {
  const lead = input.title;
  const shift = lead.length + 2;
  const blocks: Block[] = [{ kind: 'paragraph', start: 0, end: lead.length }, ...input.blocks.map((b) => ({ ...b, start: b.start + shift, end: b.end + shift }))];
  const quotes = detect({ ...input, title: '', body: `${lead}\n\n${input.body}`, blocks });
  const out: Quote[] = [];
  for (const q of quotes) {
    if (q.start >= shift) out.push({ ...q, start: q.start - shift, end: q.end - shift });
    else if (q.end <= lead.length) out.push({ ...q, field: 'title' });
  }
  return out;
}
