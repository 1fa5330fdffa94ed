// Maps a DOM selection in the article body to UTF-16 offsets of the raw body. Every block the
// body draws carries data-start (its offset in the body) and only raw text, so the length of the
// text from a block's start to a point is that point's offset. Logical order, whatever the
// visual direction. DOM only; reads, never changes the document.
import type { BodySpan } from '../models/passage-editor.js';

function pointOffset(node: Node, offset: number, root: Element): number | null {
  const el = node instanceof Element ? node : node.parentElement;
  const block = el?.closest<HTMLElement>('[data-start]');
  if (!block || !root.contains(block)) return null;
  const r = document.createRange();
  r.selectNodeContents(block);
  r.setEnd(node, offset);
  return Number(block.dataset['start']) + r.toString().length;
}

/** The body span a range covers (ends outside any block clamp to the nearest block), or null. */
export function rangeToSpan(range: Range, root: Element, body: string): BodySpan | null {
  if (range.collapsed) return null;
  const blocks = [...root.querySelectorAll<HTMLElement>('[data-start]')].filter((b) => range.intersectsNode(b));
  const first = blocks[0];
  const last = blocks[blocks.length - 1];
  if (!first || !last) return null;
  const start = pointOffset(range.startContainer, range.startOffset, root) ?? Number(first.dataset['start']);
  const end =
    pointOffset(range.endContainer, range.endOffset, root) ?? Number(last.dataset['start']) + (last.textContent ?? '').length;
  // Spaces at the edges (a double-click's trailing space, a triple-click's newline) are dropped.
  let lo = start;
  let hi = end;
  while (lo < hi && /\s/.test(body[lo]!)) lo++;
  while (hi > lo && /\s/.test(body[hi - 1]!)) hi--;
  return hi > lo ? { start: lo, end: hi, exact: body.slice(lo, hi) } : null;
}
