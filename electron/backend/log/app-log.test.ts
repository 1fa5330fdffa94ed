// The diagnostic log: lines land in <library>/logs/marsad.log as JSON, long strings are cut,
// the file rotates, and a log that cannot be written never throws.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, statSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeLog, logEvent, logFile, openLog, readLogTail, errorFields } from './app-log.js';

test('events are JSON lines in the library folder, 0600, long strings cut', () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-log-'));
  openLog(dir);
  logEvent('error', 'write-failed', { file: 'clips/07.json', detail: 'x'.repeat(5000), n: 3 });
  closeLog();
  const [line] = readLogTail(dir);
  const parsed = JSON.parse(line!) as Record<string, unknown>;
  assert.equal(parsed.event, 'write-failed');
  assert.equal(parsed.level, 'error');
  assert.equal(parsed.n, 3);
  assert.ok((parsed.detail as string).length < 300, 'a long string is cut');
  if (process.platform !== 'win32') assert.equal(statSync(logFile(dir)).mode & 0o777, 0o600);
  rmSync(dir, { recursive: true, force: true });
});

test('the log rotates once it passes its cap', () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-log-'));
  mkdirSync(join(dir, 'logs'));
  writeFileSync(logFile(dir), 'y'.repeat(1_048_570));
  openLog(dir);
  logEvent('info', 'after-cap');
  closeLog();
  assert.deepEqual(readdirSync(join(dir, 'logs')).sort(), ['marsad.log', 'marsad.log.1']);
  assert.equal(readLogTail(dir).length, 1);
  rmSync(dir, { recursive: true, force: true });
});

test('an unwritable log folder is skipped without throwing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-log-'));
  writeFileSync(join(dir, 'logs'), 'a file where the folder should be');
  openLog(dir);
  assert.doesNotThrow(() => logEvent('warn', 'nowhere-to-write'));
  closeLog();
  assert.deepEqual(errorFields(Object.assign(new Error('disk full'), { code: 'ENOSPC' })).code, 'ENOSPC');
  rmSync(dir, { recursive: true, force: true });
});
