// Shares of what the list or the search shows by source and by language (issue 14), re-read with
// the timeline's request whenever the list or the hits change, one read per pause. Calls the
// viewShares bridge call only.
import { effect, signal } from '@preact/signals';
import type { ViewShares } from '../../common/ipc/charts-contract.js';
import { bridge } from '../services/bridge.js';
import { clips } from './clips.js';
import { searchPage } from './search.js';
import { request, type Request } from './timeline.js';

export const viewShares = signal<ViewShares | null>(null);
/** True once the first read has answered (whatever it said): until then the chart's place is unknown. */
export const sharesRead = signal(false);

// As the timeline's: the list settles in bursts.
const SHARES_DEBOUNCE_MS = 250;
let timer: ReturnType<typeof setTimeout> | undefined;
let generation = 0;

async function load(req: Request | null): Promise<void> {
  const mine = ++generation;
  if (!req) {
    viewShares.value = null;
    sharesRead.value = true;
    return;
  }
  try {
    const answer = await bridge.viewShares(req);
    if (mine === generation) viewShares.value = answer.ok ? answer.value : null;
  } finally {
    sharesRead.value = true;
  }
}

effect(() => {
  const listed = clips.value;
  const page = searchPage.value;
  if (listed.status !== 'ready' && page?.status !== 'ready') return;
  const req = request();
  clearTimeout(timer);
  timer = setTimeout(() => void load(req), SHARES_DEBOUNCE_MS);
});
