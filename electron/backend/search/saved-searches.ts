// Saved searches (watchlists): named queries kept in the library meta, with the sidebar's count
// and "new since last opened" count, and auto-tagging of newly imported clips that match.
// Counts are cached per library version; nothing here reads bodies except through the engine.
import { randomBytes } from 'node:crypto';
import { fail } from '../../../common/result.js';
import type { SavedSearch, SavedSearchInput, SavedSearchPatch, SavedSearchView, SearchPage } from '../../../common/search/types.js';
import { normalizeTags } from '../clips.js';
import type { LibraryStore } from '../store/library-store.js';
import type { SearchEngine } from './search-engine.js';

export class SavedSearches {
  private countsAt = -1;
  private counts = new Map<string, { count: number; newCount: number }>();

  constructor(
    private readonly store: LibraryStore,
    private readonly engine: SearchEngine,
  ) {}

  private get all(): SavedSearch[] {
    return this.store.data.savedSearches;
  }

  private find(id: string): SavedSearch {
    const s = this.all.find((x) => x.id === id);
    if (!s) fail('not-found', `There is no saved search with id "${id}".`);
    return s!;
  }

  private async view(s: SavedSearch): Promise<SavedSearchView> {
    if (this.countsAt !== this.store.version) {
      this.counts.clear();
      this.countsAt = this.store.version;
    }
    let c = this.counts.get(s.id);
    if (!c) {
      const { ranked } = await this.engine.rank(s.query, s.filters);
      c = { count: ranked.length, newCount: ranked.filter((r) => r.clip.capturedAt > s.lastSeenAt).length };
      this.counts.set(s.id, c);
    }
    return { ...s, filters: { ...s.filters }, ...c };
  }

  async list(): Promise<SavedSearchView[]> {
    await this.autoTagFresh();
    const out: SavedSearchView[] = [];
    for (const s of this.all) out.push(await this.view(s));
    return out;
  }

  async create(input: SavedSearchInput): Promise<SavedSearchView> {
    const now = new Date().toISOString();
    const s: SavedSearch = {
      id: `s${randomBytes(6).toString('hex')}`,
      name: input.name.trim(),
      query: input.query,
      filters: { ...input.filters },
      autoTag: input.autoTag ? normalizeTags([input.autoTag])[0] ?? null : null,
      createdAt: now,
      lastSeenAt: now,
    };
    this.store.mutate((d) => void d.savedSearches.push(s), { meta: true });
    return this.view(s);
  }

  async update(id: string, patch: SavedSearchPatch): Promise<SavedSearchView> {
    const s = this.find(id);
    this.store.mutate(() => {
      if (patch.name !== undefined) s.name = patch.name.trim();
      if (patch.query !== undefined) s.query = patch.query;
      if (patch.filters !== undefined) s.filters = { ...patch.filters };
      if (patch.autoTag !== undefined) s.autoTag = patch.autoTag ? normalizeTags([patch.autoTag])[0] ?? null : null;
    }, { meta: true });
    return this.view(s);
  }

  remove(id: string): { id: string } {
    this.find(id);
    this.store.mutate((d) => void (d.savedSearches = d.savedSearches.filter((x) => x.id !== id)), { meta: true });
    return { id };
  }

  /** Runs the search, flags clips captured since it was last opened, then marks it seen now. */
  async open(id: string, limit?: number, offset?: number): Promise<{ search: SavedSearchView; page: SearchPage }> {
    await this.autoTagFresh();
    const s = this.find(id);
    const seen = s.lastSeenAt;
    const page = await this.engine.search({ query: s.query, filters: s.filters, limit, offset });
    for (const h of page.results) h.isNew = h.capturedAt > seen;
    if (!this.store.readOnly) this.store.mutate(() => void (s.lastSeenAt = new Date().toISOString()), { meta: true });
    return { search: await this.view(s), page };
  }

  /** Tags clips added this session that match a saved search with an auto-tag. */
  autoTagFresh(): Promise<number> {
    // One pass at a time: a caller that finds the fresh set already taken waits for that pass,
    // so a list read after it sees the tags (issue 14).
    const next = this.tagging.then(() => this.tagFresh());
    this.tagging = next.catch(() => 0);
    return next;
  }

  private tagging: Promise<number> = Promise.resolve(0);

  private async tagFresh(): Promise<number> {
    if (this.store.readOnly || this.store.corrupt) return 0;
    await this.engine.sync.ready();
    const fresh = new Set(this.engine.sync.fresh);
    this.engine.sync.fresh.clear();
    const watching = this.all.filter((s) => s.autoTag);
    if (fresh.size === 0 || watching.length === 0) return 0;
    let tagged = 0;
    for (const s of watching) {
      const { ranked } = await this.engine.rank(s.query, s.filters, 'fuzzy', fresh);
      const todo = ranked.map((r) => r.clip).filter((c) => !c.tags.includes(s.autoTag!));
      if (todo.length === 0) continue;
      const now = new Date().toISOString();
      this.store.mutate(() => {
        for (const c of todo) {
          c.tags = normalizeTags([...c.tags, s.autoTag!]);
          c.updatedAt = now;
        }
      }, { clips: todo });
      tagged += todo.length;
    }
    return tagged;
  }
}
