// The report calls of the contract: the live preview (HTML of the first clips), export jobs
// with progress and cancel, and the save-dialog stand-in for hosts without one. The PDF printer
// is injected by the host (printToPDF in the desktop app, a found Chromium elsewhere).
import { randomUUID } from 'node:crypto';
import { isAbsolute } from 'node:path';
import { PREVIEW_CLIPS, type ExportCalls, type ExportJobView } from '../../../common/ipc/export-contract.js';
import type { Handlers } from '../../../common/ipc/contract.js';
import { AppFailure, err, ok } from '../../../common/result.js';
import { logEvent } from '../log/app-log.js';
import type { ExportCall } from './call.js';
import { buildReport } from './build-model.js';
import type { PdfPrinter, Rasteriser } from './chromium.js';
import { renderHtml } from './render-html.js';
import { runExport } from './run-export.js';

type ExportHandlers = Pick<Handlers, keyof ExportCalls>;

// Finished jobs kept so a progress poll that comes late still reads the result.
const FINISHED_JOBS_KEPT = 10;

export function createExportHandlers(call: ExportCall, pdf: () => PdfPrinter, raster?: () => Rasteriser | null): ExportHandlers {
  const jobs = new Map<string, { view: ExportJobView; abort: AbortController }>();
  const view = (jobId: string) => {
    const job = jobs.get(jobId);
    if (!job) throw new AppFailure({ code: 'not-found', message: `There is no export with id "${jobId}".` });
    return job;
  };
  const prune = () => {
    const finished = [...jobs.values()].filter((j) => j.view.state !== 'running');
    for (const old of finished.slice(0, Math.max(0, finished.length - FINISHED_JOBS_KEPT))) jobs.delete(old.view.jobId);
  };

  return {
    previewReport: async ({ selection, options }) => {
      const model = await buildReport(call, { selection, options }, { maxClips: PREVIEW_CLIPS });
      return ok({ html: renderHtml(model, { embedFonts: false }), clips: model.counts.clips, shown: model.clips.length });
    },
    startExport: async ({ path, format, overwrite, selection, options }) => {
      if (!isAbsolute(path)) return err('invalid-input', `Give the full path of the report file (for example /home/me/report.${format === 'quotes-csv' ? 'csv' : format}).`);
      const abort = new AbortController();
      const jobId = randomUUID();
      const job = { abort, view: { jobId, state: 'running', progress: { phase: 'reading', done: 0, total: 0 }, result: null, error: null } as ExportJobView };
      jobs.set(jobId, job);
      void runExport(
        { selection, options, format, out: path, overwrite },
        { call, pdf, raster, signal: abort.signal, onProgress: (p) => (job.view = { ...job.view, progress: p }) },
      ).then(
        (result) => {
          job.view = { ...job.view, state: 'done', result };
          prune();
        },
        (e: unknown) => {
          const error = e instanceof AppFailure ? e.appError : { code: 'internal' as const, message: `Something went wrong inside Marsad: ${String(e)}` };
          job.view = { ...job.view, state: abort.signal.aborted ? 'cancelled' : 'failed', error };
          if (!abort.signal.aborted && error.details?.exists !== true) logEvent(error.code === 'internal' ? 'error' : 'warn', 'export-failed', { format, code: error.code, error: error.message });
          prune();
        },
      );
      return ok(job.view);
    },
    exportProgress: async ({ jobId }) => ok(view(jobId).view),
    cancelExport: async ({ jobId }) => {
      const job = view(jobId);
      if (job.view.state === 'running') job.abort.abort();
      return ok(job.view);
    },
    // Hosts with a native dialog (the desktop app) replace this call.
    chooseReportPath: async () => ok({ supported: false, path: null }),
  };
}
