// After any tagging, passage, note, trash, undo or redo call: refresh what the Change names
// (list rows, sidebar counts, the open clip, the tag's passages, the trash) without a loading
// flash, and announce it. The one place that turns a Change into view updates.
import type { Change } from '../../common/annotation.js';
import { history, lastChange } from './announce.js';
import { refreshClips } from './clips.js';
import { loadFacets } from './facets.js';
import { paneView } from './pane-view.js';
import { passageEdit } from './passage-editor.js';
import { openClipId, refreshOpenClip } from './reader.js';
import { refreshQuotes } from './quotes.js';
import { refreshSearch } from './search.js';
import { refreshSpeakers } from './speakers.js';
import { refreshTagPassages } from './tag-passages.js';
import { loadTrash } from './trash.js';

export async function applyChange(change: Change, announce = true): Promise<void> {
  history.value = change.history;
  if (announce) lastChange.value = change;
  // An undo or redo may remove the passage a popover is editing; never leave it editing a ghost.
  if (change.direction !== 'do') passageEdit.value = null;
  const open = openClipId.value;
  await Promise.all([
    refreshClips(),
    loadFacets(),
    refreshTagPassages(),
    refreshSearch(),
    open && (change.clipIds.includes(open) || change.tagDefs) ? refreshOpenClip() : null,
    paneView.value === 'trash' && change.membership ? loadTrash() : null,
    change.people ? refreshSpeakers() : null,
    change.people ? refreshQuotes() : null,
  ]);
}
