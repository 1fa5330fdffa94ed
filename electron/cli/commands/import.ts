// `marsad import PATH... [--tag NAME]... [--json]`: imports files and folders through the same
// job calls the app uses (startImport, then poll, then the report). Takes the writer lock; the
// library is flushed by run.ts before exit. Exit 0 if anything was imported or every readable
// file was already there, 1 if nothing could be.
import type { ImportReport } from '../../../common/domain.js';
import { AppFailure } from '../../../common/result.js';
import type { Command } from './command.js';

// Polling the job this often costs nothing measurable and adds at most this much to the run.
const POLL_MS = 20;

/** The shape `import --json` promises scripts. */
export const importJson = (r: ImportReport) => ({
  imported: r.items.map(({ id, title, file }) => ({ id, title, file })),
  duplicates: r.duplicateItems.map(({ file, of }) => ({ file, of: of.id })),
  errors: r.errorItems.map(({ file, error }) => ({ file, error })),
});

export const humanImport = (r: ImportReport): string => {
  const lines = [
    ...r.items.map((i) => `imported  ${i.file} → ${i.id} "${i.title}"${i.groupId && i.groupId !== i.id ? ` (near-duplicate of ${i.groupId})` : ''}`),
    ...r.duplicateItems.map((d) => `duplicate ${d.file} = ${d.of.id} "${d.of.title}"`),
    ...r.errorItems.map((e) => `error     ${e.error}`),
  ];
  const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  lines.push(
    `${n(r.items.length, 'clip', 'clips')} imported, ${n(r.duplicateItems.length, 'duplicate', 'duplicates')} skipped, ${n(r.errorItems.length, 'file', 'files')} refused${r.state === 'cancelled' ? ' (cancelled)' : ''} (batch ${r.batchId}).`,
  );
  return lines.join('\n');
};

export const importCommand: Command = {
  name: 'import',
  summary: 'Import articles from files and folders (.txt, .md, .html, .pdf, .docx).',
  details: 'Folders are read recursively. Exact duplicates are skipped and near-duplicates grouped under the earliest copy.',
  access: 'write',
  positionals: [{ name: 'PATH', description: 'A file or a folder to import; give as many as you like.', required: true, variadic: true }],
  options: {
    tag: { type: 'string', valueName: 'NAME', multiple: true, description: 'Tag every imported clip with NAME (repeatable).' },
    json: { type: 'boolean', description: 'Print {"imported":[…],"duplicates":[…],"errors":[…]} as JSON.' },
  },
  async run(ctx, { options, positionals }) {
    const tags = Array.isArray(options.tag) ? options.tag.map(String) : typeof options.tag === 'string' ? [options.tag] : [];
    let progress = await ctx.call('startImport', { paths: positionals, ...(tags.length ? { tags } : {}) });
    while (progress.state === 'running') {
      await new Promise((r) => setTimeout(r, POLL_MS));
      progress = await ctx.call('importProgress', { jobId: progress.jobId });
    }
    const report = await ctx.call('importReport', { jobId: progress.jobId });
    // Listing the watchlists finishes tagging the new clips that match one (before the flush).
    if (report.items.length > 0) await ctx.call('listSavedSearches', undefined);
    ctx.out(options.json ? JSON.stringify(importJson(report)) : humanImport(report));
    const readable = report.items.length + report.duplicateItems.length;
    if (report.items.length === 0 && (readable === 0 || report.errorItems.length > 0)) {
      throw new AppFailure({
        code: 'invalid-input',
        message: readable === 0 ? 'Nothing could be imported.' : 'Nothing new was imported, and some files could not be read.',
      });
    }
  },
};
