// fuse.js over the short fields — titles, saved-search names, title words — fed our own
// normaliser through getFn (REFERENCE.md §2.4: never fuse's ignoreDiacritics offsets), and Myers'
// approximate matching (approx-string-match) of the whole query in tag and source names. Serves
// whole-query matches on those fields and autocomplete suggestions. Never searches bodies.
import Fuse from 'fuse.js';
import approxSearch from 'approx-string-match';
import type { StoredClip } from '../../../common/library/schema.js';
import type { Suggestion, SuggestionKind } from '../../../common/search/types.js';
import { foldKey, type FoldOptions } from '../../../common/text/normalize.js';
import { WORD } from '../../../common/search/analyzer.js';

// REFERENCE.md §2.4: threshold ≤ 0.3 with ignoreLocation keeps fuse to real near-matches;
// 2 letters is the shortest fragment worth matching.
const FUSE_THRESHOLD = 0.3;
const MIN_MATCH = 2;

type Entry = { kind: SuggestionKind; text: string; key: string; count: number };
type TitleEntry = { id: string; key: string };

const fuseOf = <T>(items: T[], keyOf: (t: T) => string) =>
  new Fuse(items, {
    keys: [{ name: 'key', getFn: (t: T) => keyOf(t) }],
    ignoreLocation: true,
    threshold: FUSE_THRESHOLD,
    minMatchCharLength: MIN_MATCH,
    includeScore: true,
  });

// Suggestion kinds in the order a tie is broken: the analyst's own names first.
const KIND_RANK: Record<SuggestionKind, number> = { saved: 0, tag: 1, source: 2, word: 3 };

export class ShortFields {
  private lexiconAt = -1;
  private lexicon: Entry[] = [];
  private lexiconFuse: Fuse<Entry> | null = null;
  private facetsAt = -1;
  private facets: Entry[] = [];
  private titlesAt = -1;
  private titleFuse: Fuse<TitleEntry> | null = null;
  // Clips by tag and by source name (raw text), for the facet bonus: rebuilt with the lexicon.
  private byFacet = new Map<string, StoredClip[]>();
  // Folded titles by clip id, for the per-query title pass; an entry holds while the title does.
  private foldedTitles = new Map<string, { title: string; key: string }>();
  private foldedSig = '';

  constructor(
    private readonly clips: () => StoredClip[],
    private readonly version: () => number,
    private readonly savedNames: () => string[],
  ) {}

  /**
   * Tags and sources with their clips: every query's facet pass needs them, so they are rebuilt
   * apart from the title words (suggestions only), each distinct name folded once.
   */
  private ensureFacets(fold: FoldOptions): void {
    if (this.facetsAt === this.version()) return;
    const entries = new Map<string, Entry>();
    const byFacet = new Map<string, StoredClip[]>();
    const file = (kind: 'tag' | 'source', text: string, c: StoredClip) => {
      const id = `${kind}\u0000${text}`;
      const list = byFacet.get(id);
      if (list) list.push(c);
      else byFacet.set(id, [c]);
    };
    for (const c of this.clips()) {
      for (const t of c.tags) file('tag', t, c);
      if (c.source) file('source', c.source, c);
    }
    for (const [id, list] of byFacet) {
      const [kind, text] = id.split('\u0000') as ['tag' | 'source', string];
      const key = foldKey(text, fold);
      const e = entries.get(`${kind}\u0000${key}`);
      if (e) e.count += list.length;
      else entries.set(`${kind}\u0000${key}`, { kind, text, key, count: list.length });
    }
    this.byFacet = byFacet;
    this.facets = [...entries.values()];
    this.facetsAt = this.version();
  }

  /** Facets plus title words and saved-search names, for autocomplete. */
  private ensureLexicon(fold: FoldOptions): void {
    this.ensureFacets(fold);
    if (this.lexiconAt === this.version()) return;
    const counts = new Map<string, Entry>(this.facets.map((e) => [`${e.kind}\u0000${e.key}`, { ...e }]));
    const add = (kind: SuggestionKind, text: string) => {
      const key = foldKey(text, fold);
      const id = `${kind}\u0000${key}`;
      const e = counts.get(id);
      if (e) e.count++;
      else counts.set(id, { kind, text, key, count: 1 });
    };
    for (const c of this.clips()) for (const m of c.title.matchAll(WORD)) if (m[0].length > MIN_MATCH) add('word', m[0]);
    for (const n of this.savedNames()) add('saved', n);
    this.lexicon = [...counts.values()];
    this.lexiconFuse = fuseOf(this.lexicon, (e) => e.key);
    this.lexiconAt = this.version();
  }

