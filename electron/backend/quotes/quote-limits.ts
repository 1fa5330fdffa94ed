// Bounded quote detection: a clip's quotes are detected on its first QUOTE_DETECT_MAX_CHARS (cut
// at a paragraph end), and any text longer than a short article, or any background work (the
// warmer), is detected in the worker so the host's main thread never stalls on it. Calls the
// quote engine's public entry point only; never changes what the engine finds within the part.
import { detectQuotes, type Quote } from '../../../common/quotes/index.js';
import { parseBlocks } from '../../../common/text/structure.js';
import { extractPool, type QuoteText } from '../import/extract-pool.js';

import { QUOTE_DETECT_MAX_CHARS, detectedInPart } from '../../../common/quote-detect-limit.js';

export { QUOTE_DETECT_MAX_CHARS };
// Why 20,000: detection on a text this long takes ~20–60 ms; longer texts go to the worker.
const INLINE_DETECT_CHARS = 20_000;

/** The part of a body quotes are detected in: all of it, or up to the last paragraph end before the cap. */
export function detectionPart(body: string): string {
  if (body.length <= QUOTE_DETECT_MAX_CHARS) return body;
  const cut = body.lastIndexOf('\n', QUOTE_DETECT_MAX_CHARS);
  return body.slice(0, cut > QUOTE_DETECT_MAX_CHARS / 2 ? cut : QUOTE_DETECT_MAX_CHARS);
}

/** The sentence a host shows when a body was longer than what was analysed (null when all of it was). */
export const detectionNote = (bodyLength: number): string | null =>
  detectedInPart(bodyLength) ? `Quotes were looked for in the first ${QUOTE_DETECT_MAX_CHARS.toLocaleString('en')} characters only; the rest of this text was not analysed.` : null;

/** Quotes of a text's detection part: inline when short, else (or when `offThread`) in the worker. */
export function detectBounded(text: QuoteText, opts: { offThread?: boolean } = {}): Promise<Quote[]> {
  const body = detectionPart(text.body);
  if (!opts.offThread && body.length <= INLINE_DETECT_CHARS) {
    return Promise.resolve(detectQuotes({ title: text.title, body, blocks: parseBlocks(body), lang: text.lang }));
  }
  return extractPool().detectQuotes({ ...text, body });
}
