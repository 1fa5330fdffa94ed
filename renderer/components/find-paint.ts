// Paints Find in Article's matches over the article body with the CSS Custom Highlight API
// (::highlight), so the body's own marks (quotes, passages) and its DOM are never touched.
// Body offsets become DOM points through the blocks' data-start. DOM only; no models.
import type { FindSpan } from '../../common/view/find-matches.js';

const ALL = 'marsad-find';
const CURRENT = 'marsad-find-current';

/** The text node and offset at a body offset inside `blocks` (sorted by data-start), or null. */
function pointAt(blocks: HTMLElement[], offset: number, end: boolean): { node: Node; offset: number } | null {
  for (const block of blocks) {
    const start = Number(block.dataset['start']);
    const length = block.textContent?.length ?? 0;
    if (offset < start || offset > start + length || (!end && offset === start + length)) continue;
    let left = offset - start;
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const len = node.textContent!.length;
      if (left < len || (end && left === len)) return { node, offset: left };
      left -= len;
    }
  }
  return null;
}

export function rangeOf(blocks: HTMLElement[], span: FindSpan): Range | null {
  const a = pointAt(blocks, span.start, false);
  const b = pointAt(blocks, span.end, true);
  if (!a || !b) return null;
  const range = document.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

const supported = (): boolean => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

/** Marks every match and the current one; answers the current match's range (to scroll to). */
export function paintMatches(root: Element | null, spans: FindSpan[], current: number): Range | null {
  clearMatches();
  if (!root || spans.length === 0) return null;
  const blocks = [...root.querySelectorAll<HTMLElement>('[data-start]')];
  const ranges = spans.map((s) => rangeOf(blocks, s));
  const here = ranges[current] ?? null;
  if (supported()) {
    CSS.highlights.set(ALL, new Highlight(...ranges.filter((r): r is Range => r !== null)));
    if (here) CSS.highlights.set(CURRENT, new Highlight(here));
  }
  return here;
}

export function clearMatches(): void {
  if (!supported()) return;
  CSS.highlights.delete(ALL);
  CSS.highlights.delete(CURRENT);
}

/** Brings a match into the middle third of the reader pane when it is out of view. */
export function scrollToRange(range: Range, pane: Element | null): void {
  if (!pane) return;
  const r = range.getBoundingClientRect();
  const p = pane.getBoundingClientRect();
  // Why 80: the sticky find bar covers the pane's top.
  if (r.top >= p.top + 80 && r.bottom <= p.bottom - 16) return;
  pane.scrollBy({ top: r.top - p.top - p.height / 3 });
}
