// Search options next to the box: exact mode (per session, in the search model) and the
// strong folds ى/ي and ة/ه (a saved setting). Changing either re-runs the active query.
import { signal } from '@preact/signals';
import { bridge } from '../services/bridge.js';
import { showNotice } from './notice.js';
import { refreshSearch } from './search.js';

export const strongFolds = signal(true);

export function applySettings(settings: { searchStrongFolds: boolean }): void {
  strongFolds.value = settings.searchStrongFolds;
}

/** Shows the change at once, saves it, rolls back if the save fails, then re-searches. */
export async function setStrongFolds(on: boolean): Promise<void> {
  const before = strongFolds.value;
  strongFolds.value = on;
  const saved = await bridge.setSettings({ searchStrongFolds: on });
  if (!saved.ok) {
    strongFolds.value = before;
    showNotice(saved.error);
  }
  await refreshSearch();
}
