// The full-text index over clips: folded, stemmed keys from body, title, tags and source, as one
// posting list per term in typed arrays, scored with BM25+ per field. Pure: no DOM, no Node; it
// never reads a body itself. Replaces MiniSearch, whose per-posting Maps and per-result objects
// cost 430 MB and 0.4 s a query at 10k clips (see bench/search.ts and the commit that added this).
import { letterMask, skeleton, type Dictionary } from './term-expand.js';
import { cachedStem, isSeparator } from './analyzer.js';
import { appendPositions, markPhrase } from './positions.js';
import { RunCache } from './run-cache.js';
import { appendPosting, emptyPostings, packTf, remapPostings, type Postings } from './postings.js';
import { bm25Idf, scorePostings } from './bm25.js';
import { checkDocNumbers, flattenLists, listView, type IndexData, type IndexParts } from './index-data.js';

export { FIELD_BOOST } from './bm25.js';
export type { IndexData, IndexParts } from './index-data.js';

/** `flags`: bits the caller derives from the text (DOC_FLAGS), kept per doc for filters. */
export type IndexDoc = { id: string; title: string; body: string; source: string; tags: string; flags?: number };

/** Fields in packing order (their boosts: bm25.ts FIELD_BOOST). */
export const FIELDS = ['body', 'title', 'tags', 'source'] as const;
/** Field masks for scoreInto: bit f stands for FIELDS[f]. */
export const ALL_FIELDS = 0b1111;
export const TITLE_FIELD = 0b0010;
// Compact the postings once this share of doc numbers belongs to discarded clips.
const MAX_DEAD_SHARE = 0.25;

const growScratch = (a: Uint32Array): Uint32Array<ArrayBuffer> => {
  const b = new Uint32Array(a.length * 2);
  b.set(a);
  return b;
};
const growInt = (a: Int32Array): Int32Array<ArrayBuffer> => {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
};
// Entry between the title's keys and the body's in a doc's key sequence: positions count it, so
// no phrase spans it.
const BREAK = -1;
// Runs of raw text between separators and their term ids, kept across adds; cleared when full.
const CHUNK_CACHE_MAX = 400_000;
// Folded words whose term snippets looked up (a library's common vocabulary fits many times over).
const WORD_TERMS_MAX = 200_000;
// An add pauses after this much text (about 15 ms of analysis on a loaded 2-core machine; a
// 712k-character text took ~300 ms in one piece).
const SLICE_CHARS = 32_768;

export class CompactIndex {
  readonly terms: string[] = [];
  private ids: (string | null)[] = [];
  private byId = new Map<string, number>();
  private lens = new Uint16Array(4 * 1024);
  private flags = new Uint8Array(1024);
  private totals = [0, 0, 0, 0];
  private termIds = new Map<string, number>();
  private lists: Postings[] = [];
  private byLength: number[][] = [];
  private sortedIds: Int32Array | null = null;
  private masks = new Int32Array(1024);
  // Filled lazily up to `skeletonsUpTo` when a query first needs them, not while building or reopening.
  private skeletonMasks = new Int32Array(1024);
  private skeletonsUpTo = 0;
  private dead = 0;
  // While a doc is added: per term, the add that last counted it and its slot; per slot, the term.
  private adds = 0;
  private stamp = new Int32Array(1024);
  private slotOf = new Int32Array(1024);
  private slotTerms = new Int32Array(1024);
  private slots = 0;
  // Per slot, the doc's counts in each of the four fields.
  private counts = new Uint32Array(4 * 1024);
  private seqBuf = new Int32Array(4096);
  private seqLen = 0;
  private posStart = new Int32Array(1024);
  private posFill = new Int32Array(1024);
  private posAll = new Int32Array(4096);
  private chunkCache = new RunCache<number | Int32Array>(CHUNK_CACHE_MAX);
  private fieldKeys = 0;
  private wordTerms = new Map<string, number>();
  // An add is under way (maybe paused between slices): no other add, no compaction.
  private busy = false;

  constructor(private readonly analyze: (text: string) => string[]) {}

  /** Live clips. */
  get size(): number {
    return this.byId.size;
  }
  /** Doc numbers in use, live or not: the length of a score array. */
  get docCount(): number {
    return this.ids.length;
  }
  has = (id: string): boolean => this.byId.has(id);
  idOf = (doc: number): string | null => this.ids[doc] ?? null;
  docOf = (id: string): number | undefined => this.byId.get(id);
  termOf = (key: string): number | undefined => this.termIds.get(key);
  /**
   * The term of one folded word (its stem's), or -1 when no clip holds it: one cached lookup for
   * what snippets ask of every word they show. Only found terms are cached (a term's id never
   * changes; a word missing now may be added later).
   */
  termOfWord = (word: string): number => {
    let t = this.wordTerms.get(word);
    if (t === undefined) {
      t = this.termIds.get(cachedStem(word));
      if (t === undefined) return -1;
      if (this.wordTerms.size >= WORD_TERMS_MAX) this.wordTerms.clear();
      this.wordTerms.set(word, t);
    }
    return t;
  };
  df = (term: number): number => this.lists[term]!.n;
  /** BM25's inverse document frequency of a term (of a word no clip holds when `term` is undefined). */
  idf(term: number | undefined): number {
    return bm25Idf(this.size || 1, term === undefined ? 0 : this.lists[term]!.n);
  }

