// The search box's query and the results page that replaces the clip list while a query is
// active. Typing searches after a short pause (asYouType); Enter searches at once. The sidebar's
// tag/source filter is passed along. A later answer always wins over an earlier one.
import { computed, signal } from '@preact/signals';
import type { SearchFilters, SearchMode, SearchPage } from '../../common/search/types.js';
import { bridge } from '../services/bridge.js';
import { clipFilter } from './clips.js';
import type { Loadable } from './loadable.js';

// Fast typists press a key every ~100–200 ms; 150 ms waits out a burst without feeling late.
export const SEARCH_DEBOUNCE_MS = 150;
// One screen of hits many times over; "show more" fetches the next page.
export const SEARCH_PAGE_SIZE = 50;

export const searchText = signal('');
export const searchMode = signal<SearchMode>('fuzzy');
/** The latest answer, kept on screen while the next one is on its way; null when no query. */
export const searchPage = signal<Loadable<SearchPage> | null>(null);
export const searchBusy = signal(false);
/** Set when the page came from opening a saved search; cleared by any new query. */
export const openSavedId = signal<string | null>(null);
export const searchActive = computed(() => searchPage.value !== null);

let generation = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

const filters = (): SearchFilters | undefined => {
  const f = clipFilter.value;
  return f ? { [f.kind]: f.name } : undefined;
};

async function run(asYouType: boolean, offset = 0): Promise<void> {
  const query = searchText.value;
  const mine = ++generation;
  openSavedId.value = null;
  searchBusy.value = true;
  if (searchPage.value === null) searchPage.value = { status: 'loading' };
  const before = searchPage.value;
  const answer = await bridge.search({ query, filters: filters(), mode: searchMode.value, asYouType, limit: SEARCH_PAGE_SIZE, offset });
  if (mine !== generation) return;
  searchBusy.value = false;
  if (!answer.ok) searchPage.value = { status: 'error', error: answer.error };
  else if (offset > 0 && before.status === 'ready')
    searchPage.value = { status: 'ready', value: { ...answer.value, offset: 0, results: [...before.value.results, ...answer.value.results] } };
  else searchPage.value = { status: 'ready', value: answer.value };
}

/** The box changed: search after a pause, or leave search when it is emptied. */
export function typeQuery(text: string): void {
  searchText.value = text;
  clearTimeout(timer);
  if (!text.trim()) return endSearch(text);
  timer = setTimeout(() => void run(true), SEARCH_DEBOUNCE_MS);
}

/** Enter: search now, the last word taken as typed rather than as a prefix. */
export function submitQuery(): Promise<void> {
  clearTimeout(timer);
  if (!searchText.value.trim()) return Promise.resolve(endSearch(''));
  return run(false);
}

/** "Search for this" (a context menu): the words as a query, several as one phrase unless `phrase` is false. */
export function searchFor(text: string, phrase = true): Promise<void> {
  // Quote marks inside the selection would end the phrase early; the words are what was meant.
  const words = text.replace(/["\u201c\u201d«»]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!words) return Promise.resolve();
  openSavedId.value = null;
  searchText.value = phrase && words.includes(' ') ? `"${words}"` : words;
  return submitQuery();
}

/** Re-runs the active query (after a filter, mode or settings change); no-op without one. */
export function refreshSearch(): Promise<void> {
  if (!searchActive.value || openSavedId.value) return Promise.resolve();
  clearTimeout(timer);
  return run(false);
}

/** The next page, of the saved search when one is open (its own filters), else of the query. */
export async function loadMoreResults(): Promise<void> {
  const page = searchPage.value;
  if (page?.status !== 'ready') return;
  const savedId = openSavedId.value;
  if (!savedId) return run(false, page.value.results.length);
  const mine = ++generation;
  const answer = await bridge.openSavedSearch({ id: savedId, limit: SEARCH_PAGE_SIZE, offset: page.value.results.length });
  if (mine !== generation || !answer.ok) return;
  const results = [...page.value.results, ...answer.value.page.results];
  searchPage.value = { status: 'ready', value: { ...answer.value.page, offset: 0, results } };
}

/** Back to the clip list. */
export function endSearch(text = ''): void {
  clearTimeout(timer);
  generation++;
  searchText.value = text;
  searchBusy.value = false;
  searchPage.value = null;
  openSavedId.value = null;
}

/** Shows a page the caller already has (an opened saved search) as the active search. */
export function showSearchPage(query: string, page: SearchPage, savedId: string): void {
  clearTimeout(timer);
  generation++;
  searchText.value = query;
  searchBusy.value = false;
  searchPage.value = { status: 'ready', value: page };
  openSavedId.value = savedId;
}

// A sidebar tag/source click narrows the active query too (subscribe runs once at start: no-op).
clipFilter.subscribe(() => void refreshSearch());

export function setSearchMode(mode: SearchMode): Promise<void> {
  searchMode.value = mode;
  return refreshSearch();
}
