// The floor search must beat in `npm run eval:search`: a naive inverted index over folded words
// (REFERENCE.md §7 folds, no stemming, no typos), query words OR-ed, ranked by BM25 over
// title + body. Evaluation only: the app never uses it.
import { foldKey } from '../../common/text/normalize.js';

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const K1 = 1.2;
const B = 0.75;

export class NaiveIndex {
  private postings = new Map<string, Map<number, number>>();
  private lens: number[] = [];
  private ids: string[] = [];
  private total = 0;

  add(id: string, text: string): void {
    const doc = this.ids.length;
    const ws = foldKey(text).match(WORD) ?? [];
    this.ids.push(id);
    this.lens.push(ws.length);
    this.total += ws.length;
    for (const w of ws) {
      let p = this.postings.get(w);
      if (!p) this.postings.set(w, (p = new Map()));
      p.set(doc, (p.get(doc) ?? 0) + 1);
    }
  }

  /** Ids of the best `limit` docs holding any query word, best first. */
  search(query: string, limit: number): string[] {
    const n = this.ids.length;
    const avg = this.total / (n || 1);
    const scores = new Map<number, number>();
    for (const w of new Set(foldKey(query).match(WORD) ?? [])) {
      const p = this.postings.get(w);
      if (!p) continue;
      const idf = Math.log(1 + (n - p.size + 0.5) / (p.size + 0.5));
      for (const [d, tf] of p) scores.set(d, (scores.get(d) ?? 0) + (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * this.lens[d]!) / avg)));
    }
    return [...scores].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([d]) => this.ids[d]!);
  }
}
