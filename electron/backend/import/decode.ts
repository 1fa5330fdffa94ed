// Bytes of a text file to a string: BOM, then a declared charset (HTML meta), then UTF-16 by its
// NUL pattern, then strict UTF-8, then the legacy Arabic/Russian code pages scored by how their
// words read. Never guesses silently on binary data: that is a NotTextError the caller reports.
import { scoreDecoding } from './decode-score.js';

export class NotTextError extends Error {}

export type Decoded = { text: string; encoding: string };

// Legacy candidates when bytes are not UTF-8: the Arabic and Russian code pages issue 3 names,
// plus windows-1252 for Western European text. Order breaks score ties (Arabic first).
const LEGACY = ['windows-1256', 'iso-8859-6', 'windows-1251', 'koi8-r', 'windows-1252'] as const;
// Only the start is inspected for NUL/control patterns: 64 KB is many pages of any article.
const SNIFF_BYTES = 65_536;
// A text file has at most this share of C0 control bytes other than tab, LF, FF and CR.
const MAX_CONTROL_SHARE = 0.01;

const LABELS: Record<string, string> = {
  'utf-8': 'utf-8', utf8: 'utf-8', 'utf-16': 'utf-16le', 'utf-16le': 'utf-16le', 'utf-16be': 'utf-16be',
  'windows-1256': 'windows-1256', 'cp1256': 'windows-1256', 'iso-8859-6': 'iso-8859-6', 'iso8859-6': 'iso-8859-6',
  'arabic': 'iso-8859-6', 'windows-1251': 'windows-1251', 'cp1251': 'windows-1251', 'koi8-r': 'koi8-r', koi8r: 'koi8-r',
  'koi8-u': 'koi8-u', 'windows-1252': 'windows-1252', 'iso-8859-1': 'windows-1252', 'us-ascii': 'windows-1252',
};

/** A charset label as TextDecoder knows it, or null if we do not decode it. */
export const knownEncoding = (label: string): string | null => {
  const l = label.trim().toLowerCase();
  if (LABELS[l]) return LABELS[l]!;
  try {
    return new TextDecoder(l).encoding;
  } catch {
    return null;
  }
};

const bomOf = (b: Uint8Array): { encoding: string; skip: number } | null => {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
};

/** UTF-16 without a BOM: NULs (or the 0x04/0x06 high bytes of Cyrillic/Arabic) on one parity only. */
const utf16ByPattern = (b: Uint8Array): string | null => {
  const n = Math.min(b.length, SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let evenHigh = 0;
  let oddHigh = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0 || b[i] === 0x06 || b[i] === 0x04) evenHigh++;
    if (b[i + 1] === 0 || b[i + 1] === 0x06 || b[i + 1] === 0x04) oddHigh++;
  }
  const pairs = n / 2;
  // Most UTF-16 units of ar/ru/en text have a high byte of 0x00, 0x04 or 0x06; legacy text almost never.
  if (oddHigh / pairs > 0.6 && evenHigh / pairs < 0.1) return 'utf-16le';
  if (evenHigh / pairs > 0.6 && oddHigh / pairs < 0.1) return 'utf-16be';
  return null;
};

const controlShare = (text: string): number => {
  const n = Math.min(text.length, SNIFF_BYTES);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) bad++;
  }
  return n === 0 ? 0 : bad / n;
};

const decodeAs = (b: Uint8Array, encoding: string, fatal = false): string => new TextDecoder(encoding, { fatal }).decode(b);

/** Decodes a file's bytes; `declared` is a charset the file itself names (HTML meta). */
export function decodeText(bytes: Uint8Array, declared?: string | null): Decoded {
  const bom = bomOf(bytes);
  if (bom) {
    const text = decodeAs(bytes.subarray(bom.skip), bom.encoding);
    if (controlShare(text) > MAX_CONTROL_SHARE) throw new NotTextError('binary');
    return { text, encoding: bom.encoding };
  }
  const utf16 = utf16ByPattern(bytes);
  if (utf16) {
    const text = decodeAs(bytes, utf16);
    if (controlShare(text) <= MAX_CONTROL_SHARE) return { text, encoding: utf16 };
  }
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) throw new NotTextError('binary');
  const wanted = declared ? knownEncoding(declared) : null;
  // A declared UTF-8 that is not valid UTF-8 is a mislabelled page: fall through to detection.
  if (wanted && wanted !== 'utf-8' && !wanted.startsWith('utf-16')) {
    const text = decodeAs(bytes, wanted);
    if (controlShare(text) <= MAX_CONTROL_SHARE) return { text, encoding: wanted };
  }
  try {
    const text = decodeAs(bytes, 'utf-8', true);
    if (controlShare(text) > MAX_CONTROL_SHARE) throw new NotTextError('binary');
    return { text, encoding: 'utf-8' };
  } catch (e) {
    if (e instanceof NotTextError) throw e;
  }
  let best: Decoded & { score: number } = { text: '', encoding: '', score: -Infinity };
  for (const encoding of LEGACY) {
    const text = decodeAs(bytes, encoding);
    if (controlShare(text) > MAX_CONTROL_SHARE) continue;
    const score = scoreDecoding(text);
    if (score > best.score) best = { text, encoding, score };
  }
  if (!best.encoding || best.score <= 0) throw new NotTextError('binary');
  return { text: best.text, encoding: best.encoding };
}
