// Rolling snapshots of the library (library.json + clips/*.json) in `backups/<kind>-<stamp>/`:
// "write" after each of the last WRITE_KEEP writes, "recent" at most every RECENT_INTERVAL_MS
// (RECENT_KEEP kept), and one "daily" per calendar day kept DAILY_KEEP_DAYS.
// A snapshot owns its bytes: files a write changed are copied from the live library, unchanged
// ones are hard-linked to the previous snapshot's copy (never to the live file, so damage done
// to a live file in place cannot reach a backup). Runs only between writes, never during one.
import { chmod, copyFile, link, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { PRIVATE_DIR, PRIVATE_FILE } from './atomic-write.js';
import { join } from 'node:path';
import type { BackupInfo } from '../../../common/domain.js';

// A snapshot is a copy of the shards changed since the previous one plus ~65 links: a few ms.
// Writes come every ~150 ms during a long import, so at most one "write" snapshot per
// WRITE_MIN_INTERVAL_MS; ten of them cover an undo-sized past.
const WRITE_KEEP = 10;
const WRITE_MIN_INTERVAL_MS = 2_000;
// Twelve recent snapshots ≥ 10 min apart cover the last two hours of a working session.
const RECENT_KEEP = 12;
const RECENT_INTERVAL_MS = 10 * 60_000;
// Issue #2: one a day for 14 days.
const DAILY_KEEP_DAYS = 14;

const stamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-');
const NAME = /^(write|recent|daily|bundle)-[0-9TZ-]+$/;
// Issue 15: the library as it was before each of the last BUNDLE_KEEP bundle merges.
const BUNDLE_KEEP = 5;

/** Library files relative to the data dir: library.json and clips/NN.json. */
async function libraryFiles(dataDir: string): Promise<string[]> {
  const shards = await readdir(join(dataDir, 'clips')).catch(() => [] as string[]);
  return ['library.json', ...shards.filter((n) => /^[0-9a-f]+\.json$/.test(n)).map((n) => `clips/${n}`)];
}

export class Backups {
  private lastRecent = 0;
  private names: string[] | null = null;
  private last: string | null = null;
  private seq = 0;
  private lastWrite = 0;
  /** Files written since the last snapshot ('all' when unknown). */
  private pending: Set<string> | 'all' = new Set();

  constructor(
    readonly dir: string,
    private readonly dataDir: string,
  ) {}

  /** Copies what changed since the last snapshot, links the rest to it. */
  private async take(name: string, changed: ReadonlySet<string> | 'all'): Promise<void> {
    const target = join(this.dir, name);
    await mkdir(join(target, 'clips'), { recursive: true, mode: PRIVATE_DIR });
    for (const f of await libraryFiles(this.dataDir)) {
      const fresh = changed === 'all' || !this.last || changed.has(f);
      if (!fresh) {
        try {
          await link(join(this.dir, this.last!, f), join(target, f));
          continue;
        } catch {
          /* not in the previous snapshot, or links unsupported: copy */
        }
      }
      await copyFile(join(this.dataDir, f), join(target, f));
      // A copy keeps its source's mode, and a library from an older Marsad may be world-readable.
      await chmod(join(target, f), PRIVATE_FILE);
    }
    this.names!.push(name);
    this.last = name;
  }

  private async prune(prefix: string, keep: number): Promise<void> {
    const mine = this.names!.filter((n) => n.startsWith(prefix)).sort();
    for (const old of mine.slice(0, Math.max(0, mine.length - keep))) await this.remove(old);
  }

  private async remove(name: string): Promise<void> {
    await rm(join(this.dir, name), { recursive: true, force: true });
    this.names = this.names!.filter((n) => n !== name);
  }

  /**
   * Snapshots the library as it is on disk now (just written, so known valid). `changed` lists
   * the files written since the previous call; 'all' when unknown.
   */
  async rotate(changed: ReadonlySet<string> | 'all', now = new Date(), force = false): Promise<void> {
    if (changed === 'all' || this.pending === 'all') this.pending = 'all';
    else for (const f of changed) this.pending.add(f);
    if (!force && this.last && now.getTime() - this.lastWrite < WRITE_MIN_INTERVAL_MS) return;
    try {
      if (!this.names) {
        await mkdir(this.dir, { recursive: true, mode: PRIVATE_DIR });
        this.names = (await readdir(this.dir)).filter((n) => NAME.test(n));
      }
      const pending = this.pending;
      this.pending = new Set();
      this.lastWrite = now.getTime();
      await this.take(`write-${stamp(now)}-${String(this.seq++).padStart(4, '0')}`, pending);
      await this.prune('write-', WRITE_KEEP);
      if (now.getTime() - this.lastRecent >= RECENT_INTERVAL_MS) {
        await this.take(`recent-${stamp(now)}`, new Set());
        this.lastRecent = now.getTime();
        await this.prune('recent-', RECENT_KEEP);
      }
      const day = now.toISOString().slice(0, 10);
      if (!this.names.includes(`daily-${day}`)) {
        await this.take(`daily-${day}`, new Set());
        const cutoff = `daily-${new Date(now.getTime() - DAILY_KEEP_DAYS * 86_400_000).toISOString().slice(0, 10)}`;
        for (const n of this.names.filter((x) => x.startsWith('daily-') && x < cutoff)) await this.remove(n);
      }
    } catch (e) {
      // The next snapshot must not link to one that may be incomplete.
      this.last = null;
      this.pending = 'all';
      throw e;
    }
  }

  /** A full copy of the library on disk now, before a bundle merge; kept apart from the rotation. */
  async beforeMerge(now = new Date()): Promise<string> {
    if (!this.names) {
      await mkdir(this.dir, { recursive: true, mode: PRIVATE_DIR });
      this.names = (await readdir(this.dir)).filter((n) => NAME.test(n));
    }
    const name = `bundle-${stamp(now)}`;
    this.last = null;
    await this.take(name, 'all');
    await this.prune('bundle-', BUNDLE_KEEP);
    return name;
  }

  /** Takes the snapshot a throttled write skipped, so the newest backup is the state on disk. */
  async settle(): Promise<void> {
    if (this.pending === 'all' || this.pending.size > 0) await this.rotate(new Set(), new Date(), true);
  }

  /** Every snapshot, newest first, with its clip count (-1 when it does not read back). */
  async list(): Promise<BackupInfo[]> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    const out: BackupInfo[] = [];
    for (const name of names.filter((n) => NAME.test(n))) {
      const dir = join(this.dir, name);
      let clips = -1;
      let bytes = 0;
      let createdAt = '';
      try {
        createdAt = (await stat(dir)).mtime.toISOString();
        const meta = await readFile(join(dir, 'library.json'), 'utf8');
        bytes = Buffer.byteLength(meta);
        JSON.parse(meta);
        let count = 0;
        for (const s of await readdir(join(dir, 'clips'))) {
          const text = await readFile(join(dir, 'clips', s), 'utf8');
          bytes += Buffer.byteLength(text);
          count += (JSON.parse(text) as { clips: unknown[] }).clips.length;
        }
        clips = count;
      } catch {
        /* an unreadable snapshot is listed, but never offered */
      }
      out.push({ name, createdAt, clips, bytes });
    }
    return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
  }

  pathOf(name: string): string | null {
    return NAME.test(name) ? join(this.dir, name) : null;
  }
}
