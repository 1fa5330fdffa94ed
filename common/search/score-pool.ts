// Reusable score arrays for queries: one Float32Array per doc number, taken zeroed and given back
// when the query is done, so a query allocates no array the size of the library (at 100k clips
// each is 400 kB, and a handful per query kept the garbage collector busy). Pure: no DOM, no
// Node. An array given back must not be read or written again by the one who gave it.

// Free arrays kept between queries (a query with several words and ORs needs a few at once).
const MAX_FREE = 8;

export class ScorePool {
  private free: Float32Array[] = [];

  /** A zeroed array of exactly `n` scores. */
  take(n: number): Float32Array {
    while (this.free.length > 0) {
      const a = this.free.pop()!;
      // Arrays of another length (the index grew or was compacted) are dropped.
      if (a.length === n) return a.fill(0);
    }
    return new Float32Array(n);
  }

  give(a: Float32Array): void {
    if (this.free.length < MAX_FREE && !this.free.includes(a)) this.free.push(a);
  }
}