  /**
   * Tags and sources holding the whole folded query with at most FUSE_THRESHOLD of its letters
   * wrong (fuse's rule, without fuse's cost: it took 5–17 ms a query over 90 long source names);
   * `score` is the share wrong, 0 for an exact substring.
   */
  facetMatches(query: string, fold: FoldOptions): { kind: 'tag' | 'source'; text: string; score: number }[] {
    this.ensureFacets(fold);
    const key = foldKey(query, fold).trim();
    if (key.length < MIN_MATCH) return [];
    const maxErrors = Math.floor(FUSE_THRESHOLD * key.length);
    const out: { kind: 'tag' | 'source'; text: string; score: number }[] = [];
    for (const e of this.facets) {
      // A name shorter than the query less its allowed errors cannot hold it.
      if (e.key.length < key.length - maxErrors) continue;
      const best = e.key.includes(key) ? 0 : Math.min(maxErrors + 1, ...approxSearch(e.key, key, maxErrors).map((m) => m.errors));
      if (best <= maxErrors) out.push({ kind: e.kind as 'tag' | 'source', text: e.text, score: best / key.length });
    }
    return out.sort((a, b) => a.score - b.score);
  }

  /** Clips carrying this tag or source (as facetMatches names it); a clip repeating a tag is listed twice. */
  clipsWith(kind: 'tag' | 'source', text: string): readonly StoredClip[] {
    return this.byFacet.get(`${kind}\u0000${text}`) ?? [];
  }

  /** A clip's folded title, kept between queries while the title and the fold stay the same. */
  private foldedTitle(c: StoredClip, fold: FoldOptions): string {
    const sig = `${fold.strong ?? '-'}${fold.hamzaSeats ?? '-'}${fold.tehMarbuta ?? '-'}`;
    if (sig !== this.foldedSig) {
      this.foldedTitles.clear();
      this.foldedSig = sig;
    }
    const e = this.foldedTitles.get(c.id);
    if (e?.title === c.title) return e.key;
    const key = foldKey(c.title, fold);
    this.foldedTitles.set(c.id, { title: c.title, key });
    return key;
  }

  /**
   * Clips whose title is close to the whole query: fuse's bitap over `among` when given (a fresh
   * small Fuse), else over every title (kept between queries).
   */
  titleMatches(query: string, fold: FoldOptions, among?: StoredClip[]): Map<string, number> {
    const key = foldKey(query, fold).trim();
    const out = new Map<string, number>();
    if (key.length < MIN_MATCH) return out;
    if (among) {
      const fuse = fuseOf(among, (c) => this.foldedTitle(c, fold));
      for (const r of fuse.search(key)) out.set(r.item.id, r.score ?? 1);
      return out;
    }
    if (this.titlesAt !== this.version()) {
      this.titleFuse = fuseOf(
        this.clips().map((c) => ({ id: c.id, key: foldKey(c.title, fold) })),
        (t) => t.key,
      );
      this.titlesAt = this.version();
    }
    for (const r of this.titleFuse!.search(key)) out.set(r.item.id, r.score ?? 1);
    return out;
  }

  /** Autocomplete: prefix matches by how often they occur, then fuzzy matches. */
  suggest(prefix: string, limit: number, fold: FoldOptions): Suggestion[] {
    this.ensureLexicon(fold);
    const key = foldKey(prefix, fold).trim();
    if (key.length < MIN_MATCH) return [];
    const byPrefix = this.lexicon
      .filter((e) => e.key.startsWith(key))
      .sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || b.count - a.count);
    const fuzzy = this.lexiconFuse!.search(key, { limit: limit * 2 }).map((r) => r.item);
    const out: Suggestion[] = [];
    const seen = new Set<string>();
    for (const e of [...byPrefix, ...fuzzy]) {
      const id = `${e.kind}\u0000${e.key}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ kind: e.kind, text: e.text, count: e.count });
      if (out.length >= limit) break;
    }
    return out;
  }
}
