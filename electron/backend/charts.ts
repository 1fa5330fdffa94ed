// The small-chart calls (issue 14): weekly counts for the sidebar's sparklines — every tag (with
// the tags under it, clip or passage, once per clip, as the sidebar counts) and every watchlist
// (its every-word hits, as its count) — and shares of clips by source and language for what the
// list shows. Reads clip metadata only, never bodies; changes nothing.
import type { Handlers } from '../../common/ipc/contract.js';
import type { Sparklines, ViewShares } from '../../common/ipc/charts-contract.js';
import type { Lang } from '../../common/domain.js';
import type { StoredClip } from '../../common/library/schema.js';
import { ok } from '../../common/result.js';
import { lastWeeks, tally, weeklyCounts } from '../../common/view/chart-scale.js';
import type { ClipViews } from './clip-views.js';
import type { ExportCall } from './export/call.js';
import { lineageOf } from './tags/tag-keys.js';
import { dayOf, viewItems } from './timeline.js';

// Twelve weeks: a quarter, enough to see a story rise and fade in a 4-rem-wide line.
export const SPARK_WEEKS = 12;
// The contract's largest page.
const PAGE = 500;

/** Per tag key, the days of the clips carrying it or a tag under it (clip or passage), once per clip. */
function tagDays(clips: readonly StoredClip[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const keys = new Set<string>();
  for (const c of clips) {
    keys.clear();
    const names = [...c.tags, ...(c.highlights ?? []).flatMap((h) => h.tags)];
    for (const n of names) for (const l of lineageOf(n)) keys.add(l.key);
    const day = dayOf(c);
    for (const k of keys) {
      let list = out.get(k);
      if (!list) out.set(k, (list = []));
      list.push(day);
    }
  }
  return out;
}

async function savedDays(call: ExportCall, query: string, filters: object): Promise<string[]> {
  const out: string[] = [];
  for (let offset = 0; ; ) {
    const page = await call('search', { query, filters, limit: PAGE, offset, partial: false });
    out.push(...page.results.map(dayOf));
    offset += page.results.length;
    if (page.results.length === 0 || offset >= page.total) return out;
  }
}

async function sparklines(views: ClipViews, call: ExportCall): Promise<Sparklines> {
  const clips = views.newestFirst();
  const newest = clips.reduce((m, c) => (dayOf(c) > m ? dayOf(c) : m), '');
  if (!newest) return { weeks: [], tags: [], saved: [] };
  const weeks = lastWeeks(newest, SPARK_WEEKS);
  const byKey = tagDays(clips);
  const tags = views.facets().tags.map((f) => ({ name: f.name, counts: weeklyCounts(byKey.get(f.key) ?? [], weeks) }));
  const saved = [];
  for (const s of await call('listSavedSearches', undefined)) {
    saved.push({ id: s.id, counts: weeklyCounts(await savedDays(call, s.query, s.filters ?? {}), weeks) });
  }
  return { weeks, tags, saved };
}

async function viewShares(call: ExportCall, query: string, filters: { tag?: string; source?: string }): Promise<ViewShares> {
  const items = await viewItems(call, query, filters);
  return {
    total: items.length,
    sources: tally(items.map((c) => c.source)),
    langs: tally(items.map((c) => c.lang)) as { key: Lang; count: number }[],
  };
}

export function createChartHandlers(views: ClipViews, call: ExportCall): Pick<Handlers, 'sparklines' | 'viewShares'> {
  return {
    sparklines: async () => ok(await sparklines(views, call)),
    viewShares: async ({ query, filters }) => ok(await viewShares(call, query?.trim() ?? '', filters ?? {})),
  };
}
