// One writer at a time: the app and every writing CLI command take `library.lock` in the
// library folder. A live holder makes the next writer fail with `locked`, naming who holds it;
// a lock left by a dead process (same host, pid gone) is taken over.
import { openSync, writeSync, closeSync, readFileSync, unlinkSync } from 'node:fs';
import { hostname } from 'node:os';
import { fail } from '../../../common/result.js';
import type { Holder } from '../types.js';

type LockInfo = { holder: Holder; pid: number; host: string; since: string };

const HOLDER_NAMES: Record<Holder, string> = {
  app: 'the Marsad app',
  cli: 'a marsad command',
  'browser-shell': 'the Marsad browser shell',
  bench: 'a Marsad benchmark',
  test: 'a Marsad test',
};

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const readLock = (path: string): LockInfo | null => {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockInfo;
  } catch {
    return null;
  }
};

export type WriterLock = { release(): void };

export function acquireWriterLock(path: string, holder: Holder): WriterLock {
  const info: LockInfo = { holder, pid: process.pid, host: hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify(info));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.removeListener('exit', release);
        const current = readLock(path);
        if (current && current.pid === info.pid && current.since === info.since) {
          try {
            unlinkSync(path);
          } catch {
            /* already gone */
          }
        }
      };
      process.on('exit', release);
      return { release };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') {
        fail('storage-io', `Marsad could not create its lock file ${path}: ${(e as Error).message}.`);
      }
      const other = readLock(path);
      const stale = other !== null && other.host === info.host && !alive(other.pid);
      // An unreadable lock is a half-written one from a crash at the instant of creation.
      if (other === null || stale) {
        try {
          unlinkSync(path);
        } catch {
          /* someone else removed it first */
        }
        continue;
      }
      fail(
        'locked',
        `The library is in use by ${HOLDER_NAMES[other.holder] ?? other.holder} (pid ${other.pid}${other.host !== info.host ? ` on ${other.host}` : ''}); close it and try again.`,
        { holder: other.holder, pid: other.pid, host: other.host, since: other.since },
      );
    }
  }
  return fail('locked', `The library lock ${path} keeps changing hands; try again.`);
}
