// Whether the library opened cleanly or was found corrupt (and which backups are offered), and
// the restore action. After a restore the list and sidebar reload from the restored library.
import { computed, signal } from '@preact/signals';
import type { LibraryState } from '../../common/domain.js';
import { bridge } from '../services/bridge.js';
import { fromResult, LOADING, type Loadable } from './loadable.js';
import { showNotice } from './notice.js';

export const library = signal<Loadable<LibraryState>>(LOADING);
export const restoring = signal(false);

/** True while the library file is set aside and nothing can be listed until a restore. */
export const libraryCorrupt = computed(
  () => library.value.status === 'ready' && library.value.value.state === 'corrupt',
);

export async function loadLibraryState(): Promise<void> {
  library.value = fromResult(await bridge.libraryState());
}

/** Why changes are not being saved now ('disk-full' | 'read-only' | 'io'), or null while they are. */
export const savingFailed = computed(() => {
  const v = library.value;
  return v.status === 'ready' && v.value.state === 'saving-failed' ? v.value.reason : null;
});

// Why 2 s: a full disk shows within a couple of seconds of the edit that failed, and the banner
// goes as soon after a write succeeds, for one small call (no disk access) every 2 s.
export const SAVE_STATE_POLL_MS = 2_000;

/** Keeps the library state fresh so the "not being saved" banner appears and clears by itself. */
export function watchSaving(): void {
  setInterval(() => {
    if (libraryCorrupt.value || restoring.value) return;
    void loadLibraryState();
  }, SAVE_STATE_POLL_MS);
}

/** Restores the named backup; returns true when the library is usable again. */
export async function restoreBackup(name: string): Promise<boolean> {
  restoring.value = true;
  try {
    const answer = await bridge.restoreBackup({ name });
    if (!answer.ok) {
      showNotice(answer.error);
      return false;
    }
    library.value = { status: 'ready', value: answer.value };
    return answer.value.state === 'ready';
  } finally {
    restoring.value = false;
  }
}
