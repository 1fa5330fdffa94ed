// One writer at a time: the app and every writing CLI command take `library.lock` in the
// library folder. A live holder makes the next writer fail with `locked`, naming who holds it;
// a lock left by a dead process on this machine is taken over. The lock appears atomically and
// complete (written to a temp file, then hard-linked into place), and a stale one is removed only
// by the holder of `library.lock.takeover`, so two writers starting together never both hold it.
import { closeSync, fsyncSync, linkSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { fail } from '../../../common/result.js';
import type { Holder } from '../types.js';
import { machineId, processStart } from './process-identity.js';

type LockInfo = {
  holder: Holder;
  pid: number;
  host: string;
  since: string;
  /** This machine's id (Linux /etc/machine-id), so a renamed host still knows its own locks. */
  machine?: string | null;
  /** When the holding process started (boot id + start time on Linux), so a reused pid is not taken for it. */
  start?: string | null;
};

const HOLDER_NAMES: Record<Holder, string> = {
  app: 'the Marsad app',
  cli: 'a marsad command',
  'browser-shell': 'the Marsad browser shell',
  bench: 'a Marsad benchmark',
  test: 'a Marsad test',
};

// Attempts before giving up with "keeps changing hands": each either takes the lock, finds a
// live holder, or finds someone else mid-takeover and waits TAKEOVER_WAIT_MS.
const ATTEMPTS = 50;
const TAKEOVER_WAIT_MS = 10;
// A takeover guard older than this whose writer is gone was left by a crash mid-takeover.
const GUARD_STALE_MS = 5_000;

const sleepSync = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

const pidAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** The raw text of a lock file, or null when there is none. */
const readRaw = (path: string): string | null => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
};

const parse = (raw: string | null): LockInfo | null => {
  if (raw === null) return null;
  try {
    const info = JSON.parse(raw) as LockInfo;
    return typeof info?.pid === 'number' && typeof info.host === 'string' ? info : null;
  } catch {
    return null;
  }
};

/** Whether the process named in `other` still holds it: same machine, pid alive, and (where known) the same process start. */
export function holderAlive(other: LockInfo, me: Pick<LockInfo, 'host' | 'machine'>): boolean {
  const sameMachine = other.machine && me.machine ? other.machine === me.machine : other.host === me.host;
  // Another machine's lock (a shared folder): we cannot check it, so it holds.
  if (!sameMachine) return true;
  if (!pidAlive(other.pid)) return false;
  if (!other.start) return true;
  const now = processStart(other.pid);
  return now === null || now === other.start;
}

/** Writes `text` to a temp file and hard-links it to `path`: false when `path` exists. Never leaves a partial file at `path`. */
function createExclusive(path: string, text: string): boolean {
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const fd = openSync(temp, 'wx', 0o600);
  try {
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    linkSync(temp, path);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  } finally {
    try {
      unlinkSync(temp);
    } catch {
      /* already gone */
    }
  }
}

/**
 * Removes the stale lock whose text is `staleRaw`, under the takeover guard: only the guard's
 * holder removes, and only if the lock still reads the same (no one else can have replaced a lock
 * whose holder is dead, since replacing it needs the guard). False when someone else holds the guard.
 */
function removeStale(path: string, staleRaw: string | null, me: LockInfo): boolean {
  const guard = `${path}.takeover`;
  if (!createExclusive(guard, JSON.stringify(me))) {
    clearDeadGuard(guard, me);
    return false;
  }
  try {
    if (readRaw(path) === staleRaw) unlinkSync(path);
  } catch {
    /* gone already */
  } finally {
    unlinkSync(guard);
  }
  return true;
}

/** A guard left by a process that died mid-takeover is moved aside (renamed, so only one of us does) and checked. */
function clearDeadGuard(guard: string, me: LockInfo): void {
  const raw = readRaw(guard);
  const info = parse(raw);
  let age = 0;
  try {
    age = Date.now() - statSync(guard).mtimeMs;
  } catch {
    return;
  }
  if (age < GUARD_STALE_MS || (info && holderAlive(info, me))) return;
  const aside = `${guard}.${process.pid}.${randomBytes(4).toString('hex')}.dead`;
  try {
    renameSync(guard, aside);
    // Not the dead guard we judged (replaced meanwhile): put it back.
    if (readRaw(aside) !== raw) linkSync(aside, guard);
    unlinkSync(aside);
  } catch {
    /* someone else cleared it */
  }
}

export type WriterLock = { release(): void };

export function acquireWriterLock(path: string, holder: Holder): WriterLock {
  const info: LockInfo = {
    holder,
    pid: process.pid,
    host: hostname(),
    since: new Date().toISOString(),
    machine: machineId(),
    start: processStart(process.pid),
  };
  const text = JSON.stringify(info);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    let created: boolean;
    try {
      created = createExclusive(path, text);
    } catch (e) {
      return fail('storage-io', `Marsad could not create its lock file ${path}: ${(e as Error).message}.`);
    }
    if (created) return holding(path, text);
    const raw = readRaw(path);
    if (raw === null) continue; // released between our link and our read
    const other = parse(raw);
    // An unreadable lock cannot come from this version (locks appear complete); treat as stale.
    if (other !== null && holderAlive(other, info)) {
      return fail(
        'locked',
        `The library is in use by ${HOLDER_NAMES[other.holder] ?? other.holder} (pid ${other.pid}${other.host !== info.host ? ` on ${other.host}` : ''}); close it and try again.`,
        { holder: other.holder, pid: other.pid, host: other.host, since: other.since },
      );
    }
    if (!removeStale(path, raw, info)) sleepSync(TAKEOVER_WAIT_MS);
  }
  return fail('locked', `The library lock ${path} keeps changing hands; try again.`);
}

function holding(path: string, text: string): WriterLock {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.removeListener('exit', release);
    if (readRaw(path) !== text) return;
    try {
      unlinkSync(path);
    } catch {
      /* already gone */
    }
  };
  process.on('exit', release);
  return { release };
}
