// The one import the window shows: reading dropped files, the running job (polled), and its
// result with Undo. After a job ends the list and sidebar reload. Components call these actions;
// only this model calls the import bridge calls.
import { signal } from '@preact/signals';
import type { ImportProgress, ImportReport } from '../../common/domain.js';
import type { PastedText, StartImport } from '../../common/ipc/contract.js';
import type { AppError } from '../../common/result.js';
import { bridge } from '../services/bridge.js';
import type { PickedFile } from '../services/dropped-entries.js';
import { importRequest } from '../services/import-request.js';
import { reloadLibrary } from './app.js';
import { closeClip, openClipId } from './reader.js';
import { showNotice } from './notice.js';

// Why 200 ms: five updates a second look live without flooding the host with calls.
export const POLL_MS = 200;

export type ImportView =
  | { phase: 'idle' }
  | { phase: 'reading' }
  | { phase: 'running'; progress: ImportProgress }
  | { phase: 'done'; report: ImportReport; undone: number | null }
  | { phase: 'refused'; reason: 'too-many' | 'too-large' };

export const importView = signal<ImportView>({ phase: 'idle' });

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const fail = (error: AppError): void => {
  importView.value = { phase: 'idle' };
  showNotice(error);
};

async function finish(jobId: string): Promise<void> {
  const report = await bridge.importReport({ jobId });
  if (!report.ok) return fail(report.error);
  importView.value = { phase: 'done', report: report.value, undone: null };
  await reloadLibrary();
}

async function run(request: StartImport): Promise<void> {
  const started = await bridge.startImport(request);
  if (!started.ok) return fail(started.error);
  let progress = started.value;
  while (progress.state === 'running') {
    importView.value = { phase: 'running', progress };
    await wait(POLL_MS);
    const next = await bridge.importProgress({ jobId: progress.jobId });
    if (!next.ok) return fail(next.error);
    progress = next.value;
  }
  await finish(progress.jobId);
}

const busy = (): boolean => ['reading', 'running'].includes(importView.value.phase);

/** Imports dropped or picked files (folders already expanded). */
export async function importFiles(picked: PickedFile[]): Promise<void> {
  if (busy() || picked.length === 0) return;
  importView.value = { phase: 'reading' };
  const outcome = await importRequest(picked);
  if (!outcome.ok) {
    importView.value = outcome.reason === 'nothing' ? { phase: 'idle' } : { phase: 'refused', reason: outcome.reason };
    return;
  }
  await run(outcome.request);
}

/** Imports paths the desktop File menu's open dialog chose (granted there for one import). */
export async function importPaths(paths: string[]): Promise<void> {
  if (busy() || paths.length === 0) return;
  importView.value = { phase: 'reading' };
  await run({ paths });
}

/** Imports pasted text (and its HTML); returns false when the import failed. */
export async function importPasted(pasted: PastedText): Promise<boolean> {
  if (busy()) return false;
  importView.value = { phase: 'reading' };
  const report = await bridge.importText(pasted);
  if (!report.ok) {
    fail(report.error);
    return false;
  }
  importView.value = { phase: 'done', report: report.value, undone: null };
  await reloadLibrary();
  return true;
}

export async function cancelImport(): Promise<void> {
  const view = importView.value;
  if (view.phase !== 'running') return;
  const answer = await bridge.cancelImport({ jobId: view.progress.jobId });
  if (!answer.ok) showNotice(answer.error);
}

/** Removes everything the shown import added, as one action. */
export async function undoImport(): Promise<void> {
  const view = importView.value;
  if (view.phase !== 'done' || view.undone !== null) return;
  const answer = await bridge.undoImport({ batchId: view.report.batchId });
  if (!answer.ok) return showNotice(answer.error);
  importView.value = { ...view, undone: answer.value.removed };
  if (view.report.items.some((item) => item.id === openClipId.value)) closeClip();
  await reloadLibrary();
}

export function dismissImport(): void {
  if (!busy()) importView.value = { phase: 'idle' };
}
