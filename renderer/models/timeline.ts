// The timeline over the list (issue 14): clips per period for what the list or the search shows,
// re-read whenever either is (after a search, a filter, an import, an edit), and the action that
// narrows the search to one bar's period with after:/before:. Calls the timeline bridge call only.
import { effect, signal } from '@preact/signals';
import type { SearchFilters } from '../../common/search/types.js';
import type { Timeline, TimelineBar } from '../../common/view/timeline.js';
import { bridge } from '../services/bridge.js';
import { clipFilter, clips } from './clips.js';
import { fromResult, type Loadable } from './loadable.js';
import { searchActive, searchPage, searchText, submitQuery } from './search.js';

export const timeline = signal<Loadable<Timeline> | null>(null);
/** True once the first read has answered (whatever it said): until then the chart's place is unknown. */
export const timelineRead = signal(false);

// The list and the hits settle in bursts (typing, an import's refreshes): one read per pause.
const TIMELINE_DEBOUNCE_MS = 250;
const DATE_TOKEN = /(?:^|\s)(?:after|before):\S+/gi;

export type Request = { query?: string; filters?: SearchFilters };

/** What the list or the search shows, as the chart calls take it; null for a copies group. */
export function request(): Request | null {
  const f = clipFilter.value;
  if (f?.kind === 'group') return null;
  const filters = f ? { [f.kind]: f.name } : undefined;
  return searchActive.value ? { query: searchText.value, filters } : { filters };
}

let timer: ReturnType<typeof setTimeout> | undefined;
let generation = 0;

async function load(req: Request | null): Promise<void> {
  const mine = ++generation;
  if (!req) {
    timeline.value = null;
    timelineRead.value = true;
    return;
  }
  try {
    const answer = await bridge.timeline(req);
    if (mine === generation) timeline.value = fromResult(answer);
  } finally {
    timelineRead.value = true;
  }
}

// Follows what is on screen: a new clip page or search page means the counts may have changed.
effect(() => {
  const listed = clips.value;
  const page = searchPage.value;
  if (listed.status !== 'ready' && page?.status !== 'ready') return;
  const req = request();
  clearTimeout(timer);
  timer = setTimeout(() => void load(req), TIMELINE_DEBOUNCE_MS);
});

/** The query without its date filters (a bar's period replaces them). */
export const withoutDates = (query: string): string => query.replace(DATE_TOKEN, ' ').replace(/\s+/g, ' ').trim();

/** Narrows the list (or the search) to one bar's period; the sidebar filter still applies. */
export function showPeriod(bar: TimelineBar): Promise<void> {
  const base = searchActive.value ? withoutDates(searchText.value) : '';
  searchText.value = `${base} after:${bar.start} before:${bar.end}`.trim();
  return submitQuery();
}

/** The bar whose period the query names, if any. */
export const activeBar = (bar: TimelineBar): boolean =>
  searchActive.value && searchText.value.includes(`after:${bar.start}`) && searchText.value.includes(`before:${bar.end}`);