  /** The term dictionary for fuzzy and prefix expansion (the sorted view is rebuilt after new terms). */
  dictionary(): Dictionary {
    for (let t = this.skeletonsUpTo; t < this.terms.length; t++) this.skeletonMasks[t] = letterMask(skeleton(this.terms[t]!));
    this.skeletonsUpTo = this.terms.length;
    return {
      terms: this.terms,
      df: this.df,
      byLength: this.byLength,
      masks: this.masks,
      skeletonMasks: this.skeletonMasks,
      sorted: () => {
        if (this.sortedIds?.length !== this.terms.length) {
          const ids = Array.from(this.terms.keys()).sort((a, b) => (this.terms[a]! < this.terms[b]! ? -1 : 1));
          this.sortedIds = Int32Array.from(ids);
        }
        return this.sortedIds;
      },
    };
  }

  private newTerm(k: string, list: Postings): number {
    const t = this.terms.length;
    this.terms.push(k);
    this.termIds.set(k, t);
    this.lists.push(list);
    (this.byLength[k.length] ??= []).push(t);
    if (t >= this.masks.length) {
      this.masks = growInt(this.masks);
      this.skeletonMasks = growInt(this.skeletonMasks);
      this.stamp = growInt(this.stamp);
      this.slotOf = growInt(this.slotOf);
    }
    this.masks[t] = letterMask(k);
    return t;
  }

  /** Term ids of the separator-free run text[i, j), cached: a library repeats its runs. */
  private chunkTerms(text: string, i: number, j: number, h: number): number | Int32Array {
    let v = this.chunkCache.get(text, i, j, h);
    if (v === undefined) {
      const chunk = text.slice(i, j);
      const ids = this.analyze(chunk).map((k) => this.termIds.get(k) ?? this.newTerm(k, emptyPostings()));
      v = ids.length === 1 ? ids[0]! : Int32Array.from(ids);
      this.chunkCache.set(chunk, h, v);
    }
    return v;
  }

  /**
   * Term ids of the run text[i, j) (`h` its hash as RunCache's), through the build's run cache,
   * or null when one of its keys is no term. Never adds a term: snippets ask it of result bodies.
   */
  runTerms(text: string, i: number, j: number, h: number): number | Int32Array | null {
    let v = this.chunkCache.get(text, i, j, h);
    if (v === undefined) {
      const chunk = text.slice(i, j);
      const keys = this.analyze(chunk);
      const ids = new Int32Array(keys.length);
      for (let k = 0; k < keys.length; k++) {
        const t = this.termIds.get(keys[k]!);
        if (t === undefined) return null;
        ids[k] = t;
      }
      v = ids.length === 1 ? ids[0]! : ids;
      this.chunkCache.set(chunk, h, v);
    }
    return v;
  }

  /** Counts one occurrence of `t` in field `f` of the doc being added. */
  private count(t: number, f: number): void {
    let slot: number;
    if (this.stamp[t] !== this.adds) {
      this.stamp[t] = this.adds;
      slot = this.slots++;
      this.slotOf[t] = slot;
      if (slot >= this.slotTerms.length) this.slotTerms = growInt(this.slotTerms);
      this.slotTerms[slot] = t;
      if (4 * slot + 4 > this.counts.length) this.counts = growScratch(this.counts);
      const o = 4 * slot;
      this.counts[o] = this.counts[o + 1] = this.counts[o + 2] = this.counts[o + 3] = 0;
    } else slot = this.slotOf[t]!;
    this.counts[4 * slot + f]!++;
  }

  private pushSeq(t: number): void {
    if (this.seqLen === this.seqBuf.length) this.seqBuf = growInt(this.seqBuf);
    this.seqBuf[this.seqLen++] = t;
  }

