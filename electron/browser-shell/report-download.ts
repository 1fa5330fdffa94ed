// GET /report/<jobId>: hands a finished report to the browser as a download (issue 14: the
// browser shell had no way to get the file to the user). Serves only the file an export job of
// this run wrote, found through the exportProgress call; never a path from the request.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Handlers } from '../../common/ipc/contract.js';
import type { ExportJobView } from '../../common/ipc/export-contract.js';
import { dispatch } from '../../common/ipc/dispatch.js';

export const REPORT_PATH_PREFIX = '/report/';

const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

export type Download = { status: 200; type: string; body: Buffer; name: string } | { status: 404 | 409; sentence: string };

/** The report of export job `jobId`, if it finished and its file is still there. */
export async function reportDownload(handlers: Handlers, jobId: string): Promise<Download> {
  const r = await dispatch(handlers, 'exportProgress', { jobId });
  if (!r.ok) return { status: 404, sentence: 'There is no such report; export it again.' };
  const job = r.value as ExportJobView;
  if (job.state !== 'done' || !job.result) return { status: 409, sentence: 'That report is not finished yet.' };
  const path = job.result.path;
  const body = await readFile(path).catch(() => null);
  if (!body) return { status: 404, sentence: `The report file ${path} is gone; export it again.` };
  const ext = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  return { status: 200, type: TYPES[ext] ?? 'application/octet-stream', body, name: basename(path) };
}

/** RFC 6266 attachment header: an ASCII fallback and the real (Arabic, Cyrillic) name. */
export const attachment = (name: string): string =>
  `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;
