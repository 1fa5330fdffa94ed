// The browser shell names no file the user did not give it: over real HTTP RPC to the real
// backend, an export outside the library's exports folder (or an --export-dir) or with the wrong
// extension, and an import by path outside an --import-dir, are refused with one sentence and
// the files are untouched; inside those folders both work.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_INCLUDES } from '../../common/export/types.js';
import type { ExportJobView } from '../../common/ipc/export-contract.js';
import type { Result } from '../../common/result.js';
import { openBackend } from '../backend/index.js';
import { SEED_FILE } from '../backend/export/test-library.fixture.js';
import { createShellServer, listen } from './server.js';

const options = { lang: 'en' as const, order: 'date' as const, include: DEFAULT_INCLUDES };
const TOKEN = 'test-token-for-path-rules';

async function setUp() {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-shell-paths-'));
  const dataDir = join(dir, 'lib');
  const importDir = join(dir, 'inbox');
  const exportDir = join(dir, 'outbox');
  mkdirSync(importDir);
  mkdirSync(exportDir);
  const backend = await openBackend({ dataDir, holder: 'test', host: 'browser', systemLocale: 'en', version: 't', seedFile: SEED_FILE, writeDelayMs: 5 });
  const server = createShellServer({
    handlers: backend.handlers,
    rendererDir: dir,
    token: TOKEN,
    paths: { dataDir, importDirs: [importDir], exportDirs: [exportDir] },
  });
  const port = await listen(server, 0);
  const call = async (name: string, payload: unknown): Promise<Result<unknown>> => {
    const res = await fetch(`http://127.0.0.1:${port}/rpc/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Marsad-Token': TOKEN },
      body: JSON.stringify(payload),
    });
    return (await res.json()) as Result<unknown>;
  };
  const exportTo = async (path: string, format = 'md', overwrite = false) => {
    const r = await call('startExport', { selection: {}, options, format, path, overwrite });
    if (!r.ok) return r;
    let job = r.value as ExportJobView;
    while (job.state === 'running') {
      await new Promise((done) => setTimeout(done, 10));
      job = ((await call('exportProgress', { jobId: job.jobId })) as { value: ExportJobView }).value;
    }
    return { ok: true as const, value: job };
  };
  const clips = async () => ((await call('libraryState', undefined)) as { value: { clips: number } }).value.clips;
  const cleanUp = async () => {
    server.close();
    server.closeAllConnections();
    await backend.close();
    await rm(dir, { recursive: true, force: true });
  };
  return { dir, dataDir, importDir, exportDir, call, exportTo, clips, cleanUp };
}

const refused = (r: Result<unknown>, pattern: RegExp): void => {
  assert.equal(r.ok, false, `expected a refusal, got ${JSON.stringify(r)}`);
  const { code, message } = (r as { error: { code: string; message: string } }).error;
  assert.equal(code, 'invalid-input');
  assert.match(message, pattern);
  assert.ok(!message.includes('\n'), message);
};

test('browser shell: an export outside its folders, or with another extension, is refused and the file untouched', async () => {
  const t = await setUp();
  try {
    const victim = join(t.dir, 'shellrc');
    writeFileSync(victim, 'alias ll="ls -l"\n');
    refused(await t.exportTo(victim, 'md', true), /saves reports only in/);
    refused(await t.exportTo(join(t.dataDir, 'exports', '..', '..', 'shellrc'), 'md', true), /saves reports only in/);
    // A link inside the exports folder that leads out of it does not widen the rule.
    mkdirSync(join(t.dataDir, 'exports'), { recursive: true });
    symlinkSync(t.dir, join(t.dataDir, 'exports', 'out'));
    refused(await t.exportTo(join(t.dataDir, 'exports', 'out', 'shellrc'), 'md', true), /saves reports only in/);
    refused(await t.exportTo(join(t.exportDir, 'week.txt'), 'md'), /\.md extension/);
    await new Promise((done) => setTimeout(done, 50));
    assert.equal(readFileSync(victim, 'utf8'), 'alias ll="ls -l"\n');
    assert.equal(existsSync(join(t.exportDir, 'week.txt')), false);
  } finally {
    await t.cleanUp();
  }
});

test('browser shell: a bare name goes to the library exports folder; --export-dir is allowed', async () => {
  const t = await setUp();
  try {
    const bare = await t.exportTo('week.md');
    assert.ok(bare.ok && (bare.value as ExportJobView).state === 'done', JSON.stringify(bare));
    assert.ok(readFileSync(join(t.dataDir, 'exports', 'week.md'), 'utf8').startsWith('#'));
    const chosen = await t.exportTo(join(t.exportDir, 'week.md'));
    assert.ok(chosen.ok && (chosen.value as ExportJobView).state === 'done', JSON.stringify(chosen));
    assert.ok(existsSync(join(t.exportDir, 'week.md')));
  } finally {
    await t.cleanUp();
  }
});

test('browser shell: an import by path outside --import-dir is refused and nothing is read', async () => {
  const t = await setUp();
  try {
    const secret = join(t.dir, 'private-note.txt');
    writeFileSync(secret, 'A private note that must never reach the library.\n');
    const before = await t.clips();
    refused(await t.call('startImport', { paths: [secret] }), /--import-dir/);
    refused(await t.call('startImport', { paths: [join(t.importDir, '..', 'private-note.txt')] }), /--import-dir/);
    assert.equal(await t.clips(), before);
    writeFileSync(join(t.importDir, 'ferry.txt'), 'Ferries ran late on Monday.\n\nThe harbour master cited fog.\n');
    const ok = await t.call('startImport', { paths: [join(t.importDir, 'ferry.txt')] });
    assert.ok(ok.ok, JSON.stringify(ok));
  } finally {
    await t.cleanUp();
  }
});
