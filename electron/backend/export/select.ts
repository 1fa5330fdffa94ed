// Which clips a report covers: resolves a ReportSelection (ids, query, tags, saved search) to
// clip ids through contract calls. The date range is applied later, on the clips' own dates.
// Never includes trashed clips (listClips and search leave them out; ids are checked by build).
import type { ReportSelection } from '../../../common/export/types.js';
import { AppFailure } from '../../../common/result.js';
import type { ExportCall } from './call.js';

// The contract's largest page; a report of a year's clips takes a few dozen calls.
const PAGE = 500;

async function allPages<T>(fetch: (offset: number) => Promise<{ total: number; items: T[] }>): Promise<T[]> {
  const out: T[] = [];
  for (let offset = 0; ; ) {
    const page = await fetch(offset);
    out.push(...page.items);
    offset += page.items.length;
    if (page.items.length === 0 || offset >= page.total) return out;
  }
}

// A report covers the clips holding every word of its query, not the partial matches a search list adds.
const searchIds = async (call: ExportCall, query: string, filters?: { tag?: string; source?: string }): Promise<Set<string>> => {
  const hits = await allPages(async (offset) => {
    const p = await call('search', { query, filters, limit: PAGE, offset, mode: 'fuzzy', partial: false });
    return { total: p.total, items: p.results };
  });
  return new Set(hits.map((h) => h.id));
};

const tagIds = async (call: ExportCall, tag?: string): Promise<string[]> =>
  (await allPages((offset) => call('listClips', { tag, offset, limit: PAGE, snippets: false }))).map((c) => c.id);

/** Clip ids in library order (newest capture first), or the order the ids were given in. */
export async function selectClipIds(call: ExportCall, sel: ReportSelection): Promise<string[]> {
  const given = sel.clipIds?.length ? [...new Set(sel.clipIds)] : null;
  let ids = given ?? (await tagIds(call));
  const keep = (set: Set<string>) => {
    ids = ids.filter((id) => set.has(id));
  };
  const query = sel.query?.trim();
  if (query) keep(await searchIds(call, query));
  if (sel.savedSearchId) {
    const saved = (await call('listSavedSearches', undefined)).find((s) => s.id === sel.savedSearchId);
    if (!saved) throw new AppFailure({ code: 'not-found', message: `There is no saved search with id "${sel.savedSearchId}".` });
    const { tag, source } = saved.filters;
    keep(
      saved.query.trim()
        ? await searchIds(call, saved.query, saved.filters)
        : new Set((await allPages((offset) => call('listClips', { tag, source, offset, limit: PAGE, snippets: false }))).map((c) => c.id)),
    );
  }
  const tags = (sel.tags ?? []).map((t) => t.trim()).filter(Boolean);
  if (tags.length) {
    const any = new Set<string>();
    for (const t of tags) for (const id of await tagIds(call, t)) any.add(id);
    keep(any);
  }
  return ids;
}
