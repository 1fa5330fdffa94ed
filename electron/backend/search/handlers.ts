// The search calls of the contract (search, suggest, saved searches), composed into the
// backend's handler table by createHandlers. Inputs arrive validated by dispatch(); nothing
// here touches a host. The index loads lazily, or at once in the desktop app and browser shell.
import type { AppInfo } from '../../../common/domain.js';
import type { Handlers } from '../../../common/ipc/contract.js';
import { ok } from '../../../common/result.js';
import type { LibraryStore } from '../store/library-store.js';
import { SavedSearches } from './saved-searches.js';
import { SearchEngine } from './search-engine.js';
import type { QuoteCache } from '../quotes/quote-cache.js';
import { backgroundTimer } from '../background.js';

type SearchHandlers = Pick<
  Handlers,
  'search' | 'suggest' | 'listSavedSearches' | 'createSavedSearch' | 'updateSavedSearch' | 'deleteSavedSearch' | 'openSavedSearch'
>;

// Suggestions a dropdown shows without scrolling.
const DEFAULT_SUGGESTIONS = 8;

export function createSearchHandlers(store: LibraryStore, host: AppInfo['host'], quoteCache?: QuoteCache): SearchHandlers {
  const engine = new SearchEngine(store, () => (store.corrupt ? [] : store.data.savedSearches.map((s) => s.name)), quoteCache);
  const saved = new SavedSearches(store, engine);
  if (host !== 'cli' && !store.corrupt) {
    // The window is up before the index: warm it in the background; searches wait for it.
    backgroundTimer('index-warm', 0, () => store.usable && engine.sync.ready());
  }
  // Auto-tagging follows imports without waiting for the next search.
  let pending = false;
  store.onChange((t) => {
    if (!t?.membership || pending || store.readOnly) return;
    pending = true;
    backgroundTimer('auto-tag', 0, () => {
      pending = false;
      return store.usable && saved.autoTagFresh();
    });
  });
  return {
    search: async (req) => {
      await saved.autoTagFresh();
      return ok(await engine.search(req));
    },
    suggest: async ({ prefix, limit }) => {
      if (!store.corrupt) await engine.sync.ready();
      return ok(engine.short.suggest(prefix, limit ?? DEFAULT_SUGGESTIONS, engine.sync.fold));
    },
    listSavedSearches: async () => ok(await saved.list()),
    createSavedSearch: async (input) => ok(await saved.create(input)),
    updateSavedSearch: async ({ id, patch }) => ok(await saved.update(id, patch)),
    deleteSavedSearch: async ({ id }) => ok(saved.remove(id)),
    openSavedSearch: async ({ id, limit, offset }) => ok(await saved.open(id, limit, offset)),
  };
}
