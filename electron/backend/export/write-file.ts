// Writes a finished report to disk the safe way: the bytes go to a temp file in the target's
// folder, are fsynced, then take the target's name in one step (a hard link when overwriting is
// not allowed, so a file that appeared meanwhile is never replaced). A failure removes the temp
// file: a full disk or a read-only folder leaves no partial report, and one sentence says why.
import { link, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { AppFailure } from '../../../common/result.js';
import { fsyncDir, tempPathFor } from '../store/atomic-write.js';

export type WriteIo = { writeTemp: (path: string, data: string | Uint8Array) => Promise<void> };

const realIo: WriteIo = {
  async writeTemp(path, data) {
    const h = await open(path, 'wx');
    try {
      await h.writeFile(data);
      await h.sync();
    } finally {
      await h.close();
    }
  },
};

const nothing = 'Nothing was written.';

/** One sentence for a file-system error while writing `target`. */
export function writeError(e: unknown, target: string): AppFailure {
  const code = (e as NodeJS.ErrnoException).code ?? '';
  const name = basename(target);
  const dir = dirname(target);
  const say = (c: 'storage-io' | 'not-found' | 'invalid-input', message: string) => new AppFailure({ code: c, message, details: { errno: code, path: target } });
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return say('storage-io', `The disk is full: there is no room for "${name}" in ${dir}; free some space or choose another folder. ${nothing}`);
    case 'EROFS':
    case 'EACCES':
    case 'EPERM':
      return say('storage-io', `Marsad may not write in ${dir} (the folder is read-only or belongs to someone else); choose another folder. ${nothing}`);
    case 'ENOENT':
    case 'ENOTDIR':
      return say('not-found', `The folder ${dir} does not exist; create it or choose another one. ${nothing}`);
    case 'EISDIR':
      return say('invalid-input', `${target} is a folder; give a file name for the report. ${nothing}`);
    case 'EEXIST':
      return existsError(target);
    default:
      return say('storage-io', `Could not write "${name}" in ${dir} (${code || String(e)}). ${nothing}`);
  }
}

export const existsError = (target: string): AppFailure =>
  new AppFailure({
    code: 'invalid-input',
    message: `${target} already exists; choose another name or confirm that it may be replaced.`,
    details: { exists: true, path: target },
  });

const exists = (p: string) => stat(p).then((s) => s, () => null);

/** Fails early (before a long report is built) when the target cannot be written as asked. */
export async function checkTarget(target: string, overwrite: boolean): Promise<void> {
  const dir = await exists(dirname(target));
  if (!dir || !dir.isDirectory()) throw writeError(Object.assign(new Error('no folder'), { code: 'ENOENT' }), target);
  const file = await exists(target);
  if (file?.isDirectory()) throw writeError(Object.assign(new Error('folder'), { code: 'EISDIR' }), target);
  if (file && !overwrite) throw existsError(target);
}

export async function writeReportFile(target: string, data: string | Uint8Array, opts: { overwrite: boolean }, io: WriteIo = realIo): Promise<void> {
  await checkTarget(target, opts.overwrite);
  const temp = tempPathFor(target, 'part');
  try {
    await io.writeTemp(temp, data);
    if (opts.overwrite) await rename(temp, target);
    else {
      try {
        await link(temp, target);
      } catch (e) {
        // FAT/exFAT sticks and some network shares have no hard links: check, then rename.
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EEXIST' || !['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV'].includes(code ?? '')) throw e;
        if (await exists(target)) throw existsError(target);
        await rename(temp, target);
      }
    }
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw e instanceof AppFailure ? e : writeError(e, target);
  }
  await unlink(temp).catch(() => undefined);
  // The report is complete and named; a folder that refuses fsync (some network shares) is not an error.
  await fsyncDir(dirname(target)).catch(() => undefined);
}
