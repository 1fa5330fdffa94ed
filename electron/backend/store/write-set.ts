// Writes a set of library files (clip shards and library.json) so that a crash leaves either all
// of them old or all of them new: each new file is written to a temp file and fsynced, then an
// intent journal (library.journal, itself atomic) lists the renames, then the renames run, then
// the journal goes. A writer opening the library replays a journal it finds (roll forward: every
// temp it names is complete) and removes orphan temp files; a reader reads through it.
import { open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fsyncDir, PRIVATE_FILE, tempPathFor, writeFileAtomic } from './atomic-write.js';

export const JOURNAL_FILE = 'library.journal';

/** A file of the set: its path relative to the library folder and its new text. */
export type SetFile = { rel: string; text: string };
type Journal = { renames: [temp: string, target: string][] };

async function writeTemp(path: string, text: string): Promise<void> {
  const handle = await open(path, 'w', PRIVATE_FILE);
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

const dirsOf = (dataDir: string, rels: string[]) => [...new Set(rels.map((r) => dirname(join(dataDir, r))))];

/** Writes every file of the set, or (on failure before the journal) none of them. */
export async function writeSet(dataDir: string, files: SetFile[]): Promise<void> {
  const temps = files.map((f) => tempPathFor(join(dataDir, f.rel)));
  try {
    await Promise.all(files.map((f, i) => writeTemp(temps[i]!, f.text)));
  } catch (e) {
    await Promise.all(temps.map((t) => unlink(t).catch(() => undefined)));
    throw e;
  }
  const renames: Journal['renames'] = files.map((f, i) => [temps[i]!.slice(dataDir.length + 1), f.rel]);
  // One file needs no journal: its own rename is atomic.
  const journaled = files.length > 1;
  if (journaled) {
    try {
      await writeFileAtomic(join(dataDir, JOURNAL_FILE), JSON.stringify({ renames } satisfies Journal));
    } catch (e) {
      await Promise.all(temps.map((t) => unlink(t).catch(() => undefined)));
      throw e;
    }
  }
  // From here the set is committed: a crash is rolled forward from the journal on the next open.
  for (const [temp, target] of renames) await rename(join(dataDir, temp), join(dataDir, target));
  for (const dir of dirsOf(dataDir, files.map((f) => f.rel))) await fsyncDir(dir);
  if (journaled) await unlink(join(dataDir, JOURNAL_FILE));
}

async function readJournal(dataDir: string): Promise<Journal | null> {
  let text: string;
  try {
    text = await readFile(join(dataDir, JOURNAL_FILE), 'utf8');
  } catch {
    return null;
  }
  try {
    const j = JSON.parse(text) as Journal;
    return Array.isArray(j.renames) ? j : null;
  } catch {
    return null;
  }
}

const exists = (path: string) => open(path, 'r').then((h) => h.close().then(() => true), () => false);

/** For readers: target → the complete temp file that replaces it, when a journal is pending. */
export async function journalOverlay(dataDir: string): Promise<Map<string, string>> {
  const overlay = new Map<string, string>();
  const journal = await readJournal(dataDir);
  for (const [temp, target] of journal?.renames ?? []) if (await exists(join(dataDir, temp))) overlay.set(target, join(dataDir, temp));
  return overlay;
}

/** Writers, on open: finishes a set a crash interrupted, then removes temp files no journal names. Returns how many renames it redid. */
export async function recoverWrites(dataDir: string): Promise<number> {
  let redone = 0;
  const journal = await readJournal(dataDir);
  if (journal) {
    for (const [temp, target] of journal.renames) {
      // A temp that is gone was renamed before the crash.
      if (!(await exists(join(dataDir, temp)))) continue;
      await rename(join(dataDir, temp), join(dataDir, target));
      redone++;
    }
    for (const dir of dirsOf(dataDir, journal.renames.map(([, t]) => t))) await fsyncDir(dir);
  }
  await unlink(join(dataDir, JOURNAL_FILE)).catch(() => undefined);
  for (const dir of [dataDir, join(dataDir, 'clips')]) {
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      if (name.startsWith('.') && name.endsWith('.tmp')) await unlink(join(dir, name)).catch(() => undefined);
    }
  }
  return redone;
}
