// The envelope around search-index.bin and the bounds its decoded arrays must keep. Kept apart
// from the index layout (index-file.ts, which the search code may change) so any layout is
// checked the same way: a CRC-32 over the payload and its length in a 16-byte header, then
// postings and positions that stay inside their arrays. Pure checks on bytes; no disk.
import { crc32 } from 'node:zlib';
import type { IndexData } from '../../../common/search/compact-index.js';

const SEAL = 'MRSDSL01';
// Magic, payload length, CRC-32: 16 bytes keep the payload 4-byte aligned for typed-array views.
const SEAL_BYTES = 16;

/** The payload behind a checked header. */
export function seal(payload: Buffer): Buffer {
  return Buffer.concat([sealHead([payload]), payload]);
}

/** The header to write before a payload given as chunks (none of them copied). */
export function sealHead(chunks: readonly Uint8Array[]): Buffer {
  let crc = 0;
  let length = 0;
  for (const c of chunks) {
    crc = crc32(c, crc);
    length += c.byteLength;
  }
  const head = Buffer.alloc(SEAL_BYTES);
  head.write(SEAL, 0, 'latin1');
  head.writeUInt32LE(length, 8);
  head.writeUInt32LE(crc, 12);
  return head;
}

/** The payload when length and checksum agree; 'old' for a file written before the seal. */
export function unseal(file: Buffer): Buffer | 'old' | 'corrupt' {
  if (file.length >= 8 && file.toString('latin1', 0, 8) === 'MRSDIX01') return 'old';
  if (file.length < SEAL_BYTES || file.toString('latin1', 0, 8) !== SEAL) return 'corrupt';
  const payload = file.subarray(SEAL_BYTES);
  if (file.readUInt32LE(8) !== payload.length || file.readUInt32LE(12) !== crc32(payload)) return 'corrupt';
  return payload;
}

const rising = (a: Uint32Array, last: number): boolean => {
  if (a.length === 0 || a[0] !== 0 || a[a.length - 1] !== last) return false;
  for (let i = 1; i < a.length; i++) if (a[i]! < a[i - 1]!) return false;
  return true;
};

/** Every array the right length, every offset rising and inside its array, every doc a real clip. */
export function checkIndexBounds(d: IndexData): boolean {
  const n = d.ids.length;
  if (new Set(d.ids).size !== n || d.lens.length !== 4 * n || d.flags.length !== n) return false;
  if (d.offsets.length !== d.terms.length + 1 || d.posOffsets.length !== d.offsets.length || d.tfs.length !== d.docs.length) return false;
  if (!rising(d.offsets, d.docs.length) || !rising(d.posOffsets, d.pos.length)) return false;
  for (let i = 0; i < d.docs.length; i++) if (d.docs[i]! < 0 || d.docs[i]! >= n) return false;
  return true;
}