  /**
   * Counts the keys of the runs of one field that start in [from, stop) (and appends them to the
   * sequence when `seq`); returns where the last run ended (a separator or the end).
   */
  private field(text: string, f: number, seq: boolean, from: number, stop: number): number {
    let keys = 0;
    const n = text.length;
    let i = from;
    while (i < stop) {
      while (i < n && isSeparator(text.charCodeAt(i))) i++;
      if (i >= n) break;
      // The run's end and its hash in one pass (FNV-1a, as RunCache.hash).
      let h = Math.imul(0x811c9dc5 ^ text.charCodeAt(i), 0x01000193);
      let j = i + 1;
      for (let c = 0; j < n && !isSeparator((c = text.charCodeAt(j))); j++) h = Math.imul(h ^ c, 0x01000193);
      const v = this.chunkTerms(text, i, j, h);
      if (typeof v === 'number') {
        this.count(v, f);
        if (seq) this.pushSeq(v);
        keys++;
      } else {
        for (let k = 0; k < v.length; k++) {
          this.count(v[k]!, f);
          if (seq) this.pushSeq(v[k]!);
        }
        keys += v.length;
      }
      i = j;
    }
    this.fieldKeys += keys;
    return Math.min(i, n);
  }

  add(doc: IndexDoc): void {
    for (const _ of this.adding(doc));
  }

  /**
   * Adds a doc, awaiting `pause` after every SLICE_CHARS of its text: a long text does not hold
   * the thread (queries between slices see the index without it). One add at a time.
   */
  async addInSlices(doc: IndexDoc, pause: () => Promise<void>): Promise<void> {
    for (const _ of this.adding(doc)) await pause();
  }

  private *adding(doc: IndexDoc): Generator<void, void> {
    if (this.busy) throw new Error('one add at a time');
    if (this.byId.has(doc.id)) this.discard(doc.id);
    this.busy = true;
    try {
      yield* this.counting(doc);
    } finally {
      this.busy = false;
    }
  }

  private *counting(doc: IndexDoc): Generator<void, void> {
    const num = this.ids.length;
    if (4 * (num + 1) > this.lens.length) {
      const grown = new Uint16Array(this.lens.length * 2);
      grown.set(this.lens);
      this.lens = grown;
    }
    if (num >= this.flags.length) {
      const grown = new Uint8Array(this.flags.length * 2);
      grown.set(this.flags);
      this.flags = grown;
    }
    this.flags[num] = doc.flags ?? 0;
    this.adds++;
    this.slots = 0;
    this.seqLen = 0;
    // Title first, a break, then the body: the order positions number the keys in.
    const texts = [doc.body, doc.title, doc.tags, doc.source];
    for (const f of [1, 0, 2, 3]) {
      if (f === 0) this.pushSeq(BREAK);
      const text = texts[f]!;
      this.fieldKeys = 0;
      for (let at = 0; at < text.length; ) {
        at = this.field(text, f, f <= 1, at, at + SLICE_CHARS);
        if (at < text.length) yield;
      }
      const n = this.fieldKeys;
      this.lens[4 * num + f] = Math.min(n, 65_535);
      this.totals[f]! += n;
    }
    // Each term's positions in the title-break-body sequence, grouped by slot (a counting sort).
    if (this.posStart.length < this.slots + 1) {
      this.posStart = new Int32Array(2 * this.slots + 2);
      this.posFill = new Int32Array(2 * this.slots + 2);
    }
    if (this.posAll.length < this.seqLen) this.posAll = new Int32Array(2 * this.seqLen);
    const counts = this.counts;
    let at = 0;
    for (let slot = 0; slot < this.slots; slot++) {
      this.posStart[slot] = this.posFill[slot] = at;
      at += counts[4 * slot]! + counts[4 * slot + 1]!;
    }
    for (let i = 0; i < this.seqLen; i++) {
      const t = this.seqBuf[i]!;
      if (t !== BREAK) this.posAll[this.posFill[this.slotOf[t]!]!++] = i;
    }
    for (let slot = 0; slot < this.slots; slot++) {
      const o = 4 * slot;
      const list = this.lists[this.slotTerms[slot]!]!;
      appendPosting(list, num, packTf(counts[o]!, counts[o + 1]!, counts[o + 2]!, counts[o + 3]!));
      appendPositions(list, this.posAll, this.posStart[slot]!, counts[o]! + counts[o + 1]!);
    }
    this.ids.push(doc.id);
    this.byId.set(doc.id, num);
  }

  discard(id: string): void {
    const num = this.byId.get(id);
    if (num === undefined) return;
    this.byId.delete(id);
    this.ids[num] = null;
    for (let f = 0; f < 4; f++) this.totals[f]! -= this.lens[4 * num + f]!;
    this.dead++;
    if (this.dead > MAX_DEAD_SHARE * this.ids.length) this.compact();
  }

