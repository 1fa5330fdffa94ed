// The import calls of the contract: start a job (paths or dropped files), poll, cancel, report,
// undo, and paste. Jobs run in the background of the backend; the handlers only start and read
// them. Finished jobs are kept (a few) so a report can still be read after the bar closes.
import { PASTED_FILE, type ImportReport } from '../../../common/domain.js';
import type { Handlers } from '../../../common/ipc/contract.js';
import { fail, ok } from '../../../common/result.js';
import { normalizeTags } from '../clips.js';
import type { LibraryStore } from '../store/library-store.js';
import { dedupIndexOf } from './dedup-index.js';
import { htmlArticle, ImportFileError, plainArticle } from './extract-file.js';
import { isPastedPage } from './html/pasted-page.js';
import { ImportJob } from './import-job.js';
import { droppedSources, refused, walkPaths } from './sources.js';
import { undoBatch } from './undo.js';
import { runInBackground } from '../background.js';

// Enough finished jobs for the reports a person may reopen in a session; older ones are dropped.
const FINISHED_JOBS_KEPT = 50;

type ImportHandlers = Pick<Handlers, 'startImport' | 'importProgress' | 'cancelImport' | 'importReport' | 'undoImport' | 'importText'>;

export function createImportHandlers(store: LibraryStore, cwd: string = process.cwd()): ImportHandlers {
  const jobs = new Map<string, ImportJob>();
  const jobOr404 = (jobId: string): ImportJob => {
    const job = jobs.get(jobId);
    if (!job) fail('not-found', `There is no import job "${jobId}".`);
    return job!;
  };
  const keep = (job: ImportJob) => {
    jobs.set(job.jobId, job);
    const finished = [...jobs.values()].filter((j) => j.state !== 'running');
    for (const old of finished.slice(0, Math.max(0, finished.length - FINISHED_JOBS_KEPT))) jobs.delete(old.jobId);
  };

  const startJob = async (tags: string[] | undefined, feed: (job: ImportJob) => Promise<void>): Promise<ImportJob> => {
    const job = new ImportJob(store, await dedupIndexOf(store), normalizeTags(tags ?? []));
    keep(job);
    // Nobody awaits a job started from the window: its failure is logged (and shown by its state).
    void runInBackground('import-job', () => job.start());
    feed(job)
      .catch((e: unknown) => job.push({ file: '(import)', path: null, error: refused('stopped', '(import)', e instanceof Error ? e.message : String(e)) }))
      .finally(() => job.close());
    return job;
  };

  return {
    startImport: async ({ paths, files, tags }) => {
      const job = await startJob(tags, async (j) => {
        if (files) for (const s of droppedSources(files)) j.push(s);
        else await walkPaths(paths ?? [], cwd, (s) => j.push(s), () => j.cancelled);
      });
      return ok(job.progress());
    },
    importProgress: async ({ jobId }) => ok(jobOr404(jobId).progress()),
    cancelImport: async ({ jobId }) => {
      const job = jobOr404(jobId);
      job.cancel();
      await job.finished.catch(() => undefined);
      return ok(job.progress());
    },
    importReport: async ({ jobId }) => ok(jobOr404(jobId).fullReport()),
    undoImport: async ({ batchId }) => {
      const job = jobs.get(batchId);
      if (job?.state === 'running') fail('invalid-input', 'That import is still running; cancel it before undoing it.');
      const removed = undoBatch(store, await dedupIndexOf(store), batchId);
      return ok({ batchId, removed });
    },
    importText: async ({ text, html, tags }) => {
      let article;
      try {
        // A whole page pasted is read like an imported page; a passage is kept as selected.
        const page = html?.trim() && isPastedPage(html) ? htmlArticle(html) : null;
        article = page?.body.trim() ? page : html?.trim() ? htmlArticle(html, true) : null;
        if (!article || !article.body.trim()) article = plainArticle(text);
      } catch (e) {
        if (e instanceof ImportFileError) fail('invalid-input', e.message);
        throw e;
      }
      if (!article.title.trim() && !article.body.trim()) fail('invalid-input', 'The pasted text is empty.');
      const job = await startJob(tags, async (j) => j.push({ file: PASTED_FILE, path: null, article: article! }));
      await job.finished;
      return ok<ImportReport>(job.fullReport());
    },
  };
}
