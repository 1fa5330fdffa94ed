// The duplicate-key cache beside the library (dedup-keys.bin): a magic header, then one fixed-size
// record per clip text (keyed by the clip's body SHA-256 and title hash, with a CRC-32 of its own),
// appended as clips arrive, so keys are never recomputed on every import. A cache only: a record
// that fails its check, a torn tail or a file of another layout costs a recompute (and the file is
// rewritten), never a clip and never a wrong duplicate verdict.
import { appendFile, open, readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { DEDUP_KEY_SCHEME, MINHASH_PERMUTATIONS } from '../../../common/text/minhash.js';
import { PRIVATE_FILE, writeFileAtomic } from '../store/atomic-write.js';
import { EXACT_HASH_BYTES, type DedupKeys } from './dedup-keys.js';

export const SIGNATURE_FILE = 'dedup-keys.bin';
// Version 2 added the header and the per-record CRC; version 1 files are read as "rebuild".
const MAGIC = Buffer.from('MRSDDK02', 'latin1');
export const SIGNATURE_HEADER_BYTES = MAGIC.length;
const ID_BYTES = 32;
const KEYS_BYTES = ID_BYTES + EXACT_HASH_BYTES + MINHASH_PERMUTATIONS * 4;
export const RECORD_BYTES = KEYS_BYTES + 4;

/** The records that passed their check; `damaged` counts the rest (and a torn tail); `rewrite`: the file should be replaced. */
export type SignatureRead = { keys: Map<string, DedupKeys>; damaged: number; rewrite: boolean };

/** The cache id of a clip's text: its body hash mixed with its title (the keys cover both) and the key scheme. */
export const textId = (bodySha256: string, title: string): string =>
  createHash('sha256')
    .update(`${bodySha256}\n${title}\nscheme ${DEDUP_KEY_SCHEME}`, 'utf8')
    .digest('hex');

export async function readSignatures(path: string): Promise<SignatureRead> {
  const keys = new Map<string, DedupKeys>();
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch {
    return { keys, damaged: 0, rewrite: false };
  }
  if (buf.length < MAGIC.length || !buf.subarray(0, MAGIC.length).equals(MAGIC)) return { keys, damaged: buf.length > 0 ? 1 : 0, rewrite: true };
  const body = buf.subarray(MAGIC.length);
  const n = Math.floor(body.length / RECORD_BYTES);
  let damaged = body.length % RECORD_BYTES === 0 ? 0 : 1;
  for (let i = 0; i < n; i++) {
    const at = i * RECORD_BYTES;
    if (crc32(body.subarray(at, at + KEYS_BYTES)) !== body.readUInt32LE(at + KEYS_BYTES)) {
      damaged++;
      continue;
    }
    const id = body.toString('hex', at, at + ID_BYTES);
    const exact = body.toString('hex', at + ID_BYTES, at + ID_BYTES + EXACT_HASH_BYTES);
    const sig = new Uint32Array(MINHASH_PERMUTATIONS);
    const base = at + ID_BYTES + EXACT_HASH_BYTES;
    for (let k = 0; k < MINHASH_PERMUTATIONS; k++) sig[k] = body.readUInt32LE(base + k * 4);
    keys.set(id, { exact, sig });
  }
  return { keys, damaged, rewrite: damaged > 0 };
}

export function encodeRecord(id: string, keys: DedupKeys): Buffer {
  const buf = Buffer.alloc(RECORD_BYTES);
  buf.write(id, 0, ID_BYTES, 'hex');
  buf.write(keys.exact, ID_BYTES, EXACT_HASH_BYTES, 'hex');
  const base = ID_BYTES + EXACT_HASH_BYTES;
  for (let k = 0; k < MINHASH_PERMUTATIONS; k++) buf.writeUInt32LE(keys.sig[k]!, base + k * 4);
  buf.writeUInt32LE(crc32(buf.subarray(0, KEYS_BYTES)), KEYS_BYTES);
  return buf;
}

/** Appends records; a new file gets the header, a partial tail from an earlier crash is cut first. */
export async function appendSignatures(path: string, records: Buffer[]): Promise<void> {
  if (records.length === 0) return;
  const handle = await open(path, 'a+', PRIVATE_FILE);
  let size: number;
  try {
    size = (await handle.stat()).size;
    const tail = size < MAGIC.length ? size : (size - MAGIC.length) % RECORD_BYTES;
    if (tail !== 0) await handle.truncate((size -= tail));
  } finally {
    await handle.close();
  }
  await appendFile(path, Buffer.concat(size === 0 ? [MAGIC, ...records] : records), { mode: PRIVATE_FILE });
}

/** Replaces the file with these records (after damage was found). */
export const rewriteSignatures = (path: string, records: Buffer[]): Promise<void> => writeFileAtomic(path, Buffer.concat([MAGIC, ...records]));
