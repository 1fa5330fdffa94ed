// Where an import's files come from: paths (files and folders, walked recursively in name
// order, hidden files skipped) or files handed over as bytes (browser-shell drops), or an
// article already extracted (paste). Lists and reads only; never writes.
import { readFileSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { DroppedFile, ImportErrorItem } from '../../../common/domain.js';
import { importErrorSentence, type ImportErrorCode } from '../../../common/import-errors.js';
import type { Article } from './extract-file.js';

/** `file` is what reports show (the path as given, or the dropped name); `path` what is stored. */
export type Source =
  | { file: string; path: string | null; size: number; load: () => Promise<Uint8Array> }
  | { file: string; path: null; article: Article }
  | { file: string; path: string | null; error: ImportErrorItem };

// Files up to this size are read synchronously: one system call instead of four thread-pool
// round trips, which for a folder of news articles (a few KB each) is what bounds the import
// rate; blocking for the ~0.1 ms such a read takes is cheaper than the hops. Larger files
// (PDFs, Word files) are read asynchronously.
const SYNC_READ_MAX = 256 * 1024;

const fileSource = (file: string, abs: string, size: number): Source => ({
  file,
  path: abs,
  size,
  load: async () => new Uint8Array(size <= SYNC_READ_MAX ? readFileSync(abs) : await readFile(abs)),
});

/** A refused source as the report lists it. */
export const refused = (code: ImportErrorCode, file: string, detail = ''): ImportErrorItem => ({
  file,
  error: importErrorSentence(code, file, detail),
  code,
  ...(detail ? { detail } : {}),
});

const ioCode = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

// Entries stat-ed synchronously between yields to the event loop. One async stat per file is a
// thread-pool round trip, and a walker that slow starves the importer behind it; a batch of
// synchronous stats costs a few milliseconds and the yield keeps progress and cancel live.
const STATS_PER_YIELD = 256;
const yieldNow = () => new Promise<void>((r) => setImmediate(r));

/** Walks the given paths, calling `found` per file as soon as it is known (progress grows live). */
export async function walkPaths(paths: string[], cwd: string, found: (s: Source) => void, cancelled: () => boolean): Promise<void> {
  let sinceYield = 0;
  const visit = async (shown: string, abs: string, top: boolean): Promise<void> => {
    if (cancelled()) return;
    let st;
    try {
      if (++sinceYield >= STATS_PER_YIELD) {
        sinceYield = 0;
        await yieldNow();
      }
      st = statSync(abs);
    } catch (e) {
      const code = ioCode(e);
      found({ file: shown, path: abs, error: code === 'ENOENT' ? refused('missing', shown) : refused('cannot-open', shown, code) });
      return;
    }
    if (st.isDirectory()) {
      let names: string[];
      try {
        names = (await readdir(abs)).sort((a, b) => a.localeCompare(b));
      } catch (e) {
        found({ file: shown, path: abs, error: refused('folder-unreadable', shown, ioCode(e)) });
        return;
      }
      for (const name of names) {
        // Dot-files are system clutter (.DS_Store, .git); a user never means to clip them.
        if (name.startsWith('.')) continue;
        await visit(join(shown, name), join(abs, name), false);
      }
    } else if (st.isFile()) found(fileSource(shown, abs, st.size));
    else if (top) found({ file: shown, path: abs, error: refused('not-a-file', shown) });
  };
  for (const p of paths) await visit(p, resolve(cwd, p), true);
}

export const droppedSources = (files: DroppedFile[]): Source[] =>
  files.map((f) => {
    const bytes = Buffer.from(f.bytes, 'base64');
    return { file: f.name, path: null, size: bytes.length, load: async () => new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  });
