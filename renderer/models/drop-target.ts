// Whether something is being dragged over the window (the drop overlay shows while true, saying
// whether files or text are coming), and the drop action: files import; text or a page's HTML
// from a browser becomes a clip through the paste import (the backend sanitises it); a link
// alone is refused with one sentence, since Marsad never fetches. Counts enter/leave pairs
// because every child element fires its own.
import { signal } from '@preact/signals';
import { classifyDrop } from '../../common/web/dropped-text.js';
import { filesFromDrop } from '../services/dropped-entries.js';
import { importFiles, importPasted } from './import-job.js';
import { isBundleFile, openBundle } from './bundle-review.js';

export type DragKind = 'files' | 'text';

export const dragging = signal<DragKind | null>(null);
/** Set when a drop carried only a link; the overlay's note says why nothing was clipped. */
export const linkOnlyDrop = signal<string | null>(null);
let depth = 0;

const TEXT_TYPES = ['text/html', 'text/plain', 'text/uri-list'];

export const hasFiles = (data: DataTransfer | null): boolean => !!data && [...data.types].includes('Files');

/** What a drag over the window would drop, from its types alone (contents are hidden until the drop). */
export function dragKindOf(data: DataTransfer | null): DragKind | null {
  if (!data) return null;
  const types = [...data.types];
  if (types.includes('Files')) return 'files';
  return types.some((t) => TEXT_TYPES.includes(t)) ? 'text' : null;
}

export function dragEnter(kind: DragKind): void {
  depth++;
  dragging.value = kind;
}

export function dragLeave(): void {
  depth = Math.max(0, depth - 1);
  if (depth === 0) dragging.value = null;
}

export async function drop(data: DataTransfer): Promise<void> {
  depth = 0;
  dragging.value = null;
  linkOnlyDrop.value = null;
  const kind = classifyDrop({
    types: [...data.types],
    html: data.getData('text/html'),
    text: data.getData('text/plain'),
    uriList: data.getData('text/uri-list'),
  });
  if (kind.kind === 'files') return dropFiles(data);
  if (kind.kind === 'link-only') linkOnlyDrop.value = kind.url;
  else if (kind.kind === 'text') await importPasted(kind.html ? { text: kind.text, html: kind.html } : { text: kind.text });
}

export function dismissLinkOnly(): void {
  linkOnlyDrop.value = null;
}

/** Dropped files import; a dropped bundle opens the review (issue 15) and is not imported as a file. */
async function dropFiles(data: DataTransfer): Promise<void> {
  const files = await filesFromDrop(data);
  const bundle = files.find((f) => isBundleFile(f.name));
  if (bundle) await openBundle(bundle.file);
  const rest = files.filter((f) => !isBundleFile(f.name));
  if (rest.length > 0 || !bundle) await importFiles(rest);
}
