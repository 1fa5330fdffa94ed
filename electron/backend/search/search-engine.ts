// Runs a query: parse, the compact index over folded/stemmed keys (phrases checked on its word
// positions), fuse.js over the short fields, one merged ranking (title above body), list filters,
// quote filters (speaker:, is:quote), exact-mode checks against the text, then snippets for the
// requested page. The backend owns it; the renderer never searches.
import { searchNotice, type SearchNotice } from '../../../common/search/notices.js';
import type { StoredClip } from '../../../common/library/schema.js';
import { createMatcher, tokensOf, type Matcher } from '../../../common/search/matcher.js';
import { parseQuery, type ParsedQuery, type Term } from '../../../common/search/query.js';
import { highlightAll, makeSnippet, quoteSnippet } from '../../../common/search/snippet.js';
import { TITLE_FIELD } from '../../../common/search/compact-index.js';
import { ScorePool } from '../../../common/search/score-pool.js';
import { compileQuery, runQuery, withPhrases, type Compiled } from '../../../common/search/text-index.js';
import { withVariants } from '../../../common/search/variants.js';
import type { SearchFilters, SearchHit, SearchMode, SearchPage, SearchRequest } from '../../../common/search/types.js';
import { foldKey } from '../../../common/text/normalize.js';
import type { LibraryStore } from '../store/library-store.js';
import { BodyCache, bodyReader } from './body-cache.js';
import { IndexSync } from './index-sync.js';
import { ClipLookup } from './clip-lookup.js';
import { QuoteFilter, wantsQuotes } from './quote-filter.js';
import { QuoteCache } from '../quotes/quote-cache.js';
import { ShortFields } from './short-fields.js';

const DEFAULT_LIMIT = 20;
// Exact mode checks the raw wording, which means reading bodies: past this many candidates the
// best ones are checked and the rest dropped with a notice. (Phrases in the ordinary mode are
// checked on the index's word positions and read no body.)
const MAX_VERIFY = 300;
const VERIFY_CONCURRENCY = 32;
// A fuse.js hit on a short field adds this share of the best index score; title matches
// count fully, tags and sources less (they label many clips).
const FUSE_WEIGHT = { title: 0.5, tag: 0.3, source: 0.2 };
// The fuse title pass looks only at clips matching ANY query word, best first, up to this many:
// a title close to the whole query shares a word with it, and fuse over all 100k titles costs
// ~1 s while fuse over 2,000 costs ~20 ms.
const MAX_TITLE_CANDIDATES = 2_000;

type Keep = ((c: StoredClip) => boolean) | null;
/**
 * `bodyHit: false` when the index found no query term in the clip's body (its snippet is the
 * opening); `missing`: the query's words (as typed) the clip lacks, for a partial match.
 */
export type Ranked = { clip: StoredClip; score: number; bodyHit?: boolean; missing?: string[]; quote?: { start: number; end: number } };
/** `ranked` holds the best `need` matches, best first (all when `need` is omitted); `total` counts every match. */
export type RankOutcome = { ranked: Ranked[]; total: number; parsed: ParsedQuery; notices: SearchNotice[]; matcher: Matcher };

const dayOf = (c: StoredClip): string => (c.publishedAt ?? c.capturedAt).slice(0, 10);
const newestFirst = (a: StoredClip, b: StoredClip) => (a.capturedAt < b.capturedAt ? 1 : a.capturedAt > b.capturedAt ? -1 : 0);
const byRank = (a: Ranked, b: Ranked) => b.score - a.score || newestFirst(a.clip, b.clip);

/** The `want`-th highest positive score of `dense` (0 when fewer match): a min-heap of the best so far. */
function cutScore(dense: Float32Array, want: number): number {
  if (!(want >= 1) || want >= dense.length) return 0;
  const heap = new Float32Array(want);
  let size = 0;
  for (let d = 0; d < dense.length; d++) {
    const s = dense[d]!;
    if (!(s > 0)) continue;
    if (size < want) {
      // Sift up.
      let i = size++;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (heap[p]! <= s) break;
        heap[i] = heap[p]!;
        i = p;
      }
      heap[i] = s;
    } else if (s > heap[0]!) {
      // Replace the smallest and sift down.
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= want) break;
        const c = l + 1 < want && heap[l + 1]! < heap[l]! ? l + 1 : l;
        if (heap[c]! >= s) break;
        heap[i] = heap[c]!;
        i = c;
      }
      heap[i] = s;
    }
  }
  return size < want ? 0 : heap[0]!;
}

