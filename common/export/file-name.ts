// A report file's extension follows its format (issue 14: switching to HTML kept "….pdf").
// Pure: no DOM, no Node. Only an extension Marsad writes is replaced; any other name is kept
// and the right extension added.
import { REPORT_EXTENSIONS } from './report-extensions.js';
import type { ReportFormat } from './types.js';

export const reportExtension = (format: ReportFormat): string => REPORT_EXTENSIONS[format][0]!;

const KNOWN = new Set<string>(Object.values(REPORT_EXTENSIONS).flat());

/** `path` with the extension of `format`: "/tmp/week.pdf" → "/tmp/week.html"; "" stays "". */
export function withReportExtension(path: string, format: ReportFormat): string {
  const trimmed = path.trim();
  if (trimmed === '' || /[\\/]$/.test(trimmed)) return path;
  const ext = reportExtension(format);
  const m = /\.([A-Za-z]+)$/.exec(trimmed);
  if (m && m[1]!.toLowerCase() === ext) return trimmed;
  if (m && KNOWN.has(m[1]!.toLowerCase())) return `${trimmed.slice(0, -m[1]!.length)}${ext}`;
  return `${trimmed}.${ext}`;
}
