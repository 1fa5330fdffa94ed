// Pure arithmetic behind Marsad's small charts (issue 14): bar heights on a common scale, bar
// slots laid out in the reading direction, weekly counts for sparklines, and shares with a
// "rest" slice. No DOM, no Node; the renderer's components and the report's SVG builder share it.

export type Share = { key: string; count: number; share: number };

const DAY_MS = 86_400_000;
const toMs = (day: string): number => Date.parse(`${day}T00:00:00Z`);
const toDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Heights for counts on one scale up to `height`; a non-zero count is never thinner than `min`. */
export function barHeights(counts: readonly number[], height: number, min = 2): number[] {
  const max = Math.max(0, ...counts);
  return counts.map((c) => (c <= 0 || max === 0 ? 0 : Math.max(min, (c / max) * height)));
}

/** The left edge of slot `i` of `n`: time runs left to right, or right to left in an RTL chart. */
export const slotX = (i: number, n: number, slot: number, rtl: boolean): number => (rtl ? n - 1 - i : i) * slot;

/** The Monday that starts the week holding `day` ("YYYY-MM-DD"). */
export function weekStart(day: string): string {
  const ms = toMs(day);
  return toDay(ms - ((new Date(ms).getUTCDay() + 6) % 7) * DAY_MS);
}

/** The starts of the `n` weeks that end with the week holding `lastDay`, oldest first. */
export function lastWeeks(lastDay: string, n: number): string[] {
  const end = toMs(weekStart(lastDay));
  return Array.from({ length: n }, (_, i) => toDay(end - (n - 1 - i) * 7 * DAY_MS));
}

/** How many of `days` fall in each week starting at `weeks[i]` (days outside are not counted). */
export function weeklyCounts(days: readonly string[], weeks: readonly string[]): number[] {
  const at = new Map(weeks.map((w, i) => [w, i]));
  const out = weeks.map(() => 0);
  for (const d of days) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) continue;
    const i = at.get(weekStart(d));
    if (i !== undefined) out[i]! += 1;
  }
  return out;
}

/** The `keep` largest counts (ties by key), then one slice with key '' for the rest; shares sum to 1. */
export function topShares(counts: readonly { key: string; count: number }[], keep = 5): Share[] {
  const total = counts.reduce((s, c) => s + c.count, 0);
  if (total === 0) return [];
  const sorted = counts.filter((c) => c.count > 0).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  const head = sorted.slice(0, keep);
  const rest = sorted.slice(keep).reduce((s, c) => s + c.count, 0);
  const out = head.map((c) => ({ key: c.key, count: c.count, share: c.count / total }));
  if (rest > 0) out.push({ key: '', count: rest, share: rest / total });
  return out;
}

/** Counts per key of the values given (null and '' count under ''). */
export function tally(values: readonly (string | null)[]): { key: string; count: number }[] {
  const m = new Map<string, number>();
  for (const v of values) m.set(v ?? '', (m.get(v ?? '') ?? 0) + 1);
  return [...m].map(([key, count]) => ({ key, count }));
}

/** A share as a whole percentage for labels; shares under 1% but above 0 read "<1". */
export const percent = (share: number): string => (share > 0 && share < 0.005 ? '<1' : String(Math.round(share * 100)));
