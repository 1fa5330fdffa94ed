// The trash view: deleted clips (restorable for 30 days), restore and empty. Restoring is an
// undoable Change; emptying is not, so the view confirms first.
import { signal } from '@preact/signals';
import type { TrashPage } from '../../common/annotation.js';
import { bridge } from '../services/bridge.js';
import { applyChange } from './changes.js';
import { loadFacets } from './facets.js';
import { fromResult, LOADING, type Loadable } from './loadable.js';
import { showNotice } from './notice.js';
import { paneView } from './pane-view.js';
import { speakersOpen } from './quotes.js';

// The trash holds at most 30 days of deletions; one page of this many covers a busy desk.
const TRASH_PAGE = 500;

export const trash = signal<Loadable<TrashPage>>(LOADING);

export async function loadTrash(): Promise<void> {
  trash.value = fromResult(await bridge.trashList({ limit: TRASH_PAGE }));
}

export function openTrash(): Promise<void> {
  speakersOpen.value = false;
  paneView.value = 'trash';
  trash.value = LOADING;
  return loadTrash();
}

export async function restoreFromTrash(ids: string[]): Promise<void> {
  const answer = await bridge.restoreClips({ ids });
  if (!answer.ok) return showNotice(answer.error);
  await applyChange(answer.value.change);
  await loadTrash();
}

export async function emptyTrash(): Promise<number> {
  const answer = await bridge.emptyTrash({});
  if (!answer.ok) {
    showNotice(answer.error);
    return 0;
  }
  await Promise.all([loadTrash(), loadFacets()]);
  return answer.value.removed;
}
