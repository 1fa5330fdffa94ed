// The report builder's state and actions: which clips (everything, the current search, a tag, a
// saved search, the open clip, a date range), title, order, language, parts, format; a live
// preview (debounced) and one export job with progress, cancel and the replace question.
// Only this model calls the report bridge calls.
import { computed, signal } from '@preact/signals';
import {
  DEFAULT_INCLUDES,
  defaultReportName,
  type ReportFormat,
  type ReportIncludes,
  type ReportOrder,
  type ReportSelection,
} from '../../common/export/types.js';
import type { ExportJobView } from '../../common/ipc/export-contract.js';
import { reportExtension, withReportExtension } from '../../common/export/file-name.js';
import { REPORT_LABELS } from '../../common/export/labels.js';
import type { UiLocale } from '../../common/domain.js';
import type { AppError } from '../../common/result.js';
import { bridge } from '../services/bridge.js';
import { appInfo } from './app.js';
import { clipFilter } from './clips.js';
import { uiLocale } from './locale.js';
import { openClipId } from './reader.js';
import { openSavedId, searchActive, searchText } from './search.js';
import { selectedIds } from './selection.js';

export type ReportSource = 'all' | 'search' | 'tag' | 'saved' | 'clip' | 'ticked';

export const reportOpen = signal(false);
export const source = signal<ReportSource>('all');
export const tagName = signal('');
export const savedId = signal('');
export const fromDay = signal('');
export const toDay = signal('');
export const title = signal('');
export const order = signal<ReportOrder>('date');
export const lang = signal<UiLocale>('ar');
export const include = signal<ReportIncludes>({ ...DEFAULT_INCLUDES });
export const format = signal<ReportFormat>('pdf');
/** Browser shell only: the full path the user types (the desktop app shows a save dialog). */
export const typedPath = signal('');
export const preview = signal<{ html: string; clips: number; shown: number } | null>(null);
export const previewError = signal<AppError | null>(null);
export const job = signal<ExportJobView | null>(null);
export const exportError = signal<AppError | null>(null);
/** Set when the typed path exists: the dialog asks before replacing it. */
export const confirmReplace = signal<string | null>(null);

/** The desktop app has a native save dialog; the browser shell asks for a path. */
export const hasSaveDialog = computed(() => appInfo.value?.host === 'electron');
export const exporting = computed(() => job.value?.state === 'running');

// Why 300 ms: options change in bursts (typing a title); one preview per pause is enough.
const PREVIEW_DEBOUNCE_MS = 300;
// Five progress updates a second look live without flooding the host (as the import bar).
const POLL_MS = 200;

export function selection(): ReportSelection {
  const s: ReportSelection = {};
  if (source.value === 'search' && searchText.value.trim()) s.query = searchText.value.trim();
  if (source.value === 'tag' && tagName.value) s.tags = [tagName.value];
  if (source.value === 'saved' && savedId.value) s.savedSearchId = savedId.value;
  if (source.value === 'clip' && openClipId.value) s.clipIds = [openClipId.value];
  if (source.value === 'ticked' && selectedIds.value.size > 0) s.clipIds = [...selectedIds.value];
  if (fromDay.value) s.from = fromDay.value;
  if (toDay.value) s.to = toDay.value;
  return s;
}

const request = () => ({ selection: selection(), options: { title: title.value, lang: lang.value, order: order.value, include: include.value } });

/** Opens the builder on what the window shows now: the search, the tag in the sidebar, the open clip. */
export function openReport(): void {
  const filter = clipFilter.value;
  if (selectedIds.value.size > 0) source.value = 'ticked';
  else if (searchActive.value && openSavedId.value) {
    source.value = 'saved';
    savedId.value = openSavedId.value;
  } else if (searchActive.value && searchText.value.trim()) source.value = 'search';
  else if (filter?.kind === 'tag') {
    source.value = 'tag';
    tagName.value = filter.name;
  } else source.value = 'all';
  lang.value = uiLocale.value;
  job.value = null;
  exportError.value = null;
  confirmReplace.value = null;
  reportOpen.value = true;
  schedulePreview();
}

export function closeReport(): void {
  if (exporting.value) void cancelExport();
  reportOpen.value = false;
}

let timer: ReturnType<typeof setTimeout> | undefined;
let generation = 0;

/** Re-renders the preview after the options settle; a later answer always wins. */
export function schedulePreview(): void {
  clearTimeout(timer);
  timer = setTimeout(() => void refreshPreview(), PREVIEW_DEBOUNCE_MS);
}

async function refreshPreview(): Promise<void> {
  const mine = ++generation;
  const r = await bridge.previewReport(request());
  if (mine !== generation) return;
  if (r.ok) {
    preview.value = r.value;
    previewError.value = null;
  } else previewError.value = r.error;
}

/** Changes one option and refreshes the preview. */
export function setOption<T>(sig: { value: T }, value: T): void {
  sig.value = value;
  schedulePreview();
}

export const defaultName = (): string =>
  defaultReportName(title.value || REPORT_LABELS[lang.value].defaultTitle, reportExtension(format.value));

/** A new format renames the typed path's extension with it (an HTML report is never "….pdf"). */
export function setFormat(next: ReportFormat): void {
  format.value = next;
  typedPath.value = withReportExtension(typedPath.value, next);
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function run(path: string, overwrite: boolean): Promise<void> {
  exportError.value = null;
  confirmReplace.value = null;
  const started = await bridge.startExport({ ...request(), format: format.value, path, overwrite });
  if (!started.ok) {
    exportError.value = started.error;
    return;
  }
  job.value = started.value;
  while (job.value?.state === 'running') {
    await wait(POLL_MS);
    const r = await bridge.exportProgress({ jobId: started.value.jobId });
    if (!r.ok) {
      exportError.value = r.error;
      return;
    }
    job.value = r.value;
  }
  const error = job.value?.error;
  if (error?.details?.exists === true) confirmReplace.value = path;
  else if (error && job.value?.state === 'failed') exportError.value = error;
}

/** Export: the save dialog in the desktop app (it confirms replacing), else the typed path. */
export async function startExport(): Promise<void> {
  if (hasSaveDialog.value) {
    const chosen = await bridge.chooseReportPath({ defaultName: defaultName(), format: format.value });
    if (!chosen.ok) {
      exportError.value = chosen.error;
      return;
    }
    if (chosen.value.path) await run(chosen.value.path, true);
    return;
  }
  const path = withReportExtension(typedPath.value, format.value).trim();
  typedPath.value = path;
  if (path) await run(path, false);
}

/** The user agreed to replace the existing file. */
export function replaceConfirmed(): Promise<void> {
  const path = confirmReplace.value;
  return path ? run(path, true) : Promise.resolve();
}

export async function cancelExport(): Promise<void> {
  const current = job.value;
  if (!current || current.state !== 'running') return;
  const r = await bridge.cancelExport({ jobId: current.jobId });
  if (r.ok) job.value = r.value;
}
