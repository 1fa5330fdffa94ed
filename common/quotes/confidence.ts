// How sure each attribution rule is, as one named table: the figure a quote carries (0–1) says which
// rule found it. The analyst always confirms; these only order and tint what the rules propose.
// Pure data: no DOM, no Node.
export const CONFIDENCE = {
  /** A cue before the quote in its sentence, the quote closed: «قال X: "…"», 'X said "…"'. */
  cueBefore: 0.9,
  /** The same, but the quote runs on unclosed to the paragraph's end. */
  cueBeforeUnclosed: 0.7,
  /** A cue right after the closing mark ("…," X said; «…»، قال X). */
  cueAfter: 0.85,
  /** Russian dash speech: a paragraph-initial "— …, — сказал X" or an interrupted «…, — сказал X, — …». */
  russianDash: 0.85,
  /** "X: «…»" with no verb, or a paragraph ending in a colon after a cue, then the quote. */
  colon: 0.8,
  /** A headline or subheading "X: …" whose label is a speaker of the article. */
  headline: 0.8,
  /** Reported speech with its speaker named. */
  indirectNamed: 0.75,
  /** A second quote after "“…,” X said." in the same paragraph: the same speaker. */
  sameParagraph: 0.7,
  /** English "Her neighbour, X, was blunt: “…”": a verbless lead-in whose subject is a full name. */
  colonSentence: 0.6,
  /** Reported speech whose speaker is carried over or unknown. */
  indirectCarried: 0.6,
  /** A quote that is its whole paragraph (or opens a speech) with no cue: the last speaker goes on. */
  bareParagraph: 0.5,
  /** Taken off a continuing quote for each paragraph it carries on. */
  continuationStep: 0.05,
} as const;
