// Weekly counts behind the sidebar's sparklines (issue 14): re-read whenever the sidebar's tags or
// watchlists are (they follow every import, tag edit and trash), one read per burst. Calls the
// sparklines bridge call only.
import { effect, signal } from '@preact/signals';
import type { Sparklines } from '../../common/ipc/charts-contract.js';
import { bridge } from '../services/bridge.js';
import { facets } from './facets.js';
import { savedSearches } from './saved-searches.js';

export const sparklines = signal<Sparklines | null>(null);

// An import refreshes the sidebar several times a second; the lines need one read per pause.
const SPARK_DEBOUNCE_MS = 400;
let timer: ReturnType<typeof setTimeout> | undefined;

effect(() => {
  if (facets.value.status !== 'ready' || savedSearches.value.status !== 'ready') return;
  clearTimeout(timer);
  timer = setTimeout(() => {
    void bridge.sparklines().then((r) => {
      sparklines.value = r.ok ? r.value : null;
    });
  }, SPARK_DEBOUNCE_MS);
});

/** The weekly counts of one tag or one watchlist, if known. */
export const tagSpark = (name: string): number[] | undefined => sparklines.value?.tags.find((t) => t.name === name)?.counts;
export const savedSpark = (id: string): number[] | undefined => sparklines.value?.saved.find((s) => s.id === id)?.counts;
