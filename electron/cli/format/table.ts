// Aligns rows of cells into columns for human output; the last column is never padded and is
// cut to the remaining terminal width when one is known. Output only, no I/O.
import { displayWidth, padEnd, truncate } from './width.js';

const GAP = '  ';
// Below this many columns a cut title is unreadable; better to wrap than to show "…".
const MIN_LAST_COLUMN = 12;

export function formatTable(rows: string[][], columns?: number): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.slice(0, -1).forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell));
    });
  }
  const lead = widths.reduce((sum, w) => sum + w + GAP.length, 0);
  const room = columns === undefined ? undefined : Math.max(MIN_LAST_COLUMN, columns - lead);
  return rows.map((row) => {
    const last = row[row.length - 1] ?? '';
    const cells = row.slice(0, -1).map((cell, i) => padEnd(cell, widths[i] ?? 0));
    return [...cells, room === undefined ? last : truncate(last, room)].join(GAP).trimEnd();
  });
}
