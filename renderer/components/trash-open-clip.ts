// Moving the open clip to the trash from the reader or with the Delete key, then putting focus
// on the row that opened in its place (the list or the search hits), so J/K and Delete go on.
import { trashOpenClip } from '../models/clip-edit.js';
import { searchActive } from '../models/search.js';
import { domId } from './ClipRow.js';
import { hitDomId } from './SearchHitRow.js';

export async function trashAndFocusNext(): Promise<void> {
  const next = await trashOpenClip();
  if (!next) return;
  const titleId = searchActive.value ? `${hitDomId(next)}-title` : `${domId(next)}-title`;
  const row = document.getElementById(titleId)?.closest('button');
  row?.focus();
  row?.scrollIntoView({ block: 'nearest' });
}
