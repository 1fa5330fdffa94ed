// The search index's side file, `search-index.bin` in the library folder: a JSON header (format,
// analyzer signature, clip ids, fingerprints, terms) followed by the postings, their word
// positions (for phrases) and per-clip flags as raw typed arrays, so reopening a library is one
// read and no parsing of numbers. Only a cache: anything unreadable, from another analyzer or
// another layout is ignored (and rebuilt), never trusted. The whole layout sits inside a sealed
// envelope (index-seal.ts: a CRC-32 and length), and the decoded arrays are bounds-checked, so a
// flipped byte means a rebuild, never a wrong answer or a search that does not end.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { IndexData, IndexParts } from '../../../common/search/compact-index.js';
import { writeFileAtomic } from '../store/atomic-write.js';
import { logEvent } from '../log/app-log.js';
import { checkIndexBounds, sealHead, unseal } from './index-seal.js';

export const INDEX_FILE = 'search-index.bin';
// The MiniSearch JSON file earlier versions wrote; removed once the new file is written.
const OLD_INDEX_FILE = 'search-index.json';
const MAGIC = 'MRSDIX01';
// Bump when the layout of this file changes.
const FORMAT = 3;

export type IndexSnapshot = { signature: string; fingerprints: string[]; data: IndexData };
type Header = { format: number; signature: string; ids: string[]; fingerprints: string[]; terms: string[]; sizes: number[] };

export const indexPath = (dataDir: string): string => join(dataDir, INDEX_FILE);

// Sections in order, each padded to 4 bytes so every typed array is aligned.
const pad4 = (n: number) => (n + 3) & ~3;

