// Cheap per-clip facts the search index keeps beside the postings, taken from the raw text while
// it is indexed, so filters can skip clips without reading them. Pure: no DOM, no Node. A flag
// is a necessary condition only (a superset): the real answer still comes from the text.

/** The body holds a quote mark or a dash, without which no direct quote is detected. */
export const MAY_QUOTE = 1;

// The marks quote-marks.ts pairs, and the dashes Russian direct speech opens with.
const QUOTE_SIGNS = /["'«»“”„‹›‘’—–]/;

export const docFlags = (body: string): number => (QUOTE_SIGNS.test(body) ? MAY_QUOTE : 0);
