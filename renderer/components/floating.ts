// Where a floating toolbar or popover goes: under (or above, near the window's foot) a place on
// screen, aligned to its reading start and kept inside the window. DOM-free arithmetic.
import type { Place } from '../models/passage-editor.js';

// Keep this far from the window's edges.
const MARGIN = 8;

export function floatAt(place: Place, width: number, height: number, rtl: boolean): Record<string, string> {
  const below = place.bottom + height + MARGIN < window.innerHeight;
  const edge = rtl ? place.right - width : place.left;
  const left = Math.max(MARGIN, Math.min(edge, window.innerWidth - width - MARGIN));
  return below
    ? { left: `${left}px`, top: `${place.bottom + 6}px` }
    : { left: `${left}px`, top: `${Math.max(MARGIN, place.top - height - 6)}px` };
}

/** The reader pane's scroll offset now (a popover records it when it opens). */
export const readerScrollTop = (): number => document.querySelector('.reader')?.scrollTop ?? 0;
