// The duplicate-key cache beside the library (dedup-keys.bin): one fixed-size record per clip
// text, keyed by the clip's body SHA-256 and title hash, appended as clips arrive, so keys are
// never recomputed on every import. A cache only: losing or truncating it costs a recompute,
// never a clip. Torn tails (a crash mid-append) are ignored.
import { appendFile, open, readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { DEDUP_KEY_SCHEME, MINHASH_PERMUTATIONS } from '../../../common/text/minhash.js';
import { EXACT_HASH_BYTES, type DedupKeys } from './dedup-keys.js';
import { PRIVATE_FILE } from '../store/atomic-write.js';

export const SIGNATURE_FILE = 'dedup-keys.bin';
const ID_BYTES = 32;
export const RECORD_BYTES = ID_BYTES + EXACT_HASH_BYTES + MINHASH_PERMUTATIONS * 4;

/** The cache id of a clip's text: its body hash mixed with its title (the keys cover both) and the key scheme. */
export const textId = (bodySha256: string, title: string): string =>
  createHash('sha256')
    .update(`${bodySha256}\n${title}\nscheme ${DEDUP_KEY_SCHEME}`, 'utf8')
    .digest('hex');

export async function readSignatures(path: string): Promise<Map<string, DedupKeys>> {
  const out = new Map<string, DedupKeys>();
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch {
    return out;
  }
  const n = Math.floor(buf.length / RECORD_BYTES);
  for (let i = 0; i < n; i++) {
    const at = i * RECORD_BYTES;
    const id = buf.toString('hex', at, at + ID_BYTES);
    const exact = buf.toString('hex', at + ID_BYTES, at + ID_BYTES + EXACT_HASH_BYTES);
    const sig = new Uint32Array(MINHASH_PERMUTATIONS);
    const base = at + ID_BYTES + EXACT_HASH_BYTES;
    for (let k = 0; k < MINHASH_PERMUTATIONS; k++) sig[k] = buf.readUInt32LE(base + k * 4);
    out.set(id, { exact, sig });
  }
  return out;
}

export function encodeRecord(id: string, keys: DedupKeys): Buffer {
  const buf = Buffer.alloc(RECORD_BYTES);
  buf.write(id, 0, ID_BYTES, 'hex');
  buf.write(keys.exact, ID_BYTES, EXACT_HASH_BYTES, 'hex');
  const base = ID_BYTES + EXACT_HASH_BYTES;
  for (let k = 0; k < MINHASH_PERMUTATIONS; k++) buf.writeUInt32LE(keys.sig[k]!, base + k * 4);
  return buf;
}

/** Appends records and syncs them; a partial tail from an earlier crash is cut first. */
export async function appendSignatures(path: string, records: Buffer[]): Promise<void> {
  if (records.length === 0) return;
  const handle = await open(path, 'a+', PRIVATE_FILE);
  try {
    const { size } = await handle.stat();
    if (size % RECORD_BYTES !== 0) await handle.truncate(size - (size % RECORD_BYTES));
  } finally {
    await handle.close();
  }
  await appendFile(path, Buffer.concat(records), { mode: PRIVATE_FILE });
}
