// Where an import's files come from: paths (files and folders, walked recursively in name
// order, hidden files skipped; symlinks followed once per real folder, to a depth limit) or files
// handed over as bytes (browser-shell drops), or an article already extracted (paste). Lists and
// reads only; never writes.
import { lstatSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
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

// Why 32: news archives nest by year/month/day/section, rarely past 8; deeper is a generated or
// looping tree, and each level costs a path segment (Linux paths end at 4096 bytes).
export const MAX_FOLDER_DEPTH = 32;

/** The entry's own kind, following a symlink to what it names (lstat first: a link is noticed). */
const statEntry = (abs: string): Stats => {
  const st = lstatSync(abs);
  return st.isSymbolicLink() ? statSync(abs) : st;
};

/** Walks the given paths, calling `found` per file as soon as it is known (progress grows live). */
export async function walkPaths(paths: string[], cwd: string, found: (s: Source) => void, cancelled: () => boolean): Promise<void> {
  let sinceYield = 0;
  // Real paths of the folders walked so far: a link back into one (a -> .) is skipped, so a
  // tree of loops ends instead of branching forever.
  const visited = new Set<string>();
  const visit = async (shown: string, abs: string, depth: number): Promise<void> => {
    if (cancelled()) return;
    let st;
    try {
      if (++sinceYield >= STATS_PER_YIELD) {
        sinceYield = 0;
        await yieldNow();
      }
      st = statEntry(abs);
    } catch (e) {
      const code = ioCode(e);
      found({ file: shown, path: abs, error: code === 'ENOENT' ? refused('missing', shown) : refused('cannot-open', shown, code) });
      return;
    }
    if (st.isDirectory()) await visitFolder(shown, abs, depth);
    else if (st.isFile()) found(fileSource(shown, abs, st.size));
    else if (depth === 0) found({ file: shown, path: abs, error: refused('not-a-file', shown) });
  };
  const visitFolder = async (shown: string, abs: string, depth: number): Promise<void> => {
    if (depth > MAX_FOLDER_DEPTH) return void found({ file: shown, path: abs, error: refused('folder-too-deep', shown, String(MAX_FOLDER_DEPTH)) });
    let names: string[];
    try {
      const real = realpathSync(abs);
      if (visited.has(real)) return void found({ file: shown, path: abs, error: refused('folder-loop', shown) });
      visited.add(real);
      names = (await readdir(abs)).sort((a, b) => a.localeCompare(b));
    } catch (e) {
      return void found({ file: shown, path: abs, error: refused('folder-unreadable', shown, ioCode(e)) });
    }
    for (const name of names) {
      // Dot-files are system clutter (.DS_Store, .git); a user never means to clip them.
      if (name.startsWith('.')) continue;
      await visit(join(shown, name), join(abs, name), depth + 1);
    }
  };
  for (const p of paths) await visit(p, resolve(cwd, p), 0);
}

export const droppedSources = (files: DroppedFile[]): Source[] =>
  files.map((f) => {
    const bytes = Buffer.from(f.bytes, 'base64');
    return { file: f.name, path: null, size: bytes.length, load: async () => new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  });
