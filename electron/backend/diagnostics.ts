// "Copy diagnostics": the facts a bug report needs, as one text — Marsad's version and host, the
// platform, the library's counts and file sizes, and the log's last lines. It must never hold
// a clip's title, text, tags or notes: only numbers, names of Marsad's own files, and the log.
import { readdir, stat } from 'node:fs/promises';
import { arch, platform, release } from 'node:os';
import { join } from 'node:path';
import type { AppInfo } from '../../common/domain.js';
import type { Diagnostics } from '../../common/ipc/diagnostics-contract.js';
import { readLogTail } from './log/app-log.js';
import type { LibraryStore } from './store/library-store.js';

// Enough history to see what led up to a problem; a few tens of KB on the clipboard.
const LOG_TAIL_LINES = 200;
// Marsad's own files and folders in the library, reported by size (README "Where the library lives").
const FILES = ['library.json', 'clips', 'bodies', 'backups', 'search-index.bin', 'dedup-keys.bin', 'quotes-cache.jsonl', 'logs'];

type Size = { files: number; bytes: number };

/** Files and bytes under `path` (a file or a folder); null when it is not there. */
async function sizeOf(path: string): Promise<Size | null> {
  const st = await stat(path).catch(() => null);
  if (!st) return null;
  if (!st.isDirectory()) return { files: 1, bytes: st.size };
  const total: Size = { files: 0, bytes: 0 };
  for (const entry of await readdir(path, { withFileTypes: true }).catch(() => [])) {
    if (entry.isSymbolicLink()) continue;
    const inner = await sizeOf(join(path, entry.name));
    if (inner) {
      total.files += inner.files;
      total.bytes += inner.bytes;
    }
  }
  return total;
}

function counts(store: LibraryStore): string {
  const clips = store.data.clips;
  const live = clips.filter((c) => !c.deletedAt);
  const tags = new Set<string>();
  for (const c of live) for (const t of c.tags) tags.add(t);
  for (const d of store.data.tagDefs) tags.add(d.name);
  const highlights = live.reduce((n, c) => n + (c.highlights?.length ?? 0), 0);
  const notes = live.filter((c) => c.note).length;
  const chars = live.reduce((n, c) => n + c.bodyLength, 0);
  return [
    `clips: ${live.length} (in the trash: ${clips.length - live.length}; text: ${chars} characters)`,
    `tags: ${tags.size}; highlights: ${highlights}; notes: ${notes}; saved searches: ${store.data.savedSearches.length}; edited people: ${store.data.people.length}`,
  ].join('\n');
}

async function files(dataDir: string): Promise<string> {
  const parts: string[] = [];
  for (const name of FILES) {
    const size = await sizeOf(join(dataDir, name));
    if (!size) parts.push(`${name}: none`);
    // Names with a dot are files; the rest are folders.
    else parts.push(name.includes('.') ? `${name}: ${size.bytes} bytes` : `${name}/: ${size.files} files, ${size.bytes} bytes`);
  }
  return parts.join('\n');
}

export async function collectDiagnostics(store: LibraryStore, info: AppInfo, now = new Date()): Promise<Diagnostics> {
  const v = process.versions as Record<string, string | undefined>;
  const log = readLogTail(info.dataDir, LOG_TAIL_LINES);
  const text = [
    `Marsad ${info.version} diagnostics, ${now.toISOString()}`,
    `host: ${info.host}`,
    `platform: ${platform()} ${arch()} (${release()}); node ${v.node}; electron ${v.electron ?? '-'}; chromium ${v.chrome ?? '-'}`,
    `locale: ${info.systemLocale}`,
    `library: ${info.dataDir} (${store.corrupt ? 'could not be read' : store.readOnly ? 'read-only' : 'open'})`,
    store.corrupt ? 'clips: unknown (the library could not be read)' : counts(store),
    await files(info.dataDir),
    `--- the last ${log.length} lines of logs/marsad.log ---`,
    ...log,
  ].join('\n');
  return { text: `${text}\n`, logLines: log.length };
}
