// The Chromium printer's behaviour around the browser, with stand-in executables (shell scripts)
// so each case is certain: a Chromium that cannot be driven over the DevTools pipe is asked again
// with --print-to-pdf; one that writes no PDF is reported in one sentence; a cancel stops it at once.
// (Printing with a real Chromium is covered by export.test.ts and the CLI tests.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppFailure } from '../../../common/result.js';
import { chromiumPrinter, runningAsRoot } from './chromium.js';

const dir = mkdtempSync(join(tmpdir(), 'marsad-fake-chromium-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

function fake(name: string, script: string): string {
  const path = join(dir, name);
  writeFileSync(path, `#!/bin/sh\n${script}\n`);
  chmodSync(path, 0o755);
  return path;
}

// Refuses the pipe (as a Chromium without it would), prints with the flag.
const FLAG_ONLY = `for a in "$@"; do
  case "$a" in
    --remote-debugging-pipe) echo "unknown flag" >&2; exit 3 ;;
    --print-to-pdf=*) printf '%%PDF-1.4 from the flag\\n' > "\${a#--print-to-pdf=}" ;;
  esac
done
exit 0`;

test('chromium printer: a Chromium that cannot be driven over the pipe prints with --print-to-pdf', { skip: process.platform === 'win32' }, async () => {
  const pdf = await chromiumPrinter(fake('flag-only', FLAG_ONLY))('<p>x</p>');
  assert.equal(Buffer.from(pdf).toString('latin1'), '%PDF-1.4 from the flag\n');
});

test('chromium printer: a Chromium that writes no PDF is one sentence naming it', { skip: process.platform === 'win32' }, async () => {
  const exe = fake('no-pdf', 'exit 0');
  await assert.rejects(chromiumPrinter(exe)('<p>x</p>'), (e: AppFailure) => e.message === `Chromium (${exe}) ran but wrote no PDF; try another Chromium with --chromium PATH.`);
});

test('chromium printer: cancelling stops a Chromium that hangs, at once, and says so', { skip: process.platform === 'win32' }, async () => {
  const exe = fake('hangs', 'sleep 30');
  const stop = new AbortController();
  const started = Date.now();
  setTimeout(() => stop.abort(), 300);
  await assert.rejects(chromiumPrinter(exe)('<p>x</p>', stop.signal), (e: AppFailure) => e.appError.code === 'invalid-input' && /cancelled; no file was written/.test(e.message));
  assert.ok(Date.now() - started < 5_000, `stopped after ${Date.now() - started} ms`);
});

// Records its arguments, then prints with the flag (as FLAG_ONLY).
const RECORDS_ARGS = (log: string) => `echo "$@" >> ${log}
${FLAG_ONLY}`;

test('chromium printer: --no-sandbox only when running as root', { skip: process.platform === 'win32' }, async () => {
  for (const asRoot of [false, true]) {
    const log = join(dir, `args-${asRoot}.log`);
    await chromiumPrinter(fake(`records-${asRoot}`, RECORDS_ARGS(log)), { asRoot })('<p>x</p>');
    const runs = readFileSync(log, 'utf8').trim().split('\n');
    assert.ok(runs.length >= 1);
    for (const args of runs) assert.equal(args.split(' ').includes('--no-sandbox'), asRoot, `asRoot=${asRoot}: ${args}`);
  }
});

test('chromium printer: the sandbox default follows the user running it', () => {
  assert.equal(runningAsRoot(), process.getuid?.() === 0);
});
