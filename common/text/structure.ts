// Splits an article body into structural blocks, one per non-blank line: related links, list
// items, subheadings, else paragraphs. Pure: no DOM, no Node. Offsets are UTF-16 units into the
// raw body (end exclusive, edge whitespace excluded); the body itself is never rewritten.
import type { Block, BlockKind } from '../domain.js';
import { lineSpans } from './lines.js';
import { isListItem } from './list-item.js';
import { isRelatedLink } from './related-link.js';
import { isSubheading } from './subheading.js';

// Order matters: «إقرأ أيضاً: لافروف: …» is a link even though it has colons, and "1- …:" is an item.
const kindOf = (line: string): BlockKind => {
  if (isRelatedLink(line)) return 'related-link';
  if (isListItem(line)) return 'list-item';
  if (isSubheading(line)) return 'subheading';
  return 'paragraph';
};

export const parseBlocks = (body: string): Block[] =>
  lineSpans(body).map(({ start, end, text }) => ({ kind: kindOf(text), start, end }));
