// Actions on the open clip: its tags, its note, and its passage highlights (add, edit, remove).
// Each call's Change refreshes the views; errors go to the notice line.
import type { Highlight } from '../../common/annotation.js';
import { bridge } from '../services/bridge.js';
import { applyChange } from './changes.js';
import { showNotice } from './notice.js';

export type PassageInput = { tags: string[]; colour: string | null; note: string };

export async function tagClip(id: string, add: string[], remove: string[] = []): Promise<boolean> {
  if (add.length + remove.length === 0) return false;
  const answer = await bridge.tagClips({ ids: [id], add, remove });
  if (!answer.ok) {
    showNotice(answer.error);
    return false;
  }
  await applyChange(answer.value.change);
  return true;
}

/** Saves the note; quiet (no announcement) because it happens on every pause in typing. */
export async function saveNote(id: string, note: string): Promise<boolean> {
  const answer = await bridge.setClipNote({ id, note });
  if (!answer.ok) {
    showNotice(answer.error);
    return false;
  }
  await applyChange(answer.value.change, false);
  return true;
}

/** Settles a note another analyst wrote (issue 15): use that version, or set it aside. One undo. */
export async function resolveNoteConflict(clipId: string, value: string, take: boolean): Promise<void> {
  const answer = await bridge.resolveNoteConflict({ clipId, value, take });
  if (!answer.ok) return showNotice(answer.error);
  await applyChange(answer.value, false);
}

export async function addPassage(clipId: string, span: { start: number; end: number; exact: string }, input: PassageInput): Promise<Highlight | null> {
  const answer = await bridge.addHighlight({ clipId, ...span, ...input });
  if (!answer.ok) {
    showNotice(answer.error);
    return null;
  }
  await applyChange(answer.value.change);
  return answer.value.highlight;
}

export async function updatePassage(clipId: string, id: string, patch: PassageInput): Promise<boolean> {
  const answer = await bridge.updateHighlight({ clipId, id, patch });
  if (!answer.ok) {
    showNotice(answer.error);
    return false;
  }
  await applyChange(answer.value.change);
  return true;
}

export async function removePassage(clipId: string, id: string): Promise<boolean> {
  const answer = await bridge.removeHighlight({ clipId, id });
  if (!answer.ok) {
    showNotice(answer.error);
    return false;
  }
  await applyChange(answer.value.change);
  return true;
}
