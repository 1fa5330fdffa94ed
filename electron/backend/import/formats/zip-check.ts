// A Word file's zip checked before mammoth unpacks it (zip bombs): entry count, declared sizes and
// packing ratio from the central directory, then every entry inflated once and counted, so a
// header that lies about its size is caught as soon as the stream passes it. Reads the bytes it
// is given; holds at most one inflated chunk at a time. yauzl, not JSZip (which mammoth uses):
// its entries' sizes are public API and it refuses a stream that outgrows its declared size.
import yauzl from 'yauzl';

// A 500-page report's document.xml is ~10 MB; photos add their own (already compressed) size.
export const MAX_DOCX_UNPACKED_MB = 50;
const MAX_DOCX_UNPACKED = MAX_DOCX_UNPACKED_MB * 1_048_576;
// Word files have tens of parts, a few hundred with many images.
const MAX_DOCX_ENTRIES = 2_000;
// Word's XML packs 5–20:1; deflate tops out near 1032:1. Checked only past RATIO_FROM_BYTES so a
// tiny, very regular part (an empty settings file) is not refused.
const MAX_PACKING_RATIO = 100;
const RATIO_FROM_BYTES = 1_048_576;

export type ZipProblem = { code: 'docx-too-big'; detail: string } | { code: 'docx-bomb' } | { code: 'bad-docx' };

const BOMB: ZipProblem = { code: 'docx-bomb' };

/** Null when the zip is safe to unpack; otherwise why not. */
export async function checkDocxZip(bytes: Uint8Array): Promise<ZipProblem | null> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, validateEntrySizes: true, strictFileNames: false, decodeStrings: true });
  } catch {
    return { code: 'bad-docx' };
  }
  if (zip.entryCount > MAX_DOCX_ENTRIES) return BOMB;
  const entries: yauzl.Entry[] = [];
  let total = 0;
  try {
    for await (const e of zip.eachEntry()) {
      total += e.uncompressedSize;
      if (total > MAX_DOCX_UNPACKED) return { code: 'docx-too-big', detail: `${MAX_DOCX_UNPACKED_MB} MB` };
      if (e.uncompressedSize > RATIO_FROM_BYTES && e.uncompressedSize > e.compressedSize * MAX_PACKING_RATIO) return BOMB;
      entries.push(e);
    }
    for (const e of entries) {
      if (e.fileName.endsWith('/')) continue;
      // validateEntrySizes: the stream errors the moment it inflates past the declared size.
      for await (const chunk of await zip.openReadStreamPromise(e)) void chunk;
    }
  } catch (e) {
    return /too many bytes/i.test((e as Error).message) ? BOMB : { code: 'bad-docx' };
  } finally {
    zip.close();
  }
  return null;
}
