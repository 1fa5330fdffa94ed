// A zip checked before anything unpacks it (zip bombs): entry count, declared sizes and packing
// ratio from the central directory, then every entry inflated once and counted, so a header that
// lies about its size is caught as soon as the stream passes it. Word files (checkDocxZip, before
// mammoth) and bundles (issue 15, which also take each entry's bytes from the same pass) use it.
// Reads the bytes it is given; holds at most one inflated chunk at a time unless a visitor keeps them.
// yauzl, not JSZip (which mammoth uses): its entries' sizes are public API and it refuses a stream
// that outgrows its declared size.
import yauzl from 'yauzl';

// A 500-page report's document.xml is ~10 MB; photos add their own (already compressed) size.
export const MAX_DOCX_UNPACKED_MB = 50;
// Word files have tens of parts, a few hundred with many images.
const MAX_DOCX_ENTRIES = 2_000;
// Word's XML packs 5–20:1; deflate tops out near 1032:1. Checked only past RATIO_FROM_BYTES so a
// tiny, very regular part (an empty settings file) is not refused.
const MAX_PACKING_RATIO = 100;
const RATIO_FROM_BYTES = 1_048_576;

export type ZipLimits = { maxUnpacked: number; maxEntries: number; maxRatio: number; ratioFrom: number };

/** Looks at each entry from the central directory (before inflating) and takes its bytes. */
export type ZipVisitor = {
  /** A reason to refuse the whole zip because of this entry (its name, its declared size), or null. */
  check(name: string, size: number): string | null;
  /** The entry's inflated bytes (entries for which check said null, directories skipped). */
  take(name: string, data: Buffer): void;
};

export type ZipScanProblem =
  | { kind: 'bad-zip' }
  | { kind: 'unsafe-name'; name: string }
  | { kind: 'refused'; reason: string }
  | { kind: 'too-big' }
  | { kind: 'too-many' }
  | { kind: 'bomb' };

const OPEN_OPTIONS = { lazyEntries: true, validateEntrySizes: true, strictFileNames: false, decodeStrings: true };

/** Null when the zip is within `limits` (and every entry was handed to `visitor`); otherwise why not. */
export async function scanZip(bytes: Uint8Array, limits: ZipLimits, visitor?: ZipVisitor): Promise<ZipScanProblem | null> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), OPEN_OPTIONS);
  } catch {
    return { kind: 'bad-zip' };
  }
  if (zip.entryCount > limits.maxEntries) return { kind: 'too-many' };
  const entries: yauzl.Entry[] = [];
  let total = 0;
  try {
    for await (const e of zip.eachEntry()) {
      total += e.uncompressedSize;
      if (total > limits.maxUnpacked) return { kind: 'too-big' };
      if (e.uncompressedSize > limits.ratioFrom && e.uncompressedSize > e.compressedSize * limits.maxRatio) return { kind: 'bomb' };
      const refused = visitor?.check(e.fileName, e.uncompressedSize) ?? null;
      if (refused) return { kind: 'refused', reason: refused };
      entries.push(e);
    }
    for (const e of entries) {
      if (e.fileName.endsWith('/')) continue;
      // validateEntrySizes: the stream errors the moment it inflates past the declared size.
      const chunks: Buffer[] = [];
      for await (const chunk of await zip.openReadStreamPromise(e)) if (visitor) chunks.push(chunk as Buffer);
      visitor?.take(e.fileName, Buffer.concat(chunks));
    }
  } catch (e) {
    const message = (e as Error).message;
    const unsafe = /invalid relative path|absolute path|invalid characters in fileName/i.exec(message);
    if (unsafe) return { kind: 'unsafe-name', name: message.replace(/^[^:]*:\s*/, '') };
    return /too many bytes/i.test(message) ? { kind: 'bomb' } : { kind: 'bad-zip' };
  } finally {
    zip.close();
  }
  return null;
}

export type ZipProblem = { code: 'docx-too-big'; detail: string } | { code: 'docx-bomb' } | { code: 'bad-docx' };

const DOCX_LIMITS: ZipLimits = {
  maxUnpacked: MAX_DOCX_UNPACKED_MB * 1_048_576,
  maxEntries: MAX_DOCX_ENTRIES,
  maxRatio: MAX_PACKING_RATIO,
  ratioFrom: RATIO_FROM_BYTES,
};

/** Null when the Word file's zip is safe to unpack; otherwise why not. */
export async function checkDocxZip(bytes: Uint8Array): Promise<ZipProblem | null> {
  const problem = await scanZip(bytes, DOCX_LIMITS);
  if (!problem) return null;
  if (problem.kind === 'too-big') return { code: 'docx-too-big', detail: String(MAX_DOCX_UNPACKED_MB) };
  if (problem.kind === 'bomb' || problem.kind === 'too-many') return { code: 'docx-bomb' };
  return { code: 'bad-docx' };
}
