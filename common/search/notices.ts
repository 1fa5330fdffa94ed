// What a search says about a query it could not take as written: a code the UI phrases in its
// own language and the English sentence the CLI prints. The templates here are the only English
// wording; renderer/i18n/en.ts reuses them. Pure: no DOM, no Node.

export const SEARCH_NOTICE_TEMPLATES = {
  'filter-needs-value': '"{token}" needs a value, so it was ignored.',
  'negated-filter': '"{token}" is not supported, so it was ignored.',
  'unknown-lang': '"{token}" is not a language Marsad knows (ar, en, ru, other), so it was ignored.',
  'bad-date': '"{token}" is not a date like 2025-03-14 or 2025-03, so it was ignored.',
  'unknown-is': '"{token}" is not a filter Marsad knows (is:quote), so it was ignored.',
  'quote-checks-capped': 'Only the best {checked} of {candidates} candidates were checked for quotes.',
  'exact-checks-capped': 'Only the best {checked} of {candidates} candidates were checked for the exact wording.',
} as const;

export type SearchNoticeCode = keyof typeof SEARCH_NOTICE_TEMPLATES;

/** One notice: `text` is the English sentence; `code` and `params` let the UI say it in its own language. */
export type SearchNotice = { code: SearchNoticeCode; params: Record<string, string | number>; text: string };

export function searchNotice(code: SearchNoticeCode, params: Record<string, string | number>): SearchNotice {
  const text = SEARCH_NOTICE_TEMPLATES[code].replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
  return { code, params, text };
}
