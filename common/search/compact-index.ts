// The full-text index over clips: folded, stemmed keys from body, title, tags and source, as one
// posting list per term in typed arrays, scored with BM25+ per field. Pure: no DOM, no Node; it
// never reads a body itself. Replaces MiniSearch, whose per-posting Maps and per-result objects
// cost 430 MB and 0.4 s a query at 10k clips (see bench/search.ts and the commit that added this).
import { letterMask, type Dictionary } from './term-expand.js';
import { appendPosting, emptyPostings, FIELD_BITS, packTf, remapPostings, type Postings } from './postings.js';

export type IndexDoc = { id: string; title: string; body: string; source: string; tags: string };

/** Fields in packing order; title words say what a piece is about, the body repeats everything. */
export const FIELDS = ['body', 'title', 'tags', 'source'] as const;
export const FIELD_BOOST = [1, 3, 2, 1.5] as const;
// BM25+ constants as MiniSearch uses them (k1 saturation, b length normalisation, d floor).
const K1 = 1.2;
const B = 0.7;
const D = 0.5;
// Compact the postings once this share of doc numbers belongs to discarded clips.
const MAX_DEAD_SHARE = 0.25;

// Per-field counts of one doc's distinct keys while it is added (4 per key), reused across adds.
let scratch: Uint32Array = new Uint32Array(4 * 1024);
const growScratch = (a: Uint32Array): Uint32Array => {
  const b = new Uint32Array(a.length * 2);
  b.set(a);
  return b;
};

export type IndexData = { ids: string[]; terms: string[]; lens: Uint16Array; offsets: Uint32Array; docs: Int32Array; tfs: Uint16Array };

export class CompactIndex {
  readonly terms: string[] = [];
  private ids: (string | null)[] = [];
  private byId = new Map<string, number>();
  private lens = new Uint16Array(4 * 1024);
  private totals = [0, 0, 0, 0];
  private termIds = new Map<string, number>();
  private lists: Postings[] = [];
  private byLength: number[][] = [];
  private sortedIds: Int32Array | null = null;
  private masks = new Int32Array(1024);
  private dead = 0;

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
  df = (term: number): number => this.lists[term]!.n;

  /** The term dictionary for fuzzy and prefix expansion (the sorted view is rebuilt after new terms). */
  dictionary(): Dictionary {
    return {
      terms: this.terms,
      df: this.df,
      byLength: this.byLength,
      masks: this.masks,
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
      const grown = new Int32Array(this.masks.length * 2);
      grown.set(this.masks);
      this.masks = grown;
    }
    this.masks[t] = letterMask(k);
    return t;
  }

