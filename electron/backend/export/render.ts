// One entry for every format: model in, bytes (or text) out. Renderers are pure apart from the
// PDF, which needs a printer (Chromium in the CLI and browser shell, printToPDF in the app).
import type { ReportFormat, ReportModel } from '../../../common/export/types.js';
import { AppFailure } from '../../../common/result.js';
import type { PdfPrinter } from './chromium.js';
import type { Picture } from './cover-picture.js';
import { renderClipsCsv, renderQuotesCsv } from './render-csv.js';
import { renderDocx } from './render-docx.js';
import { renderHtml } from './render-html.js';
import { renderJson } from './render-json.js';
import { renderMarkdown } from './render-md.js';

/** The file extension each format is saved with (default names, the save dialog's filter). */
export const EXTENSIONS: Record<ReportFormat, string> = {
  pdf: 'pdf',
  docx: 'docx',
  html: 'html',
  md: 'md',
  csv: 'csv',
  'quotes-csv': 'csv',
  json: 'json',
};

/** `picture`: the cover charts drawn for Word (cover-picture.ts), when a drawing engine was found. */
export async function renderReport(m: ReportModel, format: ReportFormat, pdf?: () => PdfPrinter, signal?: AbortSignal, picture: Picture | null = null): Promise<string | Uint8Array> {
  switch (format) {
    case 'html':
      return renderHtml(m);
    case 'md':
      return renderMarkdown(m);
    case 'csv':
      return renderClipsCsv(m);
    case 'quotes-csv':
      return renderQuotesCsv(m);
    case 'json':
      return renderJson(m);
    case 'docx':
      return renderDocx(m, picture);
    case 'pdf':
      if (!pdf) throw new AppFailure({ code: 'internal', message: 'This host cannot print PDFs.' });
      return pdf()(renderHtml(m, { printOnly: true }), signal);
  }
}
