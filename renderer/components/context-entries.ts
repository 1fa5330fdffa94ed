// What each context menu offers (issue 14): on selected article text — copy, highlight, tag…,
// search for this, open the source page, move the clip to the trash; on a clip row — the same
// for the clip. Calls model actions; the DOM work is only putting focus where an action leads.
import type { ClipDetail } from '../../common/domain.js';
import { addPassage } from '../models/annotate.js';
import { trashClip } from '../models/clip-edit.js';
import { type MenuEntry, webLink } from '../models/context-menu.js';
import { passageEdit, type BodySpan, type Place } from '../models/passage-editor.js';
import { openClip, openClipId } from '../models/reader.js';
import { searchFor } from '../models/search.js';
import { bulkDelete, selectedIds, selectionCount } from '../models/selection.js';
import { writeClipboard } from '../services/clipboard.js';
import { readerScrollTop } from './floating.js';
import { trashAndFocusNext } from './trash-open-clip.js';

/** Focus the open clip's tag field once the reader shows it (after an open, on the next frames). */
function focusClipTags(): void {
  let tries = 0;
  const attempt = (): void => {
    const field = document.getElementById('clip-tags-input');
    if (field) return field.focus();
    if (++tries < 30) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

const linkEntry = (href: string | null | undefined): MenuEntry => ({
  key: 'open-url',
  label: 'menu.openSource',
  href: href ?? null,
  disabled: !href,
  group: true,
});

export function selectionEntries(clip: ClipDetail, span: BodySpan, place: Place): MenuEntry[] {
  return [
    { key: 'copy', label: 'menu.copy', run: () => writeClipboard(span.exact) },
    {
      key: 'highlight',
      label: 'highlight',
      run: async () => {
        if (await addPassage(clip.id, span, { tags: [], colour: null, note: '' })) document.getSelection()?.removeAllRanges();
      },
    },
    {
      key: 'tag',
      label: 'menu.tag',
      run: () => {
        passageEdit.value = { mode: 'new', clipId: clip.id, span, place, scrollTop: readerScrollTop() };
      },
    },
    { key: 'search', label: 'menu.searchFor', run: () => searchFor(span.exact) },
    linkEntry(webLink(clip.url)),
    ...(clip.deletedAt ? [] : [{ key: 'trash', label: 'trashClip', danger: true, group: true, run: trashAndFocusNext } as const]),
  ];
}

/** A row of the list or the hits; `href` undefined while a hit's address is still being looked up. */
export function clipEntries(clip: { id: string; title: string }, href: string | null | undefined): MenuEntry[] {
  const ticked = selectedIds.value.has(clip.id) && selectionCount.value > 1;
  const trash: MenuEntry = ticked
    ? { key: 'trash', label: 'menu.trashTicked', params: { n: selectionCount.value }, danger: true, group: true, run: bulkDelete }
    : {
        key: 'trash',
        label: 'trashClip',
        danger: true,
        group: true,
        run: () => (clip.id === openClipId.value ? trashAndFocusNext() : trashClip(clip.id)),
      };
  return [
    { key: 'copy', label: 'menu.copyTitle', run: () => writeClipboard(clip.title) },
    {
      key: 'tag',
      label: 'menu.tag',
      run: async () => {
        if (clip.id !== openClipId.value) await openClip(clip.id);
        focusClipTags();
      },
    },
    { key: 'search', label: 'menu.searchTitle', run: () => searchFor(clip.title, false) },
    linkEntry(href),
    trash,
  ];
}
