// The timeline call (issue 14): the days of every clip the list would show — the query's hits
// when there is one, else the clips under the sidebar's tag or source — bucketed by
// common/view/timeline.ts. Reads through contract calls (search, listClips) so it counts exactly
// what those show; never reads bodies.
import type { Handlers } from '../../common/ipc/contract.js';
import type { Lang } from '../../common/domain.js';
import { ok } from '../../common/result.js';
import { buildTimeline } from '../../common/view/timeline.js';
import type { ExportCall } from './export/call.js';

// The contract's largest page: a year's hits take a few dozen calls.
const PAGE = 500;

export const dayOf = (c: { publishedAt: string | null; capturedAt: string }): string => (c.publishedAt ?? c.capturedAt).slice(0, 10);

type ViewItem = { publishedAt: string | null; capturedAt: string; source: string | null; lang: Lang };

/** Every clip the list would show: the query's hits when there is one, else the filtered list. */
export async function viewItems(call: ExportCall, query: string, filters: { tag?: string; source?: string }): Promise<ViewItem[]> {
  const out: ViewItem[] = [];
  for (let offset = 0; ; ) {
    const page = query
      ? await call('search', { query, filters, limit: PAGE, offset, mode: 'fuzzy' }).then((p) => ({ total: p.total, items: p.results }))
      : await call('listClips', { ...filters, offset, limit: PAGE, snippets: false });
    out.push(...page.items);
    offset += page.items.length;
    if (page.items.length === 0 || offset >= page.total) return out;
  }
}

export function createTimelineHandlers(call: ExportCall): Pick<Handlers, 'timeline'> {
  return {
    timeline: async ({ query, filters }) => ok(buildTimeline((await viewItems(call, query?.trim() ?? '', filters ?? {})).map(dayOf))),
  };
}
