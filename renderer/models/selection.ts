// Multi-select in the clip list or the search hits (checkbox, Ctrl-click, Shift-click for a
// range) and the bulk actions on the selection: tag, untag, move to the trash. Selection is by
// id, so it survives a refresh; rows that leave what is shown leave the selection.
import { computed, effect, signal } from '@preact/signals';
import { bridge } from '../services/bridge.js';
import { applyChange } from './changes.js';
import { clips } from './clips.js';
import { showNotice } from './notice.js';
import { closeClip, openClipId } from './reader.js';
import { searchActive, searchPage } from './search.js';

export const selectedIds = signal<ReadonlySet<string>>(new Set());
export const selectionCount = computed(() => selectedIds.value.size);
let anchor: string | null = null;

/** The rows on show: the search hits while a query is active, else the clip list; null while loading. */
export const shown = computed((): string[] | null => {
  if (searchActive.value) {
    const page = searchPage.value;
    return page?.status === 'ready' ? page.value.results.map((h) => h.id) : null;
  }
  return clips.value.status === 'ready' ? clips.value.value.items.map((c) => c.id) : null;
});
const shownIds = (): string[] => shown.value ?? [];

export function toggleSelected(id: string): void {
  const next = new Set(selectedIds.value);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  selectedIds.value = next;
  anchor = id;
}

/** Shift-click: everything between the last toggled row and this one joins the selection. */
export function selectRangeTo(id: string): void {
  const ids = shownIds();
  const from = anchor ? ids.indexOf(anchor) : -1;
  const to = ids.indexOf(id);
  if (from < 0 || to < 0) return toggleSelected(id);
  const next = new Set(selectedIds.value);
  for (const x of ids.slice(Math.min(from, to), Math.max(from, to) + 1)) next.add(x);
  selectedIds.value = next;
}

export function selectAllShown(): void {
  selectedIds.value = new Set(shownIds());
}

export function clearSelection(): void {
  selectedIds.value = new Set();
  anchor = null;
}

// Rows that left what is shown (filtered away, trashed, not among the hits) leave the selection.
effect(() => {
  const ids = shown.value;
  const selected = selectedIds.peek();
  if (ids === null || selected.size === 0) return;
  const on = new Set(ids);
  const kept = [...selected].filter((id) => on.has(id));
  if (kept.length !== selected.size) selectedIds.value = new Set(kept);
});

export async function bulkTag(add: string[], remove: string[] = []): Promise<boolean> {
  const ids = [...selectedIds.value];
  if (ids.length === 0 || add.length + remove.length === 0) return false;
  const answer = await bridge.tagClips({ ids, add, remove });
  if (!answer.ok) {
    showNotice(answer.error);
    return false;
  }
  await applyChange(answer.value.change);
  return true;
}

export async function bulkDelete(): Promise<void> {
  const ids = [...selectedIds.value];
  if (ids.length === 0) return;
  const answer = await bridge.deleteClips({ ids });
  if (!answer.ok) return showNotice(answer.error);
  if (openClipId.value && ids.includes(openClipId.value)) closeClip();
  clearSelection();
  await applyChange(answer.value.change);
}
