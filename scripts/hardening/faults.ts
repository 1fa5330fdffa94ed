// Figure "faults": a library on a full disk (a small tmpfs), in a folder remounted read-only,
// and with EIO on one clip shard (injected: no filesystem offers that on demand). Edits are made
// during the fault, the fault is lifted, 5 s pass with no further call, the process is killed
// and the library reopened: counts damaged files and edits that answered ok but are gone. Falls back to injection, and says so, where mounts fail.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { openBackend } from '../../electron/backend/index.js';
import { killChild, onLines, removeDir, spawnChild, tempDir, withTimeout, type Figure, type RunOptions } from './figure.js';

// Room for a fresh library of a dozen clips and its first backups, then filled up.
const TMPFS_SIZE = '8m';
const STEP_TIMEOUT_MS = 60_000;
const ROUNDS = { ci: 1, full: 5 };

type Edit = { id: string; tag: string; ok: boolean };
type Tally = { injected: number; damaged: number; lost: number; timeouts: number; notes: string[] };

const mount = (args: string[]) => execFileSync('mount', args, { stdio: 'pipe' });
const umount = (dir: string) => {
  try {
    execFileSync('umount', [dir], { stdio: 'pipe' });
  } catch {
    try {
      // Still busy (a child's file handle): detach it, the kernel frees it once closed.
      execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
    } catch {
      /* not mounted */
    }
  }
};

function canMount(dir: string): boolean {
  try {
    mount(['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir]);
    umount(dir);
    return true;
  } catch {
    return false;
  }
}

async function fill(dir: string): Promise<void> {
  const chunk = Buffer.alloc(256 * 1024, 1);
  for (let i = 0; ; i++) {
    try {
      await writeFile(join(dir, `filler-${i}`), chunk);
    } catch {
      return;
    }
  }
}

/** Library files that no longer parse (library.json and every shard). */
async function damaged(lib: string): Promise<string[]> {
  const files = ['library.json', ...(await readdir(join(lib, 'clips')).catch(() => [] as string[])).filter((f) => f.endsWith('.json')).map((f) => join('clips', f))];
  const bad: string[] = [];
  for (const f of files) {
    try {
      JSON.parse(await readFile(join(lib, f), 'utf8'));
    } catch {
      bad.push(f);
    }
  }
  return bad;
}

type Child = { child: ChildProcess; next: () => Promise<Record<string, unknown>> };

async function startChild(lib: string, fault: string): Promise<Child> {
  const child = await spawnChild('fault-child.ts', [lib], { ...process.env, MARSAD_FAULT: fault });
  const lines: Record<string, unknown>[] = [];
  const waiting: ((v: Record<string, unknown>) => void)[] = [];
  onLines(child, (line) => {
    const v = JSON.parse(line) as Record<string, unknown>;
    const w = waiting.shift();
    if (w) w(v);
    else lines.push(v);
  });
  child.stderr!.resume();
  child.once('exit', () => waiting.splice(0).forEach((w) => w({ step: 'exited' })));
  const next = async () => {
    const r = await withTimeout(lines.length ? Promise.resolve(lines.shift()!) : new Promise<Record<string, unknown>>((d) => waiting.push(d)), STEP_TIMEOUT_MS);
    return r.ok ? r.value : { step: 'timeout' };
  };
  return { child, next };
}

/** One fault episode: edit under the fault, lift it, close, reopen and count. */
async function episode(name: string, lib: string, fault: string, hold: () => Promise<void>, lift: () => Promise<void>, t: Tally): Promise<void> {
  const c = await startChild(lib, fault);
  try {
    const ready = await c.next();
    if (ready.step !== 'ready') throw new Error(`${name}: the child did not start (${String(ready.step)})`);
    await hold();
    t.injected++;
    c.child.stdin!.write('edit\n');
    const edited = await c.next();
    const during = await damaged(lib);
    await lift();
    c.child.stdin!.write('settle\n');
    const settled = await c.next();
    // A power cut a few seconds after the fault is lifted: what the backend retried on its own is all there is.
    await killChild(c.child);
    if ([edited, settled].some((s) => s.step === 'timeout' || s.step === 'exited')) t.timeouts++;
    const after = await damaged(lib);
    t.damaged += new Set([...during, ...after]).size;
    const edits = (edited.edits as Edit[] | undefined) ?? [];
    let lost = 0;
    try {
      const reader = await openBackend({ dataDir: lib, holder: 'test', host: 'cli', systemLocale: 'en', version: 'harden', readOnly: true });
      for (const e of edits.filter((x) => x.ok)) {
        const clip = await reader.handlers.getClip({ id: e.id });
        if (!clip.ok || !clip.value.tags.includes(e.tag)) lost++;
      }
      await reader.close();
    } catch (e) {
      t.damaged++;
      t.notes.push(`${name}: the library does not reopen: ${e instanceof Error ? e.message : String(e)}`);
      lost = edits.filter((x) => x.ok).length;
    }
    t.lost += lost;
    if (t.notes.length < 8) {
      t.notes.push(`${name}: ${edits.filter((x) => x.ok).length} edits answered ok, ${lost} lost; state during fault "${String(edited.state)}", flush ${String(edited.flushed).slice(0, 60)}`);
    }
  } finally {
    await killChild(c.child);
  }
}

export async function measureFaults(opts: RunOptions): Promise<Figure> {
  const work = await tempDir('faults');
  const t: Tally = { injected: 0, damaged: 0, lost: 0, timeouts: 0, notes: [] };
  const mnt = join(work, 'mnt');
  await mkdir(mnt);
  const mounts = canMount(mnt);
  const methods = [mounts ? 'ENOSPC: tmpfs mount' : 'ENOSPC: injected', mounts ? 'read-only: tmpfs remount ro' : 'read-only: injected EROFS', 'EIO: injected on one shard'];
  try {
    for (let round = 0; round < (opts.full ? ROUNDS.full : ROUNDS.ci); round++) {
      // Full disk.
      if (mounts) {
        mount(['-t', 'tmpfs', '-o', `size=${TMPFS_SIZE}`, 'tmpfs', mnt]);
        try {
          const filler = join(mnt, 'filler');
          await mkdir(filler);
          await episode('ENOSPC', join(mnt, 'lib'), '', () => fill(filler), () => removeDir(filler), t);
        } finally {
          umount(mnt);
        }
      } else {
        await episode('ENOSPC', join(work, `lib-nospc-${round}`), 'ENOSPC', async () => undefined, async () => undefined, t);
      }
      // Read-only folder.
      if (mounts) {
        mount(['-t', 'tmpfs', '-o', `size=64m`, 'tmpfs', mnt]);
        try {
          await episode('read-only', join(mnt, 'lib'), '', async () => void mount(['-o', 'remount,ro', mnt]), async () => void mount(['-o', 'remount,rw', mnt]), t);
        } finally {
          umount(mnt);
        }
      } else {
        await episode('read-only', join(work, `lib-ro-${round}`), 'EROFS', async () => undefined, async () => undefined, t);
      }
      // EIO on one shard (the child finds the first clip's shard).
      await episode('EIO', join(work, `lib-eio-${round}`), 'EIO', async () => undefined, async () => undefined, t);
    }
  } finally {
    umount(mnt);
    await removeDir(work);
  }
  return {
    name: 'faults',
    parts: [
      ['injected', t.injected],
      ['files damaged', t.damaged, 'bad'],
      ['edits lost after the fault is lifted', t.lost, 'bad'],
      ['timeouts', t.timeouts, 'bad'],
    ],
    notes: [methods.join('; '), ...t.notes],
  };
}
