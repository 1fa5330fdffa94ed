// Passage highlights between storage and the contract: build a stored highlight from offsets
// into the body (selectors snapped to graphemes), and turn a stored one into what the renderer
// gets, re-anchored against the clip's current body. Never drops one: orphans are returned too.
import { randomBytes } from 'node:crypto';
import type { Highlight } from '../../../common/annotation.js';
import { anchorSelectors } from '../../../common/anchor/anchor.js';
import { describeSpan } from '../../../common/anchor/selectors.js';
import type { StoredClip, StoredHighlight } from '../../../common/library/schema.js';
import { fail } from '../../../common/result.js';

export const newHighlightId = (): string => `h${randomBytes(6).toString('hex')}`;

/** Extra fields chosen by the user; the rest comes from the body. */
export type HighlightInput = { tags: string[]; colour: string | null; note: string };

export function buildHighlight(
  clip: StoredClip,
  body: string,
  span: { start: number; end: number; exact?: string },
  input: HighlightInput,
): StoredHighlight {
  if (span.end > body.length) {
    fail('invalid-input', `The passage ends at ${span.end}, past the end of the text (${body.length}).`);
  }
  if (span.exact !== undefined && body.slice(span.start, span.end) !== span.exact) {
    fail('invalid-input', 'The selected text does not match the clip at those offsets; reload the clip and select again.');
  }
  const sel = describeSpan(body, span.start, span.end);
  if (!sel || !sel.exact.trim()) return fail('invalid-input', 'Select some text to highlight.');
  const at = new Date().toISOString();
  return { id: newHighlightId(), ...sel, bodySha256: clip.bodySha256, ...input, createdAt: at, updatedAt: at };
}

/**
 * The highlight as the renderer gets it. `body` may be null only when the clip's body is the
 * one the highlight was made on (same SHA-256): its offsets were validated against those bytes.
 */
export function toHighlight(h: StoredHighlight, clip: StoredClip, body: string | null): Highlight {
  const { bodySha256, ...rest } = h;
  const same = bodySha256 === clip.bodySha256;
  const a =
    body === null
      ? { status: same ? ('anchored' as const) : ('orphaned' as const), start: h.start, end: h.end, moved: false }
      : anchorSelectors(body, h, same);
  return { ...rest, tags: [...h.tags], anchor: { status: a.status, start: a.start, end: a.end, moved: a.moved } };
}
