// Locale-aware number and date formatting for the active UI language. Reads the locale signal so
// callers re-render on a language switch. Never throws on a bad date: shows the raw string instead.
import { uiLocale } from '../models/locale.js';

export const formatNumber = (n: number): string => new Intl.NumberFormat(uiLocale.value).format(n);

export function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(uiLocale.value, { dateStyle: 'medium' }).format(d);
}

export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(uiLocale.value, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

// A name, path or query token is left-to-right inside a right-to-left sentence: isolate it so its
// slashes, dots and colons stay where they belong (U+2068 FIRST STRONG ISOLATE … U+2069 POP).
export const isolate = (s: string): string => `\u2068${s}\u2069`;
