// The last undoable change, for the status line ("Tagged 3 clips «روسيا»" with Undo, or
// "Undone: …"). Holds data only; ChangeNotice words it and HistoryControls act on it.
import { signal } from '@preact/signals';
import type { Change, HistoryState } from '../../common/annotation.js';

export const lastChange = signal<Change | null>(null);
export const history = signal<HistoryState>({ undo: null, redo: null, undoDepth: 0, redoDepth: 0 });

export const dismissChange = (): void => {
  lastChange.value = null;
};
