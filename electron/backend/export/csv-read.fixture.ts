// Test fixture (not a test): an RFC 4180 reader written apart from csv.ts, so a CSV report is
// checked by code that did not write it. Used by the exporter's tests and the hardening
// harness's CSV-injection check; the app never reads CSV.

/** Rows of cells: quoted fields with doubled quotes; CRLF, LF or CR ends a row. Keep any BOM off. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\r' || c === '\n') {
      endRow();
      if (c === '\r' && text[i + 1] === '\n') i++;
    } else cell += c;
  }
  // A last row without its line break.
  if (cell || row.length) endRow();
  return rows;
}
