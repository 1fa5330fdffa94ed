// Test helper: a real full disk. Mounts a small tmpfs (needs root or CAP_SYS_ADMIN; callers skip
// with a reason when it cannot) and fills it to the last byte with one file, removed to free it.
import { execFileSync } from 'node:child_process';
import { statfsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Mounts a tmpfs of `size` (e.g. '2m') on `dir` or a new folder; null when this process may not mount. */
export function mountTmpfs(size: string, dir = execFileSync('mktemp', ['-d'], { encoding: 'utf8' }).trim()): { dir: string; unmount(): void } | null {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    return null;
  }
  return { dir, unmount: () => execFileSync('umount', ['-l', dir], { stdio: 'ignore' }) };
}

/** Fills the file system holding `dir` with one file, leaving `spareBlocks` free; returns its path (rm it to give the space back). */
export async function fillDisk(dir: string, spareBlocks = 0): Promise<string> {
  const filler = join(dir, 'filler.bin');
  const { bavail, bsize } = statfsSync(dir);
  await writeFile(filler, Buffer.alloc(Math.max(0, Number(bavail) - spareBlocks) * Number(bsize))).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'ENOSPC') throw e;
  });
  return filler;
}
