// What the passage UI shows: the text selection the floating "Highlight" button offers, and the
// passage being created or edited in the popover. `rect` places them; offsets are UTF-16 units
// into the raw body. Data only; components fill it from DOM selections and clicks.
import { signal } from '@preact/signals';
import type { Highlight } from '../../common/annotation.js';

export type Place = { top: number; bottom: number; left: number; right: number };
export type BodySpan = { start: number; end: number; exact: string };

/** The id the passage being created is drawn under until it is saved. */
export const PENDING_PASSAGE_ID = 'pending';

export const pendingSpan = signal<{ span: BodySpan; place: Place } | null>(null);

/** `scrollTop`: the reader pane's scroll when it opened; scrolling well away from it closes it. */
export type PassageEdit =
  | { mode: 'new'; clipId: string; span: BodySpan; place: Place; scrollTop: number }
  | { mode: 'edit'; clipId: string; highlight: Highlight; place: Place; scrollTop: number };

export const passageEdit = signal<PassageEdit | null>(null);

export const placeOf = (el: Element | Range): Place => {
  const r = el.getBoundingClientRect();
  return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
};
