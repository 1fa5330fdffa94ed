// Clips per period for the timeline chart (issue 14): days, or weeks (Monday first), or months
// when the span is too long for one bar a day, with empty periods kept so gaps show. Pure: no
// DOM, no Node. Days are "YYYY-MM-DD" (publishedAt, else capturedAt); ends are exclusive, as
// search's after: (inclusive) and before: (exclusive) take them.

export type TimelineUnit = 'day' | 'week' | 'month';
export type TimelineBar = { start: string; end: string; count: number };
export type Timeline = { unit: TimelineUnit; total: number; bars: TimelineBar[] };

// A bar narrower than this share of a pane is a hairline; 60 bars fit the list pane's width.
export const MAX_BARS = 60;
const DAY_MS = 86_400_000;

const toMs = (day: string): number => Date.parse(`${day}T00:00:00Z`);
const toDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The first day of the period that holds `day`. */
function periodStart(day: string, unit: TimelineUnit): string {
  if (unit === 'day') return day;
  if (unit === 'month') return `${day.slice(0, 7)}-01`;
  const ms = toMs(day);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return toDay(ms - weekday * DAY_MS);
}

function nextStart(start: string, unit: TimelineUnit): string {
  if (unit === 'day') return toDay(toMs(start) + DAY_MS);
  if (unit === 'week') return toDay(toMs(start) + 7 * DAY_MS);
  const d = new Date(toMs(start));
  return toDay(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
}

/** How many periods the span covers, counting no further than `limit + 1`. */
function countPeriods(first: string, last: string, unit: TimelineUnit, limit: number): number {
  let n = 0;
  for (let s = periodStart(first, unit); s <= last && n <= limit; s = nextStart(s, unit)) n++;
  return n;
}

/** Buckets the days into at most `maxBars` periods of the finest unit that fits. */
export function buildTimeline(days: readonly string[], maxBars = MAX_BARS): Timeline {
  const valid = days.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(toMs(d))).sort();
  if (valid.length === 0) return { unit: 'day', total: 0, bars: [] };
  const first = valid[0]!;
  const last = valid[valid.length - 1]!;
  const units: TimelineUnit[] = ['day', 'week', 'month'];
  const unit = units.find((u) => countPeriods(first, last, u, maxBars) <= maxBars) ?? 'month';
  const counts = new Map<string, number>();
  for (const d of valid) {
    const s = periodStart(d, unit);
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const bars: TimelineBar[] = [];
  for (let s = periodStart(first, unit); s <= last; s = nextStart(s, unit)) {
    bars.push({ start: s, end: nextStart(s, unit), count: counts.get(s) ?? 0 });
  }
  // A span past maxBars months keeps only the latest months: what a desk looks at.
  return { unit, total: valid.length, bars: bars.slice(-maxBars) };
}
