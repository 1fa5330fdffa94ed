// A cache from runs of text (the separator-free stretches an index build meets millions of
// times) to what they analysed to, looked up by position in the text being read: no substring is
// made and no string is hashed for a hit, which is what a Map would cost on every word. Pure: no
// DOM, no Node. Holds values only for a bounded number of runs; cleared when full.

const EMPTY = 0;

export class RunCache<V> {
  private table: Int32Array;
  private hashes: Int32Array;
  private runs: string[] = [];
  private values: V[] = [];

  constructor(private readonly max: number) {
    this.table = new Int32Array(RunCache.tableSize(max));
    this.hashes = new Int32Array(max);
  }

  private static tableSize(max: number): number {
    let n = 1024;
    while (n < max * 2) n *= 2;
    return n;
  }

  /** FNV-1a of text[start, end). */
  static hash(text: string, start: number, end: number): number {
    let h = 0x811c9dc5 | 0;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return h;
  }

  /** The value stored for text[start, end) whose hash is `h`, or undefined. */
  get(text: string, start: number, end: number, h: number): V | undefined {
    const mask = this.table.length - 1;
    const len = end - start;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const e = this.table[slot]!;
      if (e === EMPTY) return undefined;
      const run = this.runs[e - 1]!;
      if (this.hashes[e - 1] === h && run.length === len && text.startsWith(run, start)) return this.values[e - 1];
    }
  }

  set(run: string, h: number, value: V): void {
    if (this.runs.length >= this.max) this.clear();
    const mask = this.table.length - 1;
    let slot = h & mask;
    while (this.table[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.runs.push(run);
    this.values.push(value);
    this.hashes[this.runs.length - 1] = h;
    this.table[slot] = this.runs.length;
  }

  get size(): number {
    return this.runs.length;
  }

  clear(): void {
    this.table.fill(EMPTY);
    this.runs = [];
    this.values = [];
  }
}
