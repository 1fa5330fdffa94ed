// Reads one line of a plain-text header block ("Source: …", «المصدر: …», «Источник: …») into a
// field name and value. Pure: no DOM, no Node. Knows nothing about where the block sits.
import { foldForMatch } from './fold.js';

export type HeaderField = 'source' | 'url' | 'date' | 'author';
export type PlainTextHeader = Partial<Record<HeaderField, string>>;

/** Keys as they appear after `foldForMatch` (so أ/إ/ا and case do not matter). */
const KEYS: Record<string, HeaderField> = {
  source: 'source',
  outlet: 'source',
  publication: 'source',
  url: 'url',
  link: 'url',
  date: 'date',
  published: 'date',
  author: 'author',
  by: 'author',
  'المصدر': 'source',
  'مصدر': 'source',
  'الرابط': 'url',
  'رابط': 'url',
  'الرابط الاصلي': 'url',
  'التاريخ': 'date',
  'تاريخ': 'date',
  'تاريخ النشر': 'date',
  'الكاتب': 'author',
  'الكاتبة': 'author',
  'المولف': 'author',
  'بقلم': 'author',
  'источник': 'source',
  'ссылка': 'url',
  'дата': 'date',
  'дата публикации': 'date',
  'автор': 'author',
};

// A key is one to three words; anything longer before the colon is a sentence, not a header.
const HEADER_LINE = /^\s*([\p{L}\p{M}\u0640]+(?:[ \t]+[\p{L}\p{M}\u0640]+){0,2})\s*[:：]\s*(\S.*?)\s*$/u;

/** The field and value a header line carries, or null if the line is not a header line. */
export const readHeaderLine = (line: string): { field: HeaderField; value: string } | null => {
  const m = HEADER_LINE.exec(line);
  if (!m) return null;
  const field = KEYS[foldForMatch(m[1] ?? '').replace(/\s+/g, ' ')];
  return field ? { field, value: m[2] ?? '' } : null;
};
