// Whether files are being dragged over the window (the drop overlay shows while true), and the
// drop action. Counts enter/leave pairs because every child element fires its own.
import { signal } from '@preact/signals';
import { filesFromDrop } from '../services/dropped-entries.js';
import { importFiles } from './import-job.js';
import { isBundleFile, openBundle } from './bundle-review.js';

export const dragging = signal(false);
let depth = 0;

export const hasFiles = (data: DataTransfer | null): boolean => !!data && [...data.types].includes('Files');

export function dragEnter(): void {
  depth++;
  dragging.value = true;
}

export function dragLeave(): void {
  depth = Math.max(0, depth - 1);
  if (depth === 0) dragging.value = false;
}

export async function drop(data: DataTransfer): Promise<void> {
  depth = 0;
  dragging.value = false;
  const files = await filesFromDrop(data);
  // A dropped bundle opens the review (issue 15); anything else dropped with it imports as usual.
  const bundle = files.find((f) => isBundleFile(f.name));
  if (bundle) await openBundle(bundle.file);
  await importFiles(files.filter((f) => !isBundleFile(f.name)));
}
