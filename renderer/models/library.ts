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