  /** Drops discarded doc numbers from every list (no body is read again). */
  compact(): void {
    if (this.dead === 0) return;
    if (this.busy) throw new Error('compaction during an add');
    const remap = new Int32Array(this.ids.length).fill(-1);
    const ids: string[] = [];
    // New arrays throughout, never rewritten in place: a save may be writing views of the old.
    const lens = new Uint16Array(this.lens.length);
    const flags = new Uint8Array(this.flags.length);
    for (let d = 0; d < this.ids.length; d++) {
      const id = this.ids[d];
      if (id === null || id === undefined) continue;
      remap[d] = ids.length;
      lens.set(this.lens.subarray(4 * d, 4 * d + 4), 4 * ids.length);
      flags[ids.length] = this.flags[d]!;
      ids.push(id);
    }
    for (const p of this.lists) remapPostings(p, remap);
    this.lens = lens;
    this.flags = flags;
    this.ids = ids;
    this.byId = new Map(ids.map((id, i) => [id, i]));
    this.dead = 0;
  }

  /**
   * Adds `weight` × BM25+ of `term` to every live doc's score in `acc` (length ≥ docCount),
   * counting only the fields in `fields` (bit f = FIELDS[f]; all by default). Docs whose body
   * holds the term are marked 1 in `bodyHits` when given.
   */
  scoreInto(acc: Float32Array, term: number, weight: number, fields = ALL_FIELDS, bodyHits?: Uint8Array): void {
    const n = this.size || 1;
    const avg = this.totals.map((t) => t / n || 1);
    scorePostings(acc, this.lists[term]!, this.ids, this.lens, avg, weight * this.idf(term), fields, bodyHits);
  }

  /** Shrinks every growable list to its contents (after a large build: doubling leaves up to half unused). */
  trim(): void {
    for (const p of this.lists) {
      if (p.docs.length > p.n) {
        p.docs = p.docs.slice(0, p.n);
        p.tfs = p.tfs.slice(0, p.n);
      }
      if (p.pos.length > p.posLen) p.pos = p.pos.slice(0, p.posLen);
    }
    this.chunkCache.clear();
  }

  /** Marks in `out` the docs with a score in `wanted` where `terms` occur in this order (title or body). */
  markPhrase(terms: readonly number[], wanted: Float32Array, out: Uint8Array): void {
    markPhrase(terms.map((t) => this.lists[t]!), wanted, out);
  }

  /** The flag bits the doc was added with (0 for a discarded doc). */
  flagsOf(doc: number): number {
    return this.ids[doc] === null ? 0 : (this.flags[doc] ?? 0);
  }

  /** Docs holding `term` exactly, marked in `out` (used for exclusions). */
  markInto(out: Uint8Array, term: number): void {
    const p = this.lists[term]!;
    for (let i = 0; i < p.n; i++) out[p.docs[i]!] = 1;
  }

  /**
   * The index as the side file lays it out, every list a view of the live arrays (no copy; every
   * term, so ids stay put). Valid until the next add or discard changes them: compaction and
   * growth write new arrays, never over these.
   */
  parts(): IndexParts {
    this.compact();
    const n = this.ids.length;
    const lists = this.lists.map((p) => ({ docs: p.docs.subarray(0, p.n), tfs: p.tfs.subarray(0, p.n), pos: p.pos.subarray(0, p.posLen) }));
    return { ids: this.ids.slice() as string[], terms: this.terms.slice(), lens: this.lens.subarray(0, 4 * n), flags: this.flags.subarray(0, n), lists };
  }

  /** A compacted copy of the index in flat arrays (every term, so ids stay put). */
  data(): IndexData {
    this.compact();
    const { offsets, docs, tfs, posOffsets, pos } = flattenLists(this.lists);
    return { ids: this.ids as string[], terms: [...this.terms], lens: this.lens.slice(0, 4 * this.ids.length), offsets, docs, tfs, posOffsets, pos, flags: this.flags.slice(0, this.ids.length) };
  }

  /** An index over `data` whose lists are views into its arrays until they grow. */
  static fromData(analyze: (text: string) => string[], data: IndexData): CompactIndex {
    const ix = new CompactIndex(analyze);
    checkDocNumbers(data);
    ix.ids = [...data.ids];
    ix.byId = new Map(data.ids.map((id, i) => [id, i]));
    ix.lens = new Uint16Array(Math.max(4 * 1024, data.lens.length * 2));
    ix.lens.set(data.lens);
    if (data.flags.length !== data.ids.length) throw new Error('corrupt flags');
    ix.flags = new Uint8Array(Math.max(1024, data.flags.length * 2));
    ix.flags.set(data.flags);
    for (let d = 0; d < data.ids.length; d++) for (let f = 0; f < 4; f++) ix.totals[f]! += data.lens[4 * d + f]!;
    data.terms.forEach((term, t) => ix.newTerm(term, listView(data, t)));
    return ix;
  }
}
