// Dates for human output, in the user's local time zone: "2025-10-22" and "2025-10-22 14:05".
// A value that is not a timestamp (e.g. a published date copied as text) is shown as given.

const pad = (n: number): string => String(n).padStart(2, '0');

const parse = (iso: string): Date | null => {
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso)) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
};

export const formatDay = (iso: string): string => {
  const d = parse(iso);
  return d ? `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` : iso;
};

export const formatDateTime = (iso: string): string => {
  const d = parse(iso);
  if (!d) return iso;
  // A bare date ("2025-10-22") has no time of day worth showing.
  return /T|\d:\d/.test(iso) ? `${formatDay(iso)} ${pad(d.getHours())}:${pad(d.getMinutes())}` : iso.slice(0, 10);
};
