// Start-up and whole-app actions: ask the host who it is, apply the saved language, check the
// library's health, then load the list, sidebar and saved searches. Components call these; none calls the bridge.
import { signal } from '@preact/signals';
import type { AppInfo } from '../../common/domain.js';
import { bridge } from '../services/bridge.js';
import { clips, loadClips } from './clips.js';
import { loadFacets } from './facets.js';
import { loadHistory } from './history.js';
import { loadLibraryState, restoreBackup, watchSaving } from './library.js';
import { localeChoice, systemLocale } from './locale.js';
import { paneView } from './pane-view.js';
import { speakersOpen } from './quotes.js';
import { closeClip, openClip, openClipId } from './reader.js';
import { loadSavedSearches } from './saved-searches.js';
import { applySettings } from './search-options.js';
import { themeChoice } from './theme.js';

export const appInfo = signal<AppInfo | null>(null);
/** False until the host and saved language are known, so the first paint is in the right language. */
export const started = signal(false);

export async function boot(): Promise<void> {
  const [info, settings] = await Promise.all([bridge.appInfo(), bridge.getSettings(), loadLibraryState()]);
  if (info.ok) {
    appInfo.value = info.value;
    systemLocale.value = info.value.systemLocale;
  }
  if (settings.ok) {
    localeChoice.value = settings.value.locale;
    applySettings(settings.value);
    themeChoice.value = settings.value.theme ?? 'system';
  }
  started.value = true;
  watchSaving();
  await reloadLibrary();
  openOnlyClip();
}

/**
 * First run (issue 14): a library holding one clip (the seed piece) opens it, so there is something
 * to read — unless the analyst has already gone somewhere else (Speakers, Trash, Tags) while loading.
 */
function openOnlyClip(): void {
  const page = clips.value;
  const untouched = openClipId.value === null && !speakersOpen.value && paneView.value === null;
  if (page.status === 'ready' && page.value.total === 1 && untouched) void openClip(page.value.items[0]!.id);
}

/** Reloads list and sidebar; the list and facets show their own errors if the library is unusable. */
export async function reloadLibrary(): Promise<void> {
  // Watchlists first: listing them finishes auto-tagging new clips, which the list then shows.
  await loadSavedSearches();
  await Promise.all([loadClips(), loadFacets(), loadHistory()]);
}

export async function restoreAndReload(name: string): Promise<void> {
  if (await restoreBackup(name)) {
    closeClip();
    await reloadLibrary();
  }
}
