// How much of a clip's text quote detection reads: shared by the backend (which cuts the text)
// and the renderer (which says so in the Quotes panel). Pure constants and a predicate only.

// Why 200,000: the longest real news pieces (transcripts, full speeches) run to ~60k characters;
// detection costs a few µs a character and grows with the number of speakers, so past this it
// would take seconds per clip and find quotes nobody reads in a monitoring report.
export const QUOTE_DETECT_MAX_CHARS = 200_000;

/** True when quotes were looked for in only the first part of a body this long. */
export const detectedInPart = (bodyLength: number): boolean => bodyLength > QUOTE_DETECT_MAX_CHARS;
