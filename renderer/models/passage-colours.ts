// The highlight palette and how a passage's colour is chosen: its own, else its first tag's,
// else the default (null → the stylesheet's --passage). Pure apart from reading tag colours.
import type { Highlight } from '../../common/annotation.js';

/** Six hues that stay readable under ink at the 40% tint the reader draws them with. */
export const PASSAGE_COLOURS = ['#f2c94c', '#6fcf97', '#56ccf2', '#f299c2', '#f2994a', '#bb6bd9'] as const;

export const passageColour = (h: Pick<Highlight, 'colour' | 'tags'>, tagColours: ReadonlyMap<string, string | null>): string | null =>
  h.colour ?? h.tags.map((t) => tagColours.get(t) ?? null).find((c) => c !== null) ?? null;