/** The words of each compiled group a doc lacks, from runQuery's groupHits (none when not partial). */
function missingWords(parsed: ParsedQuery, compiled: Compiled | null, groupHits: Uint32Array | undefined): (doc: number) => string[] | undefined {
  if (!compiled || !groupHits) return () => undefined;
  const from = compiled.from ?? [];
  const texts = from.map((gi) => parsed.groups[gi]!.map((t) => t.text).join(' OR '));
  return (doc) => {
    const mask = groupHits[doc] ?? 0;
    const out = texts.filter((_, g) => g < 32 && !(mask & (1 << g)));
    return out;
  };
}

/** The best `want` docs of a dense score array (> 0 = match), best first; objects only for those. */
function pickTop(dense: Float32Array, want: number, clipOf: (doc: number) => StoredClip | undefined, bodyHits: Uint8Array, missing: (doc: number) => string[] | undefined): Ranked[] {
  const cut = cutScore(dense, want);
  const out: Ranked[] = [];
  for (let d = 0; d < dense.length; d++) {
    const score = dense[d]!;
    if (!(score > 0) || score < cut) continue;
    const clip = clipOf(d);
    if (clip) out.push({ clip, score, bodyHit: bodyHits[d] === 1, missing: missing(d) });
  }
  out.sort(byRank);
  return out.length > want ? out.slice(0, want) : out;
}

export class SearchEngine {
  readonly sync: IndexSync;
  readonly short: ShortFields;
  private readonly byId: ClipLookup;

  private readonly quotes: QuoteFilter;
  private readonly bodies: BodyCache;
  private readonly pool = new ScorePool();

  constructor(private readonly store: LibraryStore, savedNames: () => string[], quoteCache: QuoteCache = new QuoteCache(store)) {
    this.sync = new IndexSync(store);
    this.byId = new ClipLookup(store);
    this.quotes = new QuoteFilter(store, quoteCache);
    this.bodies = new BodyCache(bodyReader(store.bodies));
    this.short = new ShortFields(() => store.data.clips, () => store.version, savedNames, (id) => this.clip(id));
    store.onChange((t) => this.short.noteChange(t));
  }

  clip(id: string): StoredClip | undefined {
    return this.byId.get(id);
  }

  /** The clip filter of the query and the list, or null when nothing filters (the common case). */
  private filterFor(q: ParsedQuery, list: SearchFilters, only?: ReadonlySet<string>): Keep {
    const f = q.filters;
    const none = !only && f.tags.length === 0 && !list.tag && list.source === undefined && f.sources.length === 0 && f.langs.length === 0 && f.after === null && f.before === null;
    if (none) return null;
    // Tag and source names repeat across the library: fold each distinct one once per query.
    const folded = new Map<string, string>();
    const fk = (s: string) => {
      let k = folded.get(s);
      if (k === undefined) folded.set(s, (k = foldKey(s, this.sync.fold).trim()));
      return k;
    };
    const tags = [...f.tags, ...(list.tag ? [list.tag] : [])].map(fk);
    const sources = f.sources.map(fk);
    return (c) =>
      (!only || only.has(c.id)) &&
      tags.every((t) => c.tags.some((ct) => fk(ct) === t)) &&
      (list.source === undefined || c.source === list.source) &&
      sources.every((s) => c.source !== null && fk(c.source).includes(s)) &&
      (f.langs.length === 0 || f.langs.includes(c.lang)) &&
      (f.after === null || dayOf(c) >= f.after) &&
      (f.before === null || dayOf(c) < f.before);
  }

