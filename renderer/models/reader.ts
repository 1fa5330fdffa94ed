// The clip open in the reader. `openClip` fetches the full body; a later open wins over an
// earlier one still in flight.
import { signal } from '@preact/signals';
import type { ClipDetail, ClipId } from '../../common/domain.js';
import { bridge } from '../services/bridge.js';
import { fromResult, LOADING, type Loadable } from './loadable.js';
import { clipQuotes, loadQuotes, speakersOpen } from './quotes.js';
import { paneView } from './pane-view.js';

export const openClipId = signal<ClipId | null>(null);
export const openClipDetail = signal<Loadable<ClipDetail> | null>(null);

let generation = 0;

export async function openClip(id: ClipId): Promise<void> {
  const mine = ++generation;
  openClipId.value = id;
  openClipDetail.value = LOADING;
  speakersOpen.value = false;
  paneView.value = null;
  void loadQuotes(id);
  const answer = await bridge.getClip({ id });
  if (mine === generation) openClipDetail.value = fromResult(answer);
}

/** Re-reads the open clip in place (tags, passages or note changed): no loading state. */
export async function refreshOpenClip(): Promise<void> {
  const id = openClipId.value;
  if (!id) return;
  const mine = ++generation;
  const answer = await bridge.getClip({ id });
  if (mine !== generation) return;
  // Gone (emptied from the trash, or an import undone): close rather than show an error.
  if (!answer.ok && answer.error.code === 'not-found') return closeClip();
  if (answer.ok) openClipDetail.value = { status: 'ready', value: answer.value };
}

export function closeClip(): void {
  generation++;
  openClipId.value = null;
  openClipDetail.value = null;
  clipQuotes.value = null;
}
