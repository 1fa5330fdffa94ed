// Rolling backups of the library file in `backups/`: a "recent" copy when a session first
// writes and then at most every RECENT_INTERVAL_MS, keeping RECENT_KEEP of them, plus one
// "daily" copy per calendar day kept for DAILY_KEEP_DAYS. Bodies need no backup: they are
// content-addressed and never rewritten.
import { copyFile, mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupInfo } from '../../../common/domain.js';

// Ten recent copies at ≥ 5 min apart cover the last hour of a working session at least.
const RECENT_KEEP = 10;
const RECENT_INTERVAL_MS = 5 * 60_000;
// Issue #2: one a day for 14 days.
const DAILY_KEEP_DAYS = 14;

const stamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-');
const NAME = /^(recent|daily)-(.+)\.json$/;

export class Backups {
  private lastRecent = 0;

  constructor(readonly dir: string) {}

  /** Copies `file` (a library file known to be valid) into the rotation, as due. */
  async rotate(file: string, now = new Date()): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const names = await readdir(this.dir);
    if (now.getTime() - this.lastRecent >= RECENT_INTERVAL_MS) {
      await copyFile(file, join(this.dir, `recent-${stamp(now)}.json`));
      this.lastRecent = now.getTime();
      const recent = names.filter((n) => n.startsWith('recent-')).sort();
      for (const old of recent.slice(0, Math.max(0, recent.length + 1 - RECENT_KEEP))) {
        await unlink(join(this.dir, old)).catch(() => undefined);
      }
    }
    const day = now.toISOString().slice(0, 10);
    if (!names.includes(`daily-${day}.json`)) {
      await copyFile(file, join(this.dir, `daily-${day}.json`));
      const cutoff = new Date(now.getTime() - DAILY_KEEP_DAYS * 86_400_000).toISOString().slice(0, 10);
      for (const n of names) {
        const m = /^daily-(\d{4}-\d{2}-\d{2})\.json$/.exec(n);
        if (m && m[1]! < cutoff) await unlink(join(this.dir, n)).catch(() => undefined);
      }
    }
  }

  /** Every backup, newest first, with its clip count when it parses (-1 when it does not). */
  async list(): Promise<BackupInfo[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return [];
    }
    const out: BackupInfo[] = [];
    for (const name of names.filter((n) => NAME.test(n))) {
      const path = join(this.dir, name);
      const info = await stat(path);
      let clips = -1;
      try {
        const data = JSON.parse(await readFile(path, 'utf8')) as { clips?: unknown; articles?: unknown };
        const list = data.clips ?? data.articles;
        clips = Array.isArray(list) ? list.length : -1;
      } catch {
        /* an unreadable backup is listed, but never offered first */
      }
      out.push({ name, createdAt: info.mtime.toISOString(), clips, bytes: info.size });
    }
    return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
  }

  pathOf(name: string): string | null {
    return NAME.test(name) && !name.includes('/') && !name.includes('\\') ? join(this.dir, name) : null;
  }
}
