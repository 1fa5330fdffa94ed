// The writer lock under races: processes told to take the same lock at once never both hold it,
// neither from a free start nor over a stale lock; a reused pid or a renamed host is not taken
// for a live holder. lockRace() runs the same race at 300 rounds for npm run test:hardening.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppFailure } from '../../../common/result.js';
import { lockRace } from './lock-race.js';
import { acquireWriterLock } from './writer-lock.js';
import { machineId, processStart } from './process-identity.js';
import { fillDisk, mountTmpfs } from './full-disk.fixture.js';

// Enough rounds to catch a non-atomic lock most runs (main showed ~3% double holders), few
// enough for CI; the hardening run uses 300.
const ROUNDS = 30;

test('lock race: simultaneous starts never both hold the lock', async () => {
  const r = await lockRace({ rounds: ROUNDS, racers: 4 });
  assert.deepEqual(r.errors, []);
  assert.equal(r.doubleHolders, 0);
  assert.equal(r.noHolder, 0, 'someone always gets it');
});

test('lock race: simultaneous starts over a stale lock never both take it over', async () => {
  const r = await lockRace({ rounds: ROUNDS, racers: 4, stale: true });
  assert.deepEqual(r.errors, []);
  assert.equal(r.doubleHolders, 0);
  assert.equal(r.noHolder, 0, 'the stale lock is taken over');
});

const lockDir = () => mkdtemp(join(tmpdir(), 'marsad-lock-'));
const codeOf = (fn: () => unknown): string => {
  try {
    fn();
    return 'held';
  } catch (e) {
    return e instanceof AppFailure ? e.appError.code : `threw ${String(e)}`;
  }
};

/** A live process that is not us (and not our parent), for a pid that is certainly running. */
async function withLiveChild(fn: (pid: number) => Promise<void>): Promise<void> {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  try {
    await fn(child.pid!);
  } finally {
    child.kill('SIGKILL');
  }
}

test('a live pid that started at another time (a reused pid) is not taken for the holder', async (t) => {
  if (processStart(process.pid) === null) return t.skip('process start times are read from /proc (Linux only)');
  const dir = await lockDir();
  await withLiveChild(async (pid) => {
    const path = join(dir, 'library.lock');
    const base = { holder: 'app', pid, host: hostname(), since: '2020-01-01T00:00:00.000Z', machine: machineId() };
    await writeFile(path, JSON.stringify({ ...base, start: processStart(pid) }));
    assert.equal(codeOf(() => acquireWriterLock(path, 'cli')), 'locked', 'the same process still runs');
    await writeFile(path, JSON.stringify({ ...base, start: 'another-boot:12345' }));
    const lock = acquireWriterLock(path, 'cli');
    assert.equal(JSON.parse(await readFile(path, 'utf8')).pid, process.pid, 'taken over');
    lock.release();
    assert.equal(existsSync(path), false);
  });
});

test('a renamed host still knows its own dead locks; another machine\'s lock is respected', async (t) => {
  if (machineId() === null) return t.skip('no machine id on this system');
  const dir = await lockDir();
  const path = join(dir, 'library.lock');
  const dead = { holder: 'app', pid: 2 ** 22 + 17, since: '2020-01-01T00:00:00.000Z', start: null };
  await writeFile(path, JSON.stringify({ ...dead, host: 'old-name-of-this-laptop', machine: machineId() }));
  acquireWriterLock(path, 'cli').release();
  await writeFile(path, JSON.stringify({ ...dead, host: 'colleagues-desktop', machine: 'f'.repeat(32) }));
  assert.equal(codeOf(() => acquireWriterLock(path, 'cli')), 'locked');
});

test('the lock file is 0600 and a failed attempt leaves no temp file beside it', async () => {
  const dir = await lockDir();
  const path = join(dir, 'library.lock');
  const lock = acquireWriterLock(path, 'app');
  assert.equal(statSync(path).mode & 0o777, 0o600);
  assert.equal(codeOf(() => acquireWriterLock(path, 'cli')), 'locked');
  assert.deepEqual(readdirSync(dir), ['library.lock']);
  lock.release();
});

test('on a full disk the lock fails with storage-io and leaves neither a lock nor a temp file', async (t) => {
  const disk = mountTmpfs('1m');
  if (!disk) return t.skip('tmpfs cannot be mounted here (needs root)');
  try {
    await fillDisk(disk.dir);
    const path = join(disk.dir, 'library.lock');
    assert.equal(codeOf(() => acquireWriterLock(path, 'app')), 'storage-io');
    assert.deepEqual(readdirSync(disk.dir), ['filler.bin']);
  } finally {
    disk.unmount();
  }
});
