// The file extensions each report format is saved with, and the check hosts make before they
// let a report be written to a path. Pure: no DOM, no Node (the extension is read off the name).
import type { ReportFormat } from './types.js';

/** First entry is the one a name without an extension gets. */
export const REPORT_EXTENSIONS: Record<ReportFormat, readonly string[]> = {
  pdf: ['pdf'],
  docx: ['docx'],
  html: ['html', 'htm'],
  md: ['md'],
  csv: ['csv'],
  'quotes-csv': ['csv'],
  json: ['json'],
};

const extensionOf = (path: string): string => {
  const name = path.split(/[\\/]/).pop() ?? '';
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
};

export const hasReportExtension = (path: string, format: ReportFormat): boolean =>
  REPORT_EXTENSIONS[format].includes(extensionOf(path));

/** `path` as it is, or with the format's extension added when it has none of them (a name the
 *  save dialog confirmed is never rewritten; the renderer's typed names use file-name.ts). */
export const addReportExtension = (path: string, format: ReportFormat): string =>
  hasReportExtension(path, format) ? path : `${path}.${REPORT_EXTENSIONS[format][0]}`;

/** One sentence for a report path with the wrong extension. */
export const wrongExtensionMessage = (path: string, format: ReportFormat): string =>
  `A ${format} report is saved with the .${REPORT_EXTENSIONS[format][0]} extension, and "${path.split(/[\\/]/).pop()}" has another one, so nothing was written.`;
