// Crash-safe file replacement: write a uniquely named temp file beside the target, fsync it,
// rename it over the target, then fsync the directory (REFERENCE.md §3.3: rename without fsync
// can leave a zero-length file after power loss). Never writes the target in place.
import { open, rename, unlink, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

// Windows antivirus can hold a fresh file for ~1 s (EPERM/EBUSY on rename); steno retries
// 10 × 100 ms for the same reason (isaacs/node-graceful-fs#104).
const RENAME_RETRIES = 10;
const RENAME_RETRY_MS = 100;

/** Modes of everything Marsad creates in a library folder: readable by its owner only. */
export const PRIVATE_FILE = 0o600;
export const PRIVATE_DIR = 0o700;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A unique temp name beside `target`, hidden, so a crash leaves only an obvious leftover. */
export const tempPathFor = (target: string, ext = 'tmp'): string =>
  join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.${ext}`);

/** Makes a rename in `dir` durable. */
export async function fsyncDir(dir: string): Promise<void> {
  // Directories cannot be opened for fsync on Windows; there the rename is already durable.
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** `data` may be chunks, written in order as they are pulled (a large file without one buffer). */
export async function writeFileAtomic(target: string, data: string | Uint8Array | Iterable<Uint8Array>): Promise<void> {
  const dir = dirname(target);
  const temp = tempPathFor(target);
  // Owner-only: a library holds what an analyst clipped and how they tagged it.
  const handle = await open(temp, 'w', PRIVATE_FILE);
  try {
    try {
      await writeFile(handle, data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (e) {
    // A full disk fails here: the half-written temp file must not stay behind taking space.
    await unlink(temp).catch(() => undefined);
    throw e;
  }
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(temp, target);
      break;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (attempt < RENAME_RETRIES && (code === 'EPERM' || code === 'EBUSY' || code === 'EACCES')) {
        await sleep(RENAME_RETRY_MS);
        continue;
      }
      await unlink(temp).catch(() => undefined);
      throw e;
    }
  }
  await fsyncDir(dir);
}
