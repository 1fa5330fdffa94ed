// The clip list: the active filter (a tag, a source, a near-duplicate group, or none), whether
// copies are collapsed to their lead, and the loaded page of summaries.
// A later answer always wins over an earlier one, so fast filter clicks cannot show stale lists.
import { signal } from '@preact/signals';
import type { ClipPage, ListQuery } from '../../common/domain.js';
import { bridge } from '../services/bridge.js';
import { fromResult, LOADING, type Loadable } from './loadable.js';

// Enough rows to fill a tall screen several times over; "show more" fetches the next page.
export const CLIP_PAGE_SIZE = 200;

/** For a group, `value` is the lead's id and `name` its title. */
export type ClipFilter = { kind: 'tag' | 'source'; name: string } | { kind: 'group'; name: string; value: string } | null;

export const clipFilter = signal<ClipFilter>(null);
// On by default: a big library otherwise shows dozens of near-identical rows per story (issue 14).
export const collapseCopies = signal(true);
export const clips = signal<Loadable<ClipPage>>(LOADING);

let generation = 0;

const query = (filter: ClipFilter, offset: number): ListQuery => {
  const base: ListQuery = { offset, limit: CLIP_PAGE_SIZE };
  if (filter?.kind === 'group') return { ...base, groupId: filter.value };
  if (filter) base[filter.kind] = filter.name;
  if (collapseCopies.value) base.collapseGroups = true;
  return base;
};

export async function loadClips(): Promise<void> {
  const mine = ++generation;
  clips.value = LOADING;
  const answer = await bridge.listClips(query(clipFilter.value, 0));
  if (mine === generation) clips.value = fromResult(answer);
}

/** Re-reads the rows on screen in place (after a tag or trash change): no loading state, same length. */
export async function refreshClips(): Promise<void> {
  const current = clips.value;
  if (current.status !== 'ready') return loadClips();
  const mine = ++generation;
  const shown = Math.max(CLIP_PAGE_SIZE, current.value.items.length);
  const answer = await bridge.listClips({ ...query(clipFilter.value, 0), limit: shown });
  if (mine === generation && answer.ok) clips.value = { status: 'ready', value: answer.value };
}

export async function loadMoreClips(): Promise<void> {
  const current = clips.value;
  if (current.status !== 'ready') return;
  const mine = ++generation;
  const answer = await bridge.listClips(query(clipFilter.value, current.value.items.length));
  if (mine !== generation) return;
  clips.value = answer.ok
    ? { status: 'ready', value: { ...answer.value, offset: 0, items: [...current.value.items, ...answer.value.items] } }
    : fromResult(answer);
}

export function setClipFilter(filter: ClipFilter): Promise<void> {
  clipFilter.value = filter;
  return loadClips();
}

export function setCollapseCopies(on: boolean): Promise<void> {
  collapseCopies.value = on;
  return loadClips();
}
