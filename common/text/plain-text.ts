// Splits a plain-text article into title, optional header block and body. Pure: no DOM, no Node.
// The body is kept exactly as given (only line endings unified and outer blank lines dropped):
// every structure offset and highlight is measured against it.
import { readHeaderLine, type PlainTextHeader } from './header-fields.js';

export type { PlainTextHeader } from './header-fields.js';
export type PlainText = { title: string; body: string; header: PlainTextHeader };

const isBlank = (line: string): boolean => /^[\s\u200b-\u200f\u202a-\u202e\u2066-\u2069]*$/.test(line);

/** Reads consecutive header lines (blank lines between them allowed) from index `i`. */
const readHeaderBlock = (lines: string[], i: number, header: PlainTextHeader): number => {
  let next = i;
  for (let j = i; j < lines.length; j++) {
    const line = lines[j] ?? '';
    if (isBlank(line)) continue;
    const field = readHeaderLine(line);
    if (!field) break;
    header[field.field] ??= field.value;
    next = j + 1;
  }
  return next;
};

/** A Markdown heading marker on the title line is markup, not part of the title. */
const cleanTitle = (line: string): string => line.trim().replace(/^#{1,6}\s+/, '').trim();

export function splitPlainText(raw: string): PlainText {
  const text = raw.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const header: PlainTextHeader = {};

  let i = readHeaderBlock(lines, 0, header);
  while (i < lines.length && isBlank(lines[i] ?? '')) i++;
  const title = i < lines.length ? cleanTitle(lines[i] ?? '') : '';
  i = readHeaderBlock(lines, i + 1, header);

  const body = lines
    .slice(i)
    .join('\n')
    .replace(/^(?:[^\S\n]*\n)+/, '')
    .replace(/(?:\n[^\S\n]*)+$/, '');
  return { title, body: isBlank(body) ? '' : body, header };
}
