// The detected-quotes side file, `quotes-cache.jsonl` in the library folder: a header line naming
// the engine version, then one `[key, quotes]` JSON line per clip text, appended as quotes are
// computed, so the Speakers view and `speaker:` searches do not re-detect a whole library after
// every restart. Only a cache: a file from another engine version, a torn last line or any line
// that does not parse is ignored (and recomputed), never trusted. Never touches the library.
import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Quote } from '../../../common/quotes/index.js';
import { PRIVATE_FILE, writeFileAtomic } from '../store/atomic-write.js';
import { validQuoteEntry } from './quote-cache-schema.js';

export const QUOTE_FILE = 'quotes-cache.jsonl';
const FORMAT = 1;

export type QuoteEntry = [key: string, quotes: Quote[]];

export const quoteFilePath = (dataDir: string): string => join(dataDir, QUOTE_FILE);

const header = (engine: number) => `${JSON.stringify({ marsadQuotes: FORMAT, engine })}\n`;
const lines = (entries: QuoteEntry[]) => entries.map((e) => `${JSON.stringify(e)}\n`).join('');

/** The cached entries and how many lines were dropped, or null when the file is missing or from another engine or format. */
export async function readQuoteFile(path: string, engine: number): Promise<{ entries: Map<string, Quote[]>; dropped: number } | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return null;
  }
  const rows = text.split('\n');
  try {
    const head = JSON.parse(rows[0] ?? '') as { marsadQuotes?: unknown; engine?: unknown };
    if (head.marsadQuotes !== FORMAT || head.engine !== engine) return null;
  } catch {
    return null;
  }
  const entries = new Map<string, Quote[]>();
  let dropped = 0;
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i]!;
    if (!row) continue;
    let entry: [string, Quote[]] | null = null;
    try {
      entry = validQuoteEntry(JSON.parse(row));
    } catch {
      // A torn line (a crash mid-append) or an edit: that clip is recomputed.
    }
    if (entry) entries.set(entry[0], entry[1]);
    else dropped++;
  }
  return { entries, dropped };
}

/** Appends entries to a file this engine wrote (on a fresh line, should the last append have been torn). */
export const appendQuoteFile = (path: string, entries: QuoteEntry[]): Promise<void> => appendFile(path, `\n${lines(entries)}`, { mode: PRIVATE_FILE });

/** Replaces the file with a header and these entries (a new engine, or dropping stale lines). */
export const rewriteQuoteFile = (path: string, engine: number, entries: QuoteEntry[]): Promise<void> =>
  writeFileAtomic(path, header(engine) + lines(entries));
