// The bundle review (issue 15): a `.marsad` file dropped, picked or opened is inspected, the
// plan shown, the analyst picks (clips to leave out, spellings to keep, how to settle each note
// both sides changed), and the merge runs as one undoable action. Only this model calls the
// bundle bridge calls; components read the signal and call these actions.
import { signal } from '@preact/signals';
import type { MergeChoice, MergePlan, NoteChoice } from '../../common/bundle/plan.js';
import type { BundleSource } from '../../common/ipc/bundle-contract.js';
import type { AppError } from '../../common/result.js';
import { bridge } from '../services/bridge.js';
import { pathForFile } from '../services/host-files.js';
import { reloadLibrary } from './app.js';
import { showNotice } from './notice.js';

export type BundleReview =
  | { phase: 'closed' }
  | { phase: 'reading' }
  | { phase: 'review'; plan: MergePlan; skip: Set<string>; keep: Set<string>; notes: Record<string, NoteChoice>; merging: boolean }
  | { phase: 'merged'; plan: MergePlan; backup: string | null; error: AppError | null };

export const bundleReview = signal<BundleReview>({ phase: 'closed' });
let source: BundleSource | null = null;

export const isBundleFile = (name: string): boolean => name.toLowerCase().endsWith('.marsad');

async function base64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // Chunked so String.fromCharCode never gets more arguments than the engine allows.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Inspects a bundle (by path when the host knows it, else its bytes) and opens the review. */
export async function openBundle(file: File): Promise<void> {
  const path = pathForFile(file);
  return inspect(path ? { path } : { file: { name: file.name, bytes: await base64(file) } });
}

/** Bundles the desktop app was asked to open (double-click, "Open with"): the first is reviewed. */
export async function checkOpenedBundles(): Promise<void> {
  if (bundleReview.value.phase !== 'closed') return;
  const r = await bridge.openedBundles();
  if (r.ok && r.value[0]) await inspect({ path: r.value[0] });
}

async function inspect(from: BundleSource): Promise<void> {
  bundleReview.value = { phase: 'reading' };
  const r = await bridge.inspectBundle({ source: from });
  if (!r.ok) {
    bundleReview.value = { phase: 'closed' };
    return showNotice(r.error);
  }
  source = from;
  bundleReview.value = { phase: 'review', plan: r.value, skip: new Set(), keep: new Set(), notes: {}, merging: false };
}

function update(fn: (v: Extract<BundleReview, { phase: 'review' }>) => void): void {
  const v = bundleReview.value;
  if (v.phase !== 'review') return;
  const next = { ...v, skip: new Set(v.skip), keep: new Set(v.keep), notes: { ...v.notes } };
  fn(next);
  bundleReview.value = next;
}

export const toggleClip = (id: string): void => update((v) => void (v.skip.has(id) ? v.skip.delete(id) : v.skip.add(id)));
export const toggleSpelling = (name: string): void => update((v) => void (v.keep.has(name) ? v.keep.delete(name) : v.keep.add(name)));
export const setNoteChoice = (localId: string, choice: NoteChoice): void => update((v) => void (v.notes[localId] = choice));

export async function acceptBundle(): Promise<void> {
  const v = bundleReview.value;
  if (v.phase !== 'review' || !source) return;
  bundleReview.value = { ...v, merging: true };
  const choice: MergeChoice = { skipClips: [...v.skip], keepTagSpellings: [...v.keep], notes: v.notes };
  const r = await bridge.importBundle({ source, choice });
  if (!r.ok) {
    bundleReview.value = { ...v, merging: false };
    return showNotice(r.error);
  }
  bundleReview.value = { phase: 'merged', plan: r.value.plan, backup: r.value.backup, error: null };
  await reloadLibrary();
}

export function closeBundle(): void {
  bundleReview.value = { phase: 'closed' };
  source = null;
}
