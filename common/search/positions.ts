// Word positions inside posting lists, so phrase queries are checked in the index instead of
// reading hundreds of bodies from disk. Each term's list carries one byte stream beside its doc
// numbers: per posting, a varint count then that many delta-coded varint positions (position =
// key number in the clip's title, a break, then its body). Pure: no DOM, no Node. Positions are
// key numbers, never character offsets: they cannot place a highlight or rebuild a text.
import type { Postings } from './postings.js';

/** Grows `p.pos` to hold `extra` more bytes. */
function ensure(p: Postings, extra: number): void {
  if (p.posLen + extra <= p.pos.length) return;
  const grown = new Uint8Array(Math.max(16, (p.posLen + extra) * 2));
  grown.set(p.pos.subarray(0, p.posLen));
  p.pos = grown;
}

function writeVarint(p: Postings, v: number): void {
  while (v >= 0x80) {
    p.pos[p.posLen++] = (v & 0x7f) | 0x80;
    v >>>= 7;
  }
  p.pos[p.posLen++] = v;
}

/** Appends one posting's positions (`from`..`from + count` of `all`, ascending). */
export function appendPositions(p: Postings, all: Int32Array, from: number, count: number): void {
  ensure(p, 5 * (count + 1));
  writeVarint(p, count);
  let prev = 0;
  for (let i = from; i < from + count; i++) {
    writeVarint(p, all[i]! - prev);
    prev = all[i]!;
  }
}

/** A reader over one list's stream: `at` is the byte offset of the next posting's segment. */
type Cursor = { at: number };

function readVarint(bytes: Uint8Array, c: Cursor): number {
  let v = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[c.at++]!;
    v |= (b & 0x7f) << shift;
    if (!(b & 0x80)) return v >>> 0;
    shift += 7;
  }
}

/** Skips one posting's segment. */
function skip(bytes: Uint8Array, c: Cursor): void {
  let count = readVarint(bytes, c);
  while (count > 0) if (!(bytes[c.at++]! & 0x80)) count--;
}

/** Reads one posting's positions into `out` (grown as needed); returns [array, count]. */
function read(bytes: Uint8Array, c: Cursor, out: Int32Array): [Int32Array, number] {
  const count = readVarint(bytes, c);
  if (out.length < count) out = new Int32Array(count * 2);
  let prev = 0;
  for (let i = 0; i < count; i++) out[i] = prev += readVarint(bytes, c);
  return [out, count];
}

/**
 * Drops the segments of postings `remap` drops (-1), in step with remapPostings, into a new
 * array: the old one may still be read (a side file being written from views of it).
 */
export function remapPositions(p: Postings, docsBefore: Int32Array, n: number, remap: Int32Array): void {
  const c = { at: 0 };
  const out = new Uint8Array(p.posLen);
  let w = 0;
  for (let r = 0; r < n; r++) {
    const start = c.at;
    skip(p.pos, c);
    if (remap[docsBefore[r]!]! < 0) continue;
    out.set(p.pos.subarray(start, c.at), w);
    w += c.at - start;
  }
  p.pos = out;
  p.posLen = w;
}

const has = (a: Int32Array, n: number, v: number): boolean => {
  for (let i = 0; i < n; i++) if (a[i] === v) return true;
  return false;
};

/**
 * Marks in `out` the docs among `wanted` (score > 0) where the terms of `lists` occur one after
 * another. One merge walk over the lists: positions are decoded only for docs holding them all.
 */
export function markPhrase(lists: readonly Postings[], wanted: Float32Array, out: Uint8Array): void {
  const k = lists.length;
  if (k === 0) return;
  const cursors = lists.map(() => ({ at: 0 }));
  const idx = new Int32Array(k);
  let bufs: Int32Array[] = lists.map(() => new Int32Array(16));
  const counts = new Int32Array(k);
  const first = lists[0]!;
  for (let i = 0; i < first.n; i++) {
    const d = first.docs[i]!;
    if (!(wanted[d]! > 0)) {
      skip(first.pos, cursors[0]!);
      continue;
    }
    let all = true;
    for (let j = 1; j < k; j++) {
      const l = lists[j]!;
      while (idx[j]! < l.n && l.docs[idx[j]!]! < d) {
        skip(l.pos, cursors[j]!);
        idx[j]!++;
      }
      if (idx[j]! >= l.n || l.docs[idx[j]!]! !== d) all = false;
    }
    if (!all) {
      skip(first.pos, cursors[0]!);
      continue;
    }
    bufs = bufs.map((b, j) => {
      const l = lists[j]!;
      const [a, n] = read(l.pos, cursors[j]!, b);
      counts[j] = n;
      if (j > 0) idx[j]!++;
      return a;
    });
    const p0 = bufs[0]!;
    for (let a = 0; a < counts[0]!; a++) {
      let j = 1;
      while (j < k && has(bufs[j]!, counts[j]!, p0[a]! + j)) j++;
      if (j === k) {
        out[d] = 1;
        break;
      }
    }
  }
}
