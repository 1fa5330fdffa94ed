// Public entry of quote detection: detectQuotes and extractPeople, and their types. Pure: no DOM,
// no Node. Other layers import from here, never from the detector's inner modules.
export { detectQuotes } from './detect-quotes.js';
export { extractPeople } from './people.js';
export type { PersonCandidate, Quote, QuoteInput, QuoteKind } from './types.js';
export { QUOTE_ENGINE_VERSION } from './version.js';
