// The detection engine's version: part of every quote cache key, so a changed rule set never
// serves quotes computed by the old one. Bump it whenever detectQuotes can give different output.
export const QUOTE_ENGINE_VERSION = 2;
