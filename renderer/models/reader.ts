// The clip open in the reader. `openClip` fetches the full body; a later open wins over an
// earlier one still in flight.
import { signal } from '@preact/signals';
import type { ClipDetail, ClipId } from '../../common/domain.js';
import { bridge } from '../services/bridge.js';
import { fromResult, LOADING, type Loadable } from './loadable.js';
import { clipQuotes, loadQuotes, speakersOpen } from './quotes.js';

export const openClipId = signal<ClipId | null>(null);
export const openClipDetail = signal<Loadable<ClipDetail> | null>(null);

let generation = 0;

export async function openClip(id: ClipId): Promise<void> {
  const mine = ++generation;
  openClipId.value = id;
  openClipDetail.value = LOADING;
  speakersOpen.value = false;
  void loadQuotes(id);
  const answer = await bridge.getClip({ id });
  if (mine === generation) openClipDetail.value = fromResult(answer);
}

export function closeClip(): void {
  generation++;
  openClipId.value = null;
  openClipDetail.value = null;
  clipQuotes.value = null;
}
