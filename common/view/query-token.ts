// The word being typed at the caret, for autocomplete: which filter it belongs to (tag:,
// source:) and the fragment to complete; and the query with a chosen suggestion put in its
// place. Pure: no DOM, no bridge (kept in common/ so node tests it). Offsets are UTF-16 units
// into the query.
import type { Suggestion } from '../search/types.js';

export type Token = { start: number; end: number; filter: 'tag' | 'source' | null; fragment: string };

const FILTER = /^(-?)(tag|source):"?/i;

/** The whitespace-delimited token ending at the caret (null when the caret follows a space). */
export function tokenAt(query: string, caret: number): Token | null {
  let start = caret;
  while (start > 0 && !/\s/.test(query[start - 1]!)) start--;
  let end = caret;
  while (end < query.length && !/\s/.test(query[end]!)) end++;
  if (start === caret) return null;
  const word = query.slice(start, caret);
  const m = FILTER.exec(word);
  if (m) return { start, end, filter: m[2]!.toLowerCase() as 'tag' | 'source', fragment: word.slice(m[0].length) };
  return { start, end, filter: null, fragment: word.replace(/^[-"«]/, '') };
}

const quoteIfSpaced = (text: string): string => (/\s/.test(text) ? `"${text}"` : text);

/** The query with the token replaced by the suggestion, a trailing space, and the new caret. */
export function applySuggestion(query: string, token: Token, s: Suggestion): { query: string; caret: number } {
  const negated = query[token.start] === '-' ? '-' : '';
  const text =
    s.kind === 'tag' || s.kind === 'source' ? `${negated}${s.kind}:${quoteIfSpaced(s.text)}` : `${negated}${quoteIfSpaced(s.text)}`;
  const before = query.slice(0, token.start);
  const after = query.slice(token.end).replace(/^\s*/, '');
  const head = `${before}${text} `;
  return { query: head + after, caret: head.length };
}
