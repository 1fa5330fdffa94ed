// The who-said-what appendix lists a speaker's quotes under the clip they come from, the clip
// named once rather than after every quote (shorter to read, and a fifth fewer pages in a
// 200-clip report). Pure; shared by the HTML (and PDF), Markdown and Word reports.
import type { SpeakerEntry } from './types.js';

export type SpeakerQuote = SpeakerEntry['quotes'][number];
export type ClipQuotes = { clipN: number; clipTitle: string; quotes: SpeakerQuote[] };

/** Runs of quotes from the same clip, in the order given (the report's clip order). */
export function quotesByClip(quotes: readonly SpeakerQuote[]): ClipQuotes[] {
  const out: ClipQuotes[] = [];
  for (const q of quotes) {
    const last = out[out.length - 1];
    if (last && last.clipN === q.clipN) last.quotes.push(q);
    else out.push({ clipN: q.clipN, clipTitle: q.clipTitle, quotes: [q] });
  }
  return out;
}