  /**
   * Every matching clip, best first (no snippets): search pages and saved-search counts.
   * `partial`: clips holding only some of the query's words match too, ranked below those holding all.
   */
  async rank(query: string, list: SearchFilters = {}, mode: SearchMode = 'fuzzy', only?: ReadonlySet<string>, asYouType = false, need = Infinity, partial = false): Promise<RankOutcome> {
    await this.sync.ready();
    const parsed = parseQuery(query);
    const fo = this.sync.fold;
    const exact = mode === 'exact';
    const typing = asYouType && !exact && !/\s$/.test(query);
    const keep = this.filterFor(parsed, list, only);
    const notices = [...parsed.notices];
    const ix = this.sync.index;
    const plain = compileQuery(parsed, fo, { exact, typing, partial });
    const variantKeys: string[] = [];
    const compiled = plain && !exact ? withVariants(withPhrases(plain, parsed, ix, fo), parsed, ix, fo, variantKeys) : plain;
    // Filled by runQuery below, before any hit is highlighted.
    const hitTerms = new Set<number>();
    const matcher = createMatcher(parsed, fo, typing, variantKeys, { termOfWord: ix.termOfWord, hits: hitTerms, runTerms: (t, i, j, h) => ix.runTerms(t, i, j, h) });
    const verifying = exact;
    let ranked: Ranked[];
    let total: number;
    // A speaker: hit shows the quote that matched as its snippet.
    const quoteSpans = new Map<string, { start: number; end: number }>();
    const quoteKeep = (ordered: StoredClip[]) => this.quotes.keep(ordered, parsed.filters, ix, (c) => ix.docOf(c.id), notices, quoteSpans);
    if (!compiled) {
      let clips = this.store.data.clips.filter((c) => !c.deletedAt && (keep === null || keep(c))).sort(newestFirst);
      if (wantsQuotes(parsed.filters)) clips = await quoteKeep(clips);
      // No words asked for: nothing in a body can match, so snippets are openings.
      ranked = clips.map((clip) => ({ clip, score: 0, bodyHit: false }));
      total = ranked.length;
    } else {
      const bodyHits = new Uint8Array(ix.docCount);
      const groupHits = compiled.required?.some((r) => !r) ? new Uint32Array(ix.docCount) : undefined;
      const missing = missingWords(parsed, compiled, groupHits);
      const dense = runQuery(ix, compiled, { pool: this.pool, bodyHits, groupHits, hitTerms });
      // Filters zero out what they exclude, so the dense array is exactly the result set.
      let top = 0;
      let found = 0;
      for (let d = 0; d < dense.length; d++) {
        const score = dense[d]!;
        if (!(score > 0)) continue;
        if (keep !== null) {
          const clip = this.clip(ix.idOf(d) ?? '');
          if (!clip || !keep(clip)) {
            dense[d] = 0;
            continue;
          }
        }
        found++;
        if (score > top) top = score;
      }
      if (!exact) this.shortFieldBonus(parsed, compiled, top || 1, found, keep, dense);
      const want = verifying ? Math.max(need, MAX_VERIFY) : need;
      if (wantsQuotes(parsed.filters)) {
        // Clips and scores are taken before quote detection awaits: the index may be compacted
        // meanwhile (an import elsewhere), which renumbers docs.
        const scored: Ranked[] = [];
        for (let d = 0; d < dense.length; d++) {
          const clip = dense[d]! > 0 ? this.clip(ix.idOf(d) ?? '') : undefined;
          if (clip) scored.push({ clip, score: dense[d]!, bodyHit: bodyHits[d] === 1, missing: missing(d) });
        }
        this.pool.give(dense);
        scored.sort(byRank);
        const kept = new Set((await quoteKeep(scored.map((r) => r.clip))).map((c) => c.id));
        const all = scored.filter((r) => kept.has(r.clip.id));
        total = all.length;
        ranked = all.length > want ? all.slice(0, want) : all;
      } else {
        ranked = pickTop(dense, want, (d) => this.clip(ix.idOf(d) ?? ''), bodyHits, missing);
        total = 0;
        for (let d = 0; d < dense.length; d++) if (dense[d]! > 0) total++;
        this.pool.give(dense);
      }
    }
    if (quoteSpans.size > 0) ranked = ranked.map((r) => ({ ...r, quote: quoteSpans.get(r.clip.id) }));
    if (verifying) {
      ranked = await this.verify(ranked, total, parsed, matcher, exact, notices);
      total = ranked.length;
      if (ranked.length > need) ranked = ranked.slice(0, need);
    }
    return { ranked, total, parsed, notices, matcher };
  }

  /** fuse.js on titles, tags and sources: a bonus added to `dense` per clip (kept clips only), for clips the index found and a few it did not. */
  private shortFieldBonus(parsed: ParsedQuery, compiled: Compiled, unit: number, found: number, keep: Keep, dense: Float32Array): void {
    // Whole-query fuzzy matching only makes sense for plain words without ORs or phrases.
    if (parsed.exclude.length > 0 || parsed.groups.some((g) => g.length > 1 || g[0]!.kind === 'phrase')) return;
    const text = parsed.groups.map((g) => g[0]!.text).join(' ');
    const ix = this.sync.index;
    const bump = (c: StoredClip, w: number) => {
      if (keep !== null && !keep(c)) return;
      const doc = ix.docOf(c.id);
      if (doc !== undefined) dense[doc]! += unit * w;
    };
    const facets = this.short.facetMatches(text, this.sync.fold);
    if (facets.length > 0) {
      // Each clip counts its best facet once: only the clips carrying a matched name are visited.
      const best = new Map<StoredClip, number>();
      for (const f of facets) {
        const w = (f.kind === 'tag' ? FUSE_WEIGHT.tag : FUSE_WEIGHT.source) * (1 - f.score);
        for (const c of this.short.clipsWith(f.kind, f.text)) if (!((best.get(c) ?? -1) >= w)) best.set(c, w);
      }
      for (const [c, w] of best) bump(c, w);
    }
    // Titles are scanned by fuse only when the index found little: fuse is linear in its input.
    if (found < DEFAULT_LIMIT) {
      const among = this.titleWordClips(compiled, keep);
      for (const [id, s] of this.short.titleMatches(text, this.sync.fold, among)) {
        const c = this.clip(id);
        if (c) bump(c, FUSE_WEIGHT.title * (1 - s));
      }
    }
  }