  add(doc: IndexDoc): void {
    if (this.byId.has(doc.id)) this.discard(doc.id);
    const num = this.ids.length;
    if (4 * (num + 1) > this.lens.length) {
      const grown = new Uint16Array(this.lens.length * 2);
      grown.set(this.lens);
      this.lens = grown;
    }
    // Distinct keys of this doc get slots; slot counts per field sit in one reused array.
    const slots = new Map<string, number>();
    const texts = [doc.body, doc.title, doc.tags, doc.source];
    for (let f = 0; f < 4; f++) {
      const ks = this.analyze(texts[f]!);
      this.lens[4 * num + f] = Math.min(ks.length, 65_535);
      this.totals[f]! += ks.length;
      for (const k of ks) {
        let slot = slots.get(k);
        if (slot === undefined) {
          slot = slots.size;
          slots.set(k, slot);
          if (4 * slot + 4 > scratch.length) scratch = growScratch(scratch);
          scratch.fill(0, 4 * slot, 4 * slot + 4);
        }
        scratch[4 * slot + f]!++;
      }
    }
    for (const [k, slot] of slots) {
      const t = this.termIds.get(k) ?? this.newTerm(k, emptyPostings());
      const o = 4 * slot;
      appendPosting(this.lists[t]!, num, packTf(scratch[o]!, scratch[o + 1]!, scratch[o + 2]!, scratch[o + 3]!));
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
    const remap = new Int32Array(this.ids.length).fill(-1);
    const ids: string[] = [];
    for (let d = 0; d < this.ids.length; d++) {
      const id = this.ids[d];
      if (id === null || id === undefined) continue;
      remap[d] = ids.length;
      this.lens.copyWithin(4 * ids.length, 4 * d, 4 * d + 4);
      ids.push(id);
    }
    for (const p of this.lists) remapPostings(p, remap);
    this.ids = ids;
    this.byId = new Map(ids.map((id, i) => [id, i]));
    this.dead = 0;
  }

  /** Adds `weight` × BM25+ of `term` to every live doc's score in `acc` (length ≥ docCount). */
  scoreInto(acc: Float32Array, term: number, weight: number): void {
    const p = this.lists[term]!;
    const n = this.size || 1;
    const idf = Math.log(1 + (n - p.n + 0.5) / (p.n + 0.5));
    const avg = this.totals.map((t) => t / n || 1);
    const { docs, tfs, ids, lens } = { docs: p.docs, tfs: p.tfs, ids: this.ids, lens: this.lens };
    for (let i = 0; i < p.n; i++) {
      const d = docs[i]!;
      if (ids[d] === null) continue;
      const packed = tfs[i]!;
      let s = 0;
      for (let f = 0; f < 4; f++) {
        const tf = (packed >> FIELD_BITS[f]!.shift) & FIELD_BITS[f]!.max;
        if (tf === 0) continue;
        const norm = K1 * (1 - B + (B * lens[4 * d + f]!) / avg[f]!);
        s += FIELD_BOOST[f]! * (D + (tf * (K1 + 1)) / (tf + norm));
      }
      acc[d]! += weight * idf * s;
    }
  }

  /** Docs holding `term` exactly, marked in `out` (used for exclusions). */
  markInto(out: Uint8Array, term: number): void {
    const p = this.lists[term]!;
    for (let i = 0; i < p.n; i++) out[p.docs[i]!] = 1;
  }

  /** A compacted copy of the index in flat arrays, for the side file. */
  data(): IndexData {
    this.compact();
    const live = this.lists.map((p, t) => t).filter((t) => this.lists[t]!.n > 0);
    const offsets = new Uint32Array(live.length + 1);
    let total = 0;
    live.forEach((t, i) => {
      offsets[i] = total;
      total += this.lists[t]!.n;
    });
    offsets[live.length] = total;
    const docs = new Int32Array(total);
    const tfs = new Uint16Array(total);
    live.forEach((t, i) => {
      const p = this.lists[t]!;
      docs.set(p.docs.subarray(0, p.n), offsets[i]!);
      tfs.set(p.tfs.subarray(0, p.n), offsets[i]!);
    });
    return { ids: this.ids as string[], terms: live.map((t) => this.terms[t]!), lens: this.lens.slice(0, 4 * this.ids.length), offsets, docs, tfs };
  }

  /** An index over `data` whose lists are views into its arrays until they grow. */
  static fromData(analyze: (text: string) => string[], data: IndexData): CompactIndex {
    const ix = new CompactIndex(analyze);
    for (const d of data.docs) if (d < 0 || d >= data.ids.length) throw new Error('corrupt postings');
    ix.ids = [...data.ids];
    ix.byId = new Map(data.ids.map((id, i) => [id, i]));
    ix.lens = new Uint16Array(Math.max(4 * 1024, data.lens.length * 2));
    ix.lens.set(data.lens);
    for (let d = 0; d < data.ids.length; d++) for (let f = 0; f < 4; f++) ix.totals[f]! += data.lens[4 * d + f]!;
    data.terms.forEach((term, t) => {
      const a = data.offsets[t]!;
      const b = data.offsets[t + 1]!;
      if (b < a || b > data.docs.length) throw new Error('corrupt postings');
      ix.newTerm(term, { docs: data.docs.subarray(a, b), tfs: data.tfs.subarray(a, b), n: b - a });
    });
    return ix;
  }
}
