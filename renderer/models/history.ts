// Undo and redo of tagging, passage, note and trash actions (the backend keeps the history);
// each reply is a Change, refreshed and announced like any other.
import { bridge } from '../services/bridge.js';
import { history } from './announce.js';
import { applyChange } from './changes.js';
import { showNotice } from './notice.js';

export async function loadHistory(): Promise<void> {
  const answer = await bridge.historyState();
  if (answer.ok) history.value = answer.value;
}

export async function undo(): Promise<void> {
  const answer = await bridge.undo();
  if (!answer.ok) return showNotice(answer.error);
  await applyChange(answer.value);
}

export async function redo(): Promise<void> {
  const answer = await bridge.redo();
  if (!answer.ok) return showNotice(answer.error);
  await applyChange(answer.value);
}
