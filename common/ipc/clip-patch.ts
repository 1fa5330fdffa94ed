// The schema of an edit to a clip's metadata (title, source, URL, author, published date,
// language), shared by updateClip and editClips. Pure: no DOM, no Node. Blank source, URL or
// author means "none" (null); a date is a real calendar day written YYYY-MM-DD.
import { z } from 'zod';

// Why: a title or source longer than this is a paste accident, not data (as in contract.ts);
// 4,000 characters holds any real article URL with its tracking parameters.
const MAX_FIELD = 1_000;
const MAX_URL = 4_000;

/** "YYYY-MM-DD" naming a day that exists (no 2025-02-30), between 1900 and 2100. */
export function isCalendarDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

const blankIsNull = (max: number) =>
  z
    .string()
    .max(max)
    .nullable()
    .transform((v) => (v === null || v.trim() === '' ? null : v.trim()));

export const EDIT_PATCH = z
  .object({
    title: z.string().trim().min(1, 'a clip needs a title').max(MAX_FIELD),
    source: blankIsNull(MAX_FIELD),
    url: blankIsNull(MAX_URL).refine((v) => v === null || /^https?:\/\/\S+$/i.test(v), 'a URL starts with http:// or https:// and has no spaces'),
    author: blankIsNull(MAX_FIELD),
    publishedAt: blankIsNull(64).refine((v) => v === null || isCalendarDay(v), 'a published date is written YYYY-MM-DD'),
    lang: z.enum(['ar', 'en', 'ru', 'other']),
  })
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, 'give at least one field to change');
