// RFC 4180 CSV for spreadsheet programs: UTF-8 with a byte-order mark (so Excel shows Arabic),
// CRLF rows, fields quoted when they hold a quote, comma or line break. A text cell that starts
// with = + - @ (or a tab/CR) gets a leading apostrophe so no spreadsheet runs it as a formula:
// clipped content is hostile (OWASP "CSV injection").
export const BOM = '\uFEFF';

export type Cell = string | number | boolean | null;

export function csvCell(v: Cell): string {
  if (v === null) return '';
  if (typeof v !== 'string') return String(v);
  const s = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csv = (rows: Cell[][]): string => BOM + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
