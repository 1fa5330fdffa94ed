// The detection engine's version: part of every quote cache key, so a changed rule set never
// serves quotes computed by the old one. Bump it whenever detectQuotes can give different output;
// quotes are also cached on disk (quotes-cache.jsonl), and version.test.ts fails when the
// sources change without a new version.
export const QUOTE_ENGINE_VERSION = 515;
