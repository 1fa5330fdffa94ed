// Read-side views over the library for the list, the sidebar and the reader: newest-first
// order, facets, and snippets read lazily from body files. Each view is cached against the
// store's version counter, so a 50k-clip list costs one sort per change, not per call.
import type { ClipPage, ClipSummary, Facets, ListQuery } from '../../common/domain.js';
import type { StoredClip } from '../../common/library/schema.js';
import { isSameOrUnder } from '../../common/tags/tag-name.js';
import { parseBlocks } from '../../common/text/structure.js';
import type { LibraryStore } from './store/library-store.js';
import { tagFacets } from './tags/tag-facets.js';
import { keyOf } from './tags/tag-keys.js';

// Long enough for two lines in the list pane at its usual width.
const SNIPPET_CHARS = 220;
const DEFAULT_PAGE = 100;
// Snippets of this many bodies stay in memory: several screens of scrolling.
const SNIPPET_CACHE = 2_000;

const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The first paragraph of the body, not one that only repeats the title (a file whose second line is its headline again). */
export const snippetOf = (body: string, title = ''): string => {
  const blocks = parseBlocks(body);
  const same = flat(title).toLowerCase();
  const paragraphs = blocks.filter((b) => b.kind === 'paragraph');
  const first = paragraphs.find((b) => !same || flat(body.slice(b.start, b.end)).toLowerCase() !== same) ?? paragraphs[0] ?? blocks[0];
  const text = flat(first ? body.slice(first.start, first.end) : body);
  return text.length > SNIPPET_CHARS ? `${text.slice(0, SNIPPET_CHARS - 1).trimEnd()}…` : text;
};

export class ClipViews {
  private sortedAt = -1;
  private sorted: StoredClip[] = [];
  private facetsAt = -1;
  private facetsCache: Facets = { tags: [], sources: [], total: 0, trash: 0 };
  private snippets = new Map<string, string>();
  private groupsAt = -1;
  private groupSizes = new Map<string, number>();

  constructor(private readonly store: LibraryStore) {}

  /** Visible clips (not in the trash), newest capture first; ties broken by id so pages are stable. */
  newestFirst(): StoredClip[] {
    // capturedAt never changes, so the order only moves when clips come, go or enter the trash.
    if (this.sortedAt !== this.store.membershipVersion) {
      this.sorted = this.store.data.clips.filter((c) => !c.deletedAt).sort(
        (a, b) => (a.capturedAt < b.capturedAt ? 1 : a.capturedAt > b.capturedAt ? -1 : a.id < b.id ? -1 : 1),
      );
      this.sortedAt = this.store.membershipVersion;
    }
    return this.sorted;
  }

  async snippet(clip: StoredClip): Promise<string> {
    // Keyed by title too: the snippet skips a paragraph that repeats the title, which can be edited.
    const key = `${clip.bodySha256}\n${clip.title}`;
    const hit = this.snippets.get(key);
    if (hit !== undefined) return hit;
    const body = await this.store.bodies.get(clip.bodySha256);
    const s = body === null ? '' : snippetOf(body, clip.title);
    if (this.snippets.size >= SNIPPET_CACHE) this.snippets.delete(this.snippets.keys().next().value!);
    this.snippets.set(key, s);
    return s;
  }

  /** Members per near-duplicate group (lead id → count), rebuilt when groups may have changed. */
  groupSize(groupId: string | null): number {
    if (groupId === null) return 1;
    if (this.groupsAt !== this.store.version) {
      this.groupSizes = new Map();
      for (const c of this.store.data.clips) if (c.groupId) this.groupSizes.set(c.groupId, (this.groupSizes.get(c.groupId) ?? 0) + 1);
      this.groupsAt = this.store.version;
    }
    return this.groupSizes.get(groupId) ?? 1;
  }

  async summary(clip: StoredClip, withSnippet = true): Promise<ClipSummary> {
    const { id, title, source, url, author, lang, publishedAt, capturedAt, tags, groupId, sourceFile } = clip;
    const snippet = withSnippet ? await this.snippet(clip) : '';
    const groupSize = this.groupSize(groupId);
    const highlightCount = clip.highlights?.length ?? 0;
    return {
      id, title, source, url, author, lang, publishedAt, capturedAt, tags: [...tags], snippet,
      groupId, groupSize, sourceFile, highlightCount, hasNote: Boolean(clip.note),
    };
  }

  async page(q: ListQuery): Promise<ClipPage> {
    let all = this.newestFirst();
    if (q.groupId !== undefined) all = all.filter((c) => c.groupId === q.groupId);
    else if (q.collapseGroups) all = all.filter((c) => c.groupId === null || c.groupId === c.id);
    if (q.tag !== undefined) {
      const key = keyOf(q.tag);
      all = all.filter((c) => hasTagUnder(c, key));
    }
    if (q.source !== undefined) all = all.filter((c) => c.source === q.source);
    const offset = q.offset ?? 0;
    const slice = all.slice(offset, offset + (q.limit ?? DEFAULT_PAGE));
    return { total: all.length, offset, items: await Promise.all(slice.map((c) => this.summary(c, q.snippets !== false))) };
  }

  facets(): Facets {
    if (this.facetsAt !== this.store.version) {
      const visible = this.newestFirst();
      const sources = new Map<string, number>();
      for (const c of visible) if (c.source) sources.set(c.source, (sources.get(c.source) ?? 0) + 1);
      const ranked = (m: Map<string, number>) =>
        [...m].map(([name, clips]) => ({ name, clips })).sort((a, b) => b.clips - a.clips || a.name.localeCompare(b.name));
      this.facetsCache = {
        tags: tagFacets(visible, this.store.data.tagDefs),
        sources: ranked(sources),
        total: visible.length,
        trash: this.store.data.clips.length - visible.length,
      };
      this.facetsAt = this.store.version;
    }
    return this.facetsCache;
  }
}

/** The tag (matched by folded key) or one under it is on the clip or on one of its passages. */
export function hasTagUnder(c: StoredClip, key: string): boolean {
  if (c.tags.some((t) => isSameOrUnder(keyOf(t), key))) return true;
  return (c.highlights ?? []).some((h) => h.tags.some((t) => isSameOrUnder(keyOf(t), key)));
}

/** Id lookup over every clip, trashed ones included; rebuilt when clips come or go. */
export class ClipIndex {
  private at = -1;
  private map = new Map<string, StoredClip>();

  constructor(private readonly store: LibraryStore) {}

  get(id: string): StoredClip | undefined {
    if (this.at !== this.store.membershipVersion) {
      this.map = new Map(this.store.data.clips.map((c) => [c.id, c]));
      this.at = this.store.membershipVersion;
    }
    return this.map.get(id);
  }
}
