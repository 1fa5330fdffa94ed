// The browser shell writes unexpected errors and failed exports to the library's log, over real
// HTTP RPC: an "internal-error" line naming the call (no article text) and an "export-failed"
// line naming the format and the reason.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_INCLUDES } from '../../common/export/types.js';
import type { Handlers } from '../../common/ipc/contract.js';
import { openBackend } from '../backend/index.js';
import { readLogTail } from '../backend/log/app-log.js';
import { createShellServer, listen } from './server.js';

const TOKEN = 'test-token-for-the-log';
const ARTICLE = 'The lighthouse keeper counted nineteen ships before the fog rolled in.';

test('browser shell: internal errors and failed exports land in the log, without article text', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-log-shell-'));
  const dataDir = join(dir, 'lib');
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
  const backend = await openBackend({ dataDir, holder: 'test', host: 'cli', systemLocale: 'en', version: 't', seedFile: null, writeDelayMs: 5 });
  const broken: Handlers = {
    ...backend.handlers,
    importText: async () => {
      throw new TypeError('paragraphs.map is not a function');
    },
  };
  const server = createShellServer({ handlers: broken, rendererDir: dir, token: TOKEN, paths: { dataDir, importDirs: [], exportDirs: [] } });
  const port = await listen(server, 0);
  const call = async (name: string, payload: unknown) =>
    (await (await fetch(`http://127.0.0.1:${port}/rpc/${name}`, { method: 'POST', headers: { 'X-Marsad-Token': TOKEN }, body: JSON.stringify(payload) })).json()) as {
      ok: boolean;
      value?: { jobId: string; state: string };
    };
  try {
    assert.equal((await call('importText', { text: ARTICLE })).ok, false);
    const options = { lang: 'en', order: 'date', include: DEFAULT_INCLUDES };
    const started = await call('startExport', { selection: {}, options, format: 'md', path: join(dataDir, 'exports', 'no-such-folder', 'r.md') });
    assert.ok(started.ok, JSON.stringify(started));
    let job = started.value!;
    while (job.state === 'running') {
      await new Promise((done) => setTimeout(done, 10));
      job = (await call('exportProgress', { jobId: job.jobId })).value!;
    }
    assert.equal(job.state, 'failed');
    const log = readLogTail(dataDir).map((l) => JSON.parse(l) as Record<string, unknown>);
    const internal = log.filter((e) => e.event === 'internal-error');
    assert.equal(internal.length, 1, JSON.stringify(log));
    assert.equal(internal[0]!.call, 'importText');
    assert.equal(internal[0]!.error, 'paragraphs.map is not a function');
    const failed = log.filter((e) => e.event === 'export-failed');
    assert.equal(failed.length, 1, JSON.stringify(log));
    assert.equal(failed[0]!.format, 'md');
    assert.equal(failed[0]!.code, 'not-found');
    assert.ok(!readLogTail(dataDir).join('\n').includes('lighthouse'));
  } finally {
    server.close();
    server.closeAllConnections();
    await backend.close();
    await rm(dir, { recursive: true, force: true });
  }
});
