// The duplicate keys of one article: what is compared is its title and body without the
// "read also" lines (two copies of a story with different related links are still one story).
// CPU only; the keys depend on the text alone, so they can be cached by body hash.
import { createHash } from 'node:crypto';
import { minhashOfWords, normalizedWords } from '../../../common/text/minhash.js';
import { parseBlocks } from '../../../common/text/structure.js';

export type DedupKeys = { exact: string; sig: Uint32Array };

/** 16 bytes of SHA-256 over the exact key: collision-free for any library, compact on disk. */
export const EXACT_HASH_BYTES = 16;

export const comparableText = (title: string, body: string): string => {
  const kept = parseBlocks(body)
    .filter((b) => b.kind !== 'related-link')
    .map((b) => body.slice(b.start, b.end));
  return [title, ...kept].join('\n');
};

export function dedupKeys(title: string, body: string): DedupKeys {
  const words = normalizedWords(comparableText(title, body));
  const exact = createHash('sha256').update(words.join(' '), 'utf8').digest('hex').slice(0, EXACT_HASH_BYTES * 2);
  return { exact, sig: minhashOfWords(words) };
}