/** The snapshot, or null (with the reason) when there is none worth using. */
export async function readIndexFile(dataDir: string, signature: string): Promise<{ snapshot: IndexSnapshot | null; reason: string }> {
  let file: Buffer;
  try {
    file = await readFile(indexPath(dataDir));
  } catch (e) {
    return { snapshot: null, reason: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable' };
  }
  const got = decodeIndex(file, signature);
  if (got.reason === 'corrupt') logEvent('warn', 'derived-file-damaged', { file: INDEX_FILE, bytes: file.length, action: 'rebuild' });
  return got;
}

function decodeIndex(file: Buffer, signature: string): { snapshot: IndexSnapshot | null; reason: string } {
  const opened = unseal(file);
  if (opened === 'old') return { snapshot: null, reason: 'old format' };
  if (opened === 'corrupt') return { snapshot: null, reason: 'corrupt' };
  const buf = opened;
  try {
    if (buf.length < 12 || buf.toString('latin1', 0, 8) !== MAGIC) return { snapshot: null, reason: 'old format' };
    const headLen = buf.readUInt32LE(8);
    const head = JSON.parse(buf.toString('utf8', 12, 12 + headLen)) as Header;
    if (head.format !== FORMAT) return { snapshot: null, reason: 'old format' };
    if (head.signature !== signature) return { snapshot: null, reason: 'other analyzer' };
    const [lensN, offN, docsN, tfsN, posOffN, posN, flagsN] = head.sizes as [number, number, number, number, number, number, number];
    if (head.ids.length * 4 !== lensN || head.fingerprints.length !== head.ids.length || head.terms.length + 1 !== offN) return { snapshot: null, reason: 'corrupt' };
    if (posOffN !== offN || !(posN >= 0) || flagsN !== head.ids.length) return { snapshot: null, reason: 'corrupt' };
    // Views straight into the read when it is aligned; a copy only when the Buffer is not.
    const aligned = buf.byteOffset % 4 === 0;
    const body = aligned ? buf.buffer : new Uint8Array(buf).buffer;
    const base = aligned ? buf.byteOffset : 0;
    let at = pad4(12 + headLen);
    const take = <T>(make: (b: ArrayBufferLike, o: number, n: number) => T, n: number, bytes: number): T => {
      if (at + n * bytes > buf.length) throw new Error('short file');
      const v = make(body, base + at, n);
      at = pad4(at + n * bytes);
      return v;
    };
    const offsets = take((b, o, n) => new Uint32Array(b, o, n), offN, 4);
    const docs = take((b, o, n) => new Int32Array(b, o, n), docsN, 4);
    const lens = take((b, o, n) => new Uint16Array(b, o, n), lensN, 2);
    const tfs = take((b, o, n) => new Uint16Array(b, o, n), tfsN, 2);
    const posOffsets = take((b, o, n) => new Uint32Array(b, o, n), posOffN, 4);
    const pos = take((b, o, n) => new Uint8Array(b, o, n), posN, 1);
    const flags = take((b, o, n) => new Uint8Array(b, o, n), flagsN, 1);
    const data: IndexData = { ids: head.ids, terms: head.terms, lens, offsets, docs, tfs, posOffsets, pos, flags };
    if (!checkIndexBounds(data)) return { snapshot: null, reason: 'corrupt' };
    return { snapshot: { signature, fingerprints: head.fingerprints, data }, reason: 'ok' };
  } catch {
    return { snapshot: null, reason: 'corrupt' };
  }
}

const bytesOf = (a: Int32Array | Uint32Array | Uint16Array | Uint8Array): Uint8Array => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

// Written in chunks of this size: the payload is ~3 bytes a word of the library (~280 MB at 100k
// clips), and one buffer of it beside the index itself was the library's peak memory.
const CHUNK_BYTES = 4 * 1024 * 1024;

/** The chunks merged into few writes (a list's views are small and there is one per term). */
function* coalesced(chunks: readonly Uint8Array[]): Generator<Uint8Array> {
  let buf = Buffer.allocUnsafe(CHUNK_BYTES);
  let at = 0;
  for (const c of chunks) {
    if (at + c.byteLength > CHUNK_BYTES && at > 0) {
      yield buf.subarray(0, at);
      buf = Buffer.allocUnsafe(CHUNK_BYTES);
      at = 0;
    }
    if (c.byteLength >= CHUNK_BYTES) yield c;
    else {
      buf.set(c, at);
      at += c.byteLength;
    }
  }
  if (at > 0) yield buf.subarray(0, at);
}

/** Writes atomically, straight from the index's views (no copy of the whole); returns the file's size in bytes. */
export async function writeIndexFile(dataDir: string, snap: { signature: string; fingerprints: string[]; parts: IndexParts }): Promise<number> {
  const d = snap.parts;
  const offsets = new Uint32Array(d.lists.length + 1);
  const posOffsets = new Uint32Array(d.lists.length + 1);
  let total = 0;
  let bytes = 0;
  d.lists.forEach((l, t) => {
    offsets[t] = total;
    posOffsets[t] = bytes;
    total += l.docs.length;
    bytes += l.pos.length;
  });
  offsets[d.lists.length] = total;
  posOffsets[d.lists.length] = bytes;
  const head: Header = {
    format: FORMAT,
    signature: snap.signature,
    ids: d.ids,
    fingerprints: snap.fingerprints,
    terms: d.terms,
    sizes: [d.lens.length, offsets.length, total, total, posOffsets.length, bytes, d.flags.length],
  };
  const headBytes = Buffer.from(JSON.stringify(head), 'utf8');
  const pre = Buffer.alloc(12);
  pre.write(MAGIC, 0, 'latin1');
  pre.writeUInt32LE(headBytes.length, 8);
  const parts: Uint8Array[] = [pre, headBytes];
  let size = 12 + headBytes.length;
  const section = (arrays: Uint8Array[]) => {
    const p = pad4(size) - size;
    if (p > 0) parts.push(new Uint8Array(p));
    size += p;
    for (const a of arrays) {
      parts.push(a);
      size += a.byteLength;
    }
  };
  section([bytesOf(offsets)]);
  section(d.lists.map((l) => bytesOf(l.docs)));
  section([bytesOf(d.lens)]);
  section(d.lists.map((l) => bytesOf(l.tfs)));
  section([bytesOf(posOffsets)]);
  section(d.lists.map((l) => l.pos));
  section([d.flags]);
  const sealHeader = sealHead(parts);
  await writeFileAtomic(indexPath(dataDir), coalesced([sealHeader, ...parts]));
  await rm(join(dataDir, OLD_INDEX_FILE), { force: true });
  return sealHeader.length + size;
}
