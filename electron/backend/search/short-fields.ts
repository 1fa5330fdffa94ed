// fuse.js over the short fields — titles, saved-search names, title words — fed our own
// normaliser through getFn (REFERENCE.md §2.4: never fuse's ignoreDiacritics offsets), and Myers'
// approximate matching (approx-string-match) of the whole query in tag and source names. Serves
// whole-query matches on those fields and autocomplete suggestions. Never searches bodies.
import Fuse from 'fuse.js';
import approxSearch from 'approx-string-match';
import type { StoredClip } from '../../../common/library/schema.js';
import type { Touch } from '../store/library-store.js';
import type { Suggestion, SuggestionKind } from '../../../common/search/types.js';
import { foldKey, type FoldOptions } from '../../../common/text/normalize.js';
import { WORD } from '../../../common/search/analyzer.js';

// REFERENCE.md §2.4: threshold ≤ 0.3 with ignoreLocation keeps fuse to real near-matches;
// 2 letters is the shortest fragment worth matching.
const FUSE_THRESHOLD = 0.3;
const MIN_MATCH = 2;
// fuse.js's Bitap matches 32 characters per pattern chunk and cost grows with chunks × text; no one
// types a 33-character prefix expecting typo-tolerant completion, so longer prefixes match by prefix only
// (a 300-emoji prefix on a library with very long title words left the call unanswered).
const MAX_FUZZY_PREFIX = 32;
// A title "word" longer than any real one (a pasted run with no spaces) is no completion anyone
// wants, and one of 900k characters made every fuzzy suggestion take ~400 ms.
const MAX_SUGGESTED_WORD = 64;

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

const foldSig = (fold: FoldOptions): string => `${fold.strong ?? '-'}${fold.hamzaSeats ?? '-'}${fold.tehMarbuta ?? '-'}`;

// Suggestion kinds in the order a tie is broken: the analyst's own names first.
const KIND_RANK: Record<SuggestionKind, number> = { saved: 0, tag: 1, source: 2, word: 3 };

export class ShortFields {
  private lexiconAt = -1;
  private lexicon: Entry[] = [];
  private lexiconFuse: Fuse<Entry> | null = null;
  // Clip ids by facet (`kind\0name`), each clip's facets, and the facets' folded names and counts.
  private facetClips = new Map<string, Set<string>>();
  private clipFacets = new Map<string, string[]>();
  private facetEntries = new Map<string, Entry>();
  // Clips changed since the facets were last brought up to date; null: rebuild them all.
  private facetsDirty: Set<string> | null = null;
  private facetSig = '';
  private titlesAt = -1;
  private titleFuse: Fuse<TitleEntry> | null = null;
  // Folded titles by clip id, for the per-query title pass; an entry holds while the title does.
  private foldedTitles = new Map<string, { title: string; key: string }>();
  private foldedSig = '';

  constructor(
    private readonly clips: () => StoredClip[],
    private readonly version: () => number,
    private readonly savedNames: () => string[],
    private readonly clipOf: (id: string) => StoredClip | undefined,
  ) {}

  /** Tells the facets which clips changed (`undefined` or no clips: anything may have). */
  noteChange(t: Touch | undefined): void {
    if (!t?.clips) this.facetsDirty = null;
    else if (this.facetsDirty) for (const c of t.clips) this.facetsDirty.add(c.id);
  }

  /**
   * Tags and sources with their clips: every query's facet pass needs them. Kept up to date clip
   * by clip (a change touches a few clips; rebuilding them all cost ~15 ms a change at 10k), apart
   * from the title words, which only suggestions use.
   */
  private ensureFacets(fold: FoldOptions): void {
    const sig = foldSig(fold);
    if (this.facetsDirty === null || sig !== this.facetSig) {
      this.facetClips.clear();
      this.clipFacets.clear();
      this.facetEntries.clear();
      this.facetSig = sig;
      this.facetsDirty = new Set();
      for (const c of this.clips()) this.fileFacets(c, fold);
      return;
    }
    for (const id of this.facetsDirty) {
      for (const f of this.clipFacets.get(id) ?? []) {
        const set = this.facetClips.get(f)!;
        set.delete(id);
        if (set.size === 0) {
          this.facetClips.delete(f);
          this.facetEntries.delete(f);
        } else this.facetEntries.get(f)!.count = set.size;
      }
      this.clipFacets.delete(id);
      const c = this.clipOf(id);
      if (c) this.fileFacets(c, fold);
    }
    this.facetsDirty.clear();
  }

  private fileFacets(c: StoredClip, fold: FoldOptions): void {
    const ids = [...new Set([...c.tags.map((t) => `tag\u0000${t}`), ...(c.source ? [`source\u0000${c.source}`] : [])])];
    this.clipFacets.set(c.id, ids);
    for (const f of ids) {
      let set = this.facetClips.get(f);
      if (!set) {
        this.facetClips.set(f, (set = new Set()));
        const [kind, text] = f.split('\u0000') as ['tag' | 'source', string];
        this.facetEntries.set(f, { kind, text, key: foldKey(text, fold), count: 0 });
      }
      set.add(c.id);
      this.facetEntries.get(f)!.count = set.size;
    }
  }

  /** Facets plus title words and saved-search names, for autocomplete. */
  private ensureLexicon(fold: FoldOptions): void {
    this.ensureFacets(fold);
    if (this.lexiconAt === this.version()) return;
    const counts = new Map<string, Entry>([...this.facetEntries.values()].map((e) => [`${e.kind}\u0000${e.key}`, { ...e }]));
    const add = (kind: SuggestionKind, text: string) => {
      const key = foldKey(text, fold);
      const id = `${kind}\u0000${key}`;
      const e = counts.get(id);
      if (e) e.count++;
      else counts.set(id, { kind, text, key, count: 1 });
    };
    for (const c of this.clips()) for (const m of c.title.matchAll(WORD)) if (m[0].length > MIN_MATCH && m[0].length <= MAX_SUGGESTED_WORD) add('word', m[0]);
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
    for (const e of this.facetEntries.values()) {
      // A name shorter than the query less its allowed errors cannot hold it.
      if (e.key.length < key.length - maxErrors) continue;
      const best = e.key.includes(key) ? 0 : Math.min(maxErrors + 1, ...approxSearch(e.key, key, maxErrors).map((m) => m.errors));
      if (best <= maxErrors) out.push({ kind: e.kind as 'tag' | 'source', text: e.text, score: best / key.length });
    }
    return out.sort((a, b) => a.score - b.score);
  }

  /** Clips carrying this tag or source (as facetMatches names it). */
  clipsWith(kind: 'tag' | 'source', text: string): StoredClip[] {
    const out: StoredClip[] = [];
    for (const id of this.facetClips.get(`${kind}\u0000${text}`) ?? []) {
      const c = this.clipOf(id);
      if (c) out.push(c);
    }
    return out;
  }

  /** A clip's folded title, kept between queries while the title and the fold stay the same. */
  private foldedTitle(c: StoredClip, fold: FoldOptions): string {
    const sig = foldSig(fold);
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
    const fuzzy = key.length > MAX_FUZZY_PREFIX ? [] : this.lexiconFuse!.search(key, { limit: limit * 2 }).map((r) => r.item);
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
