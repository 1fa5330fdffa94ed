// Turns a clip's raw body and its block offsets into what the reader draws: paragraphs,
// subheadings, runs of list items grouped into one list, and related links kept apart.
// Pure: no DOM, no bridge. Text is sliced from the raw body, never rewritten.
import type { Block } from '../../common/domain.js';

/** `start`: where `text` begins in the raw body (UTF-16), so quote offsets can be placed in it. */
export type Line = { key: number; text: string; start: number };
export type ArticlePart =
  | { kind: 'paragraph'; key: number; text: string; start: number }
  | { kind: 'subheading'; key: number; text: string; start: number }
  | { kind: 'list'; key: number; items: Line[] };
export type ArticleLayout = { parts: ArticlePart[]; related: Line[] };

/** Without block data (an older clip), every non-empty line is a paragraph. */
const linesAsBlocks = (body: string): Block[] => {
  const blocks: Block[] = [];
  let start = 0;
  for (const line of body.split('\n')) {
    if (line.trim()) blocks.push({ kind: 'paragraph', start, end: start + line.length });
    start += line.length + 1;
  }
  return blocks;
};

export function layoutArticle(body: string, blocks: Block[], title: string): ArticleLayout {
  const parts: ArticlePart[] = [];
  const related: Line[] = [];
  const source = blocks.length ? blocks : linesAsBlocks(body);
  source.forEach((block, key) => {
    const raw = body.slice(block.start, block.end);
    const text = raw.trim();
    if (!text) return;
    const start = block.start + raw.indexOf(text);
    // The title is drawn as the h1 already; do not repeat it when the body opens with it.
    if (parts.length === 0 && text === title.trim()) return;
    if (block.kind === 'related-link') {
      related.push({ key, text, start });
      return;
    }
    if (block.kind === 'list-item') {
      const last = parts[parts.length - 1];
      if (last?.kind === 'list') last.items.push({ key, text, start });
      else parts.push({ kind: 'list', key, items: [{ key, text, start }] });
      return;
    }
    parts.push({ kind: block.kind, key, text, start });
  });
  return { parts, related };
}
