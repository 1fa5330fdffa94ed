// What search returns to the renderer and the CLI: hits with snippets whose highlight offsets
// are UTF-16 units into the snippet text (already mapped back from folded to raw text), saved
// searches with their counts, and autocomplete suggestions. Pure: no DOM, no Node.
import type { SearchNotice } from './notices.js';
import type { ClipId, Lang } from '../domain.js';

/** [start, end) in UTF-16 units of the string it belongs to. */
export type Span = { start: number; end: number };

/** A window of the raw body (whitespace shown as single spaces, "…" where cut). */
export type Snippet = { text: string; highlights: Span[] };

export type SearchHit = {
  id: ClipId;
  title: string;
  /** Matched words in the title, offsets into `title`. */
  titleHighlights: Span[];
  source: string | null;
  lang: Lang;
  publishedAt: string | null;
  capturedAt: string;
  tags: string[];
  /** Higher is better; comparable only within one result list. */
  score: number;
  snippet: Snippet;
  /** Words of the query (as typed) this clip lacks: it matched only some of them. */
  missing: string[];
  /** Set only by openSavedSearch: captured after the saved search was last opened. */
  isNew?: boolean;
};

/** The sidebar's list filters, ANDed with the query's own filters. */
export type SearchFilters = { tag?: string; source?: string };

/** 'fuzzy' folds, stems and forgives typos; 'exact' wants the words as typed in the raw text. */
export type SearchMode = 'fuzzy' | 'exact';

export type SearchRequest = {
  query: string;
  filters?: SearchFilters;
  limit?: number;
  offset?: number;
  mode?: SearchMode;
  /** The last word is still being typed: match it as a prefix too (the search box sets this). */
  asYouType?: boolean;
  /** Clips holding only some of the words match too, ranked below (default); false: every word (reports). */
  partial?: boolean;
};

export type SearchPage = {
  query: string;
  total: number;
  offset: number;
  /** Time the search took inside the backend, ms. */
  ms: number;
  results: SearchHit[];
  /** Parts of the query that were ignored (a bad date, an unknown is:), each with its English sentence and a code for the UI. */
  notices: SearchNotice[];
};

export type SuggestionKind = 'tag' | 'source' | 'saved' | 'word';
export type Suggestion = { kind: SuggestionKind; text: string; count: number };

export type SavedSearch = {
  id: string;
  name: string;
  query: string;
  filters: SearchFilters;
  /** Tag given to newly imported clips that match; null for none. */
  autoTag: string | null;
  createdAt: string;
  /** When the user last opened it; clips captured later are "new". */
  lastSeenAt: string;
};

export type SavedSearchView = SavedSearch & { count: number; newCount: number };

export type SavedSearchInput = { name: string; query: string; filters?: SearchFilters; autoTag?: string | null };
export type SavedSearchPatch = Partial<SavedSearchInput>;
