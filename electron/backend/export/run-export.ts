// Runs one export end to end: check the target first (so a long report never ends in "file
// exists"), build the model with progress, render, write atomically. Cancellable through an
// AbortSignal at every step; a cancelled or failed export leaves no file behind.
import type { ExportProgress, ExportResult, ReportFormat, ReportModel } from '../../../common/export/types.js';
import type { ExportCall } from './call.js';
import type { PdfPrinter, Rasteriser } from './chromium.js';
import { coverPicture, type Picture } from './cover-picture.js';
import { coverCharts } from './cover-charts.js';
import { logEvent } from '../log/app-log.js';
import { buildReport, throwIfAborted, type ReportRequest } from './build-model.js';
import { renderReport } from './render.js';
import { checkTarget, writeReportFile, type WriteIo } from './write-file.js';
import { embeddedFonts } from './fonts.js';

export type { ExportProgress, ExportResult };

export type ExportRequest = ReportRequest & { format: ReportFormat; out: string; overwrite?: boolean };

export type ExportDeps = {
  call: ExportCall;
  /** Called only for a PDF, so a missing Chromium fails only the formats that need it. */
  pdf?: () => PdfPrinter;
  /** Draws the Word report's cover charts; null or absent (no Chromium): their figures only as text. */
  raster?: () => Rasteriser | null;
  signal?: AbortSignal;
  onProgress?: (p: ExportProgress) => void;
  io?: WriteIo;
};

/** One sentence per thing the reader of the report should know about. */
function warningsFor(model: ReportModel, format: ReportFormat, picture: Picture | null): string[] {
  const out = model.clips
    .filter((c) => !c.sha256Verified)
    .map((c) => `The stored text of clip ${c.n} ("${c.title}") does not match its SHA-256; the report marks it.`);
  const missing = format === 'html' || format === 'pdf' ? embeddedFonts().missing : [];
  if (format === 'docx' && model.include.cover && coverCharts(model) && !picture) {
    out.push('The cover charts could not be drawn for Word (no Chromium was found, or it failed), so the report gives their figures as text.');
  }
  if (missing.length) out.push(`The report fonts ${missing.join(', ')} were not found, so the report uses the fonts of the machine that opens it.`);
  return out;
}

export async function runExport(req: ExportRequest, deps: ExportDeps): Promise<ExportResult> {
  const t0 = performance.now();
  const overwrite = req.overwrite === true;
  await checkTarget(req.out, overwrite);
  const printer = req.format === 'pdf' ? deps.pdf : undefined;
  // Find Chromium before the long part, so "no Chromium" comes at once.
  const pdf = printer ? (() => { const p = printer(); return () => p; })() : undefined;
  const model = await buildReport(deps.call, req, {
    signal: deps.signal,
    onProgress: (done, total) => deps.onProgress?.({ phase: 'reading', done, total }),
  });
  deps.onProgress?.({ phase: 'rendering', done: 0, total: 1 });
  const raster = req.format === 'docx' ? deps.raster?.() : null;
  const picture = raster
    ? await coverPicture(model, raster, deps.signal).catch((e: unknown) => {
        logEvent('warn', 'cover-picture-failed', { error: e instanceof Error ? e.message : String(e) });
        return null;
      })
    : null;
  throwIfAborted(deps.signal);
  const data = await renderReport(model, req.format, pdf, deps.signal, picture);
  throwIfAborted(deps.signal);
  deps.onProgress?.({ phase: 'writing', done: 0, total: 1 });
  await writeReportFile(req.out, data, { overwrite }, deps.io);
  deps.onProgress?.({ phase: 'done', done: 1, total: 1 });
  return {
    path: req.out,
    format: req.format,
    bytes: typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength,
    clips: model.counts.clips,
    quotes: model.counts.quotes,
    highlights: model.counts.highlights,
    speakers: model.counts.speakers,
    ms: Math.round(performance.now() - t0),
    warnings: warningsFor(model, req.format, picture),
  };
}
