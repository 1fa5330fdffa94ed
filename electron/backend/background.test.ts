// Background tasks never take a host down: a library opened in the corrupt state, with the quote
// warmer and the search index's timers scheduled, leaves no unhandled rejection behind, and the
// guard itself logs a failing task instead of rethrowing it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LibraryStore } from './store/library-store.js';
import { addClip } from './clips.js';
import { QuoteCache } from './quotes/quote-cache.js';
import { QuoteWarmer } from './quotes/quote-warmer.js';
import { createHandlers } from './handlers.js';
import { closeLog, openLog } from './log/app-log.js';
import { runInBackground } from './background.js';
import { processGuards } from './process-guards.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Collects unhandled rejections and uncaught exceptions while `fn` runs (and `settleMs` after). */
async function escapes(fn: () => Promise<void>, settleMs: number): Promise<unknown[]> {
  const seen: unknown[] = [];
  const onRejection = (e: unknown) => seen.push(e);
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onRejection);
  try {
    await fn();
    await sleep(settleMs);
  } finally {
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onRejection);
  }
  return seen;
}

async function corruptLibrary(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-bg-'));
  const store = await LibraryStore.open({ dataDir: dir, holder: 'test', writeDelayMs: 5 });
  await addClip(store, { title: 'A harbour story', body: 'The ferry left at noon, the captain said.' });
  await store.close();
  await writeFile(join(dir, 'library.json'), '{"schemaVersion": 1, "clips": [ not json');
  return dir;
}

test('a corrupt library with the quote warmer and index sync scheduled leaves no unhandled rejection', async () => {
  const dir = await corruptLibrary();
  let store!: LibraryStore;
  const seen = await escapes(async () => {
    store = await LibraryStore.open({ dataDir: dir, holder: 'test', writeDelayMs: 5 });
    assert.ok(store.corrupt, 'opened in the corrupt state');
    // What the browser shell and the app build on open, with the warmer's delay cut short.
    createHandlers(store, { version: 't', host: 'browser', dataDir: dir, libraryFile: store.file, systemLocale: 'en' });
    new QuoteWarmer(store, new QuoteCache(store), { delayMs: 5, sliceMs: 1 });
  }, 150);
  assert.deepEqual(seen.map(String), [], 'nothing escaped to the process');
  const [newest] = (await store.backups.list()).filter((b) => b.clips >= 0);
  // A restore wakes every listener; the warmer then runs against a readable library again.
  const afterRestore = await escapes(() => store.restoreBackup(newest!.name), 150);
  assert.deepEqual(afterRestore.map(String), []);
  assert.equal(store.data.clips.length, 1);
  await store.close();
});

test('runInBackground logs a failing task and resolves; it never rethrows', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-bg-log-'));
  openLog(dir);
  try {
    const seen = await escapes(async () => {
      await runInBackground('test-task', async () => {
        throw new Error('the disk went away');
      });
      runInBackground('test-sync-throw', () => {
        throw new TypeError('not a function');
      });
    }, 20);
    assert.deepEqual(seen, []);
    const lines = (await readFile(join(dir, 'logs', 'marsad.log'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(
      lines.map((l) => [l.level, l.event, l.task, l.error]),
      [
        ['error', 'background-task-failed', 'test-task', 'the disk went away'],
        ['error', 'background-task-failed', 'test-sync-throw', 'not a function'],
      ],
    );
  } finally {
    closeLog();
  }
});

test('process guards log a stray rejection and hand an uncaught exception to onFatal once', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-bg-guard-'));
  openLog(dir);
  const said: string[] = [];
  const fatal: unknown[] = [];
  // Called directly: the test runner keeps its own process handlers.
  const guards = processGuards({ say: (l) => said.push(l), onFatal: (e) => fatal.push(e) });
  try {
    guards.onRejection(new Error('late failure'));
    guards.onException(new Error('broken state'));
    guards.onException(new Error('second'));
  } finally {
    closeLog();
  }
  assert.equal(fatal.length, 1);
  assert.equal((fatal[0] as Error).message, 'broken state');
  assert.equal(said.length, 3);
  const events = (await readFile(join(dir, 'logs', 'marsad.log'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l).event);
  assert.deepEqual(events, ['unhandled-rejection', 'uncaught-exception', 'uncaught-exception']);
});
