// Everything a writer creates in a library folder is owner-only: files 0600, folders 0700 —
// the library, clip shards, bodies, backups, logs, the search index, quote and duplicate caches.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { openBackend } from '../index.js';

/** Every path under `dir` whose mode lets anyone but the owner in. */
function openToOthers(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const path = join(e.parentPath, e.name);
    if ((statSync(path).mode & 0o077) !== 0) out.push(`${relative(dir, path)} ${(statSync(path).mode & 0o777).toString(8)}`);
  }
  if ((statSync(dir).mode & 0o077) !== 0) out.push('(the library folder)');
  return out;
}

test('library files are 0600 and folders 0700, derived files and backups included', async () => {
  const parent = await mkdtemp(join(tmpdir(), 'marsad-modes-'));
  const dataDir = join(parent, 'lib');
  const backend = await openBackend({ dataDir, holder: 'test', host: 'browser', systemLocale: 'en', version: 't', writeDelayMs: 5 });
  const h = backend.handlers;
  const src = join(parent, 'a.txt');
  await writeFile(src, 'Port reopens\n\n"We expect full traffic by Friday," the port director said on Monday.');
  const started = await h.startImport({ paths: [src] });
  assert.ok(started.ok);
  for (;;) {
    const p = await h.importProgress({ jobId: started.value.jobId });
    if (!p.ok || p.value.state !== 'running') break;
    await new Promise((r) => setTimeout(r, 10));
  }
  assert.ok((await h.search({ query: 'traffic' })).ok);
  assert.ok((await h.listPeople()).ok);
  await backend.close();
  const names = readdirSync(dataDir, { recursive: true }).map(String);
  for (const expected of ['library.json', 'bodies', 'backups', 'logs', 'search-index.bin', 'quotes-cache.jsonl', 'dedup-keys.bin']) {
    assert.ok(names.includes(expected), `${expected} was written`);
  }
  assert.deepEqual(openToOthers(dataDir), []);
});

test('an existing world-readable library folder is made owner-only when a writer opens it', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'marsad-modes-old-'));
  chmodSync(dataDir, 0o755);
  const backend = await openBackend({ dataDir, holder: 'test', host: 'cli', systemLocale: 'en', version: 't' });
  await backend.close();
  assert.equal(statSync(dataDir).mode & 0o777, 0o700);
});
