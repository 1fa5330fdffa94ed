// Editing what was clipped (issue 14): the reader's details form (title, source, URL, date,
// language), "set source" on the ticked clips, and moving the open clip to the trash. Each is
// one undoable backend action; its Change refreshes and announces like any other.
import { signal } from '@preact/signals';
import type { ClipPatch, ClipSummary } from '../../common/domain.js';
import type { AppError } from '../../common/result.js';
import { bridge } from '../services/bridge.js';
import { applyChange } from './changes.js';
import { showNotice } from './notice.js';
import { closeClip, openClip, openClipId } from './reader.js';
import { selectedIds, shown } from './selection.js';

/** The clip whose details form is open in the reader, or null. */
export const editingClipId = signal<string | null>(null);

export type EditFields = Pick<ClipSummary, 'title' | 'source' | 'url' | 'publishedAt' | 'lang'>;
export type EditProblem = 'editTitleMissing' | 'editUrlBad';

/** Only what differs from the clip as shown; blanks mean "none". */
export function patchFor(before: EditFields, form: EditFields): ClipPatch {
  const patch: ClipPatch = {};
  const blank = (v: string | null) => (v === null || v.trim() === '' ? null : v.trim());
  if (form.title.trim() !== before.title) patch.title = form.title.trim();
  for (const k of ['source', 'url'] as const) if (blank(form[k]) !== before[k]) patch[k] = blank(form[k]);
  // A stored full timestamp stays unless the day itself was changed.
  if (blank(form.publishedAt) !== (before.publishedAt?.slice(0, 10) ?? null)) patch.publishedAt = blank(form.publishedAt);
  if (form.lang !== before.lang) patch.lang = form.lang;
  return patch;
}

/** What the form refuses before asking the backend (which checks again). */
export function problemOf(form: EditFields): EditProblem | null {
  if (form.title.trim() === '') return 'editTitleMissing';
  const url = form.url?.trim() ?? '';
  if (url !== '' && !/^https?:\/\/\S+$/i.test(url)) return 'editUrlBad';
  return null;
}

/** Saves the form; answers the backend's error for the form to show, or null when done. */
export async function saveClipEdit(id: string, patch: ClipPatch): Promise<AppError | null> {
  if (Object.keys(patch).length > 0) {
    const answer = await bridge.editClips({ ids: [id], patch });
    if (!answer.ok) return answer.error;
    await applyChange(answer.value.change);
  }
  editingClipId.value = null;
  return null;
}

/** "Set source" on every ticked clip (blank clears it): one action, one Undo. */
export async function bulkSetSource(source: string): Promise<boolean> {
  const ids = [...selectedIds.value];
  if (ids.length === 0) return false;
  const answer = await bridge.editClips({ ids, patch: { source: source.trim() === '' ? null : source.trim() } });
  if (!answer.ok) {
    showNotice(answer.error);
    return false;
  }
  await applyChange(answer.value.change);
  return true;
}

/** Moves the open clip to the trash and opens the row after it (or before it); answers that id. */
export async function trashOpenClip(): Promise<string | null> {
  const id = openClipId.value;
  if (!id) return null;
  const rows = shown.value ?? [];
  const at = rows.indexOf(id);
  const next = at < 0 ? null : (rows[at + 1] ?? rows[at - 1] ?? null);
  const answer = await bridge.deleteClips({ ids: [id] });
  if (!answer.ok) {
    showNotice(answer.error);
    return null;
  }
  editingClipId.value = null;
  if (next) void openClip(next);
  else closeClip();
  await applyChange(answer.value.change);
  return next;
}

/** Moves one clip that is not the open one to the trash (a list row's context menu). */
export async function trashClip(id: string): Promise<boolean> {
  const answer = await bridge.deleteClips({ ids: [id] });
  if (!answer.ok) {
    showNotice(answer.error);
    return false;
  }
  await applyChange(answer.value.change);
  return true;
}