  /**
   * Clips whose title holds any word of the query (not all), best first, at most
   * MAX_TITLE_CANDIDATES: a title close to the whole query shares a word with it, in the title.
   */
  private titleWordClips(compiled: Compiled, keep: Keep): StoredClip[] {
    const ix = this.sync.index;
    const dense = runQuery(ix, { groups: [compiled.groups.flat()], exclude: [] }, { pool: this.pool, fields: TITLE_FIELD });
    const order: number[] = [];
    for (let d = 0; d < dense.length; d++) if (dense[d]! > 0) order.push(d);
    order.sort((a, b) => dense[b]! - dense[a]!);
    const out: StoredClip[] = [];
    for (const d of order) {
      const c = this.clip(ix.idOf(d) ?? '');
      if (c && (keep === null || keep(c))) out.push(c);
      if (out.length >= MAX_TITLE_CANDIDATES) break;
    }
    this.pool.give(dense);
    return out;
  }

  /** Keeps clips whose text holds every phrase (and, exact, every word as typed), best first. */
  private async verify(ranked: Ranked[], candidates: number, q: ParsedQuery, m: Matcher, exact: boolean, notices: SearchNotice[]): Promise<Ranked[]> {
    if (candidates > MAX_VERIFY) {
      notices.push(searchNotice('exact-checks-capped', { checked: MAX_VERIFY, candidates }));
      ranked = ranked.slice(0, MAX_VERIFY);
    }
    const rawHas = (text: string, t: Term) => text.includes(t.text);
    const out: Ranked[] = [];
    for (let i = 0; i < ranked.length; i += VERIFY_CONCURRENCY) {
      const batch = ranked.slice(i, i + VERIFY_CONCURRENCY);
      const bodies = await Promise.all(batch.map((r) => this.store.bodies.get(r.clip.bodySha256).catch(() => null)));
      batch.forEach((r, k) => {
        const raw = `${r.clip.title}\n${bodies[k] ?? ''}`;
        const tokens = tokensOf(foldKey(raw, this.sync.fold));
        if (!m.hasPhrases(tokens) || m.hasExcludedPhrase(tokens)) return;
        if (exact && !q.groups.every((g) => g.some((t) => rawHas(raw, t)))) return;
        if (exact && q.exclude.some((t) => rawHas(raw, t))) return;
        out.push(r);
      });
    }
    return out;
  }

  async hit(r: Ranked, m: Matcher): Promise<SearchHit> {
    const c = r.clip;
    const body = await this.bodies.get(c.bodySha256, c.bodyLength);
    return {
      id: c.id,
      title: c.title,
      titleHighlights: highlightAll(c.title, m, this.sync.fold),
      source: c.source,
      lang: c.lang,
      publishedAt: c.publishedAt,
      capturedAt: c.capturedAt,
      tags: [...c.tags],
      score: Math.round(r.score * 1000) / 1000,
      snippet: r.quote && r.quote.end <= body.length ? quoteSnippet(body, r.quote.start, r.quote.end) : makeSnippet(body, m, this.sync.fold, undefined, r.bodyHit !== false),
      missing: r.missing ?? [],
    };
  }

  async search(req: SearchRequest): Promise<SearchPage> {
    const t0 = performance.now();
    const offset = req.offset ?? 0;
    const out = await this.rank(req.query, req.filters, req.mode, undefined, req.asYouType, offset + (req.limit ?? DEFAULT_LIMIT), req.partial !== false);
    const page = out.ranked.slice(offset, offset + (req.limit ?? DEFAULT_LIMIT));
    const results = await Promise.all(page.map((r) => this.hit(r, out.matcher)));
    return { query: req.query, total: out.total, offset, ms: performance.now() - t0, results, notices: out.notices };
  }
}
