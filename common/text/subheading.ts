// Recognises a subheading line: Markdown "## …", or (the Arabic news convention) a short line
// that ends with a colon and does not read as a sentence. Pure: no DOM, no Node.
import { readsAsSentence } from './sentence-cues.js';

// Why these numbers: Arabic news subheadings run 3–9 words and stay on one line of a wide column
// (≈ 60 characters); a line past 12 words or 90 characters is a sentence introducing what follows.
export const MAX_SUBHEADING_WORDS = 12;
export const MAX_SUBHEADING_CHARS = 90;

const MARKDOWN_HEADING = /^#{1,6}\s+\S/;
/** A short line wholly in Markdown bold ("**Background**"), as pasted from many editors. */
const BOLD_LINE = /^(\*\*|__)(?=\S)(.+?)\1$/u;
const ENDS_WITH_COLON = /[:：]$/;
/** A full stop after a word of 3+ letters, or ! ? ؟ inside the line: sentence punctuation. */
const SENTENCE_PUNCTUATION = /\p{L}{3}\.(?=\s)|[!?؟]/u;

export const isSubheading = (line: string): boolean => {
  if (MARKDOWN_HEADING.test(line)) return true;
  const bold = BOLD_LINE.exec(line);
  if (bold && (bold[2] ?? '').length <= MAX_SUBHEADING_CHARS && !/[.!?؟]$/.test(bold[2] ?? '')) return true;
  if (!ENDS_WITH_COLON.test(line) || !/\p{L}/u.test(line)) return false;
  if (line.length > MAX_SUBHEADING_CHARS) return false;
  if (line.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length > MAX_SUBHEADING_WORDS) return false;
  if (SENTENCE_PUNCTUATION.test(line)) return false;
  return !readsAsSentence(line);
};
