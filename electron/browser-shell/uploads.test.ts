// Files bigger than the RPC cap can be dropped in the browser shell: the page's bridge script
// (run here in a vm against the real server and backend) sends each large dropped file on its
// own upload request and the import receives it whole, while ordinary calls keep the 8 MiB cap
// and an upload over one file's limit is refused in one sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { MAX_DROPPED_BASE64 } from '../../common/ipc/contract.js';
import type { Result } from '../../common/result.js';
import { openBackend } from '../backend/index.js';
import { MAX_RPC_BYTES } from './rpc.js';
import { createShellServer, listen } from './server.js';
import { shellBridgeScript } from './shell-bridge-script.js';

const TOKEN = 'test-token-for-uploads';
type Api = Record<string, (input?: unknown) => Promise<Result<unknown>>>;

async function setUp() {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-uploads-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
  // host 'cli': no background quote warmer, so a 7 MB text does not keep the loop busy.
  const backend = await openBackend({ dataDir: join(dir, 'lib'), holder: 'test', host: 'cli', systemLocale: 'en', version: 't', seedFile: null, writeDelayMs: 5 });
  const paths = { dataDir: join(dir, 'lib'), importDirs: [], exportDirs: [] };
  const server = createShellServer({ handlers: backend.handlers, rendererDir: dir, token: TOKEN, paths });
  const origin = `http://127.0.0.1:${await listen(server, 0)}`;
  // The page's fetch: same origin, and the cookie the browser would send stands as the header.
  const pageFetch = (url: string, init: RequestInit = {}) =>
    fetch(origin + url, { ...init, headers: { ...(init.headers as Record<string, string>), 'X-Marsad-Token': TOKEN } });
  const window: { marsad?: Api } = {};
  runInNewContext(shellBridgeScript(), { window, fetch: pageFetch });
  const cleanUp = async () => {
    server.close();
    server.closeAllConnections();
    await backend.close();
    await rm(dir, { recursive: true, force: true });
  };
  return { api: window.marsad!, pageFetch, cleanUp };
}

test('a 7 MB file dropped in the browser shell is imported whole through the bridge', async () => {
  const t = await setUp();
  try {
    // A page heavy in markup but under the importer's 1,000,000-character text cap: the size is
    // in the bytes on the wire, the words are what must arrive whole.
    const pad = 'x'.repeat(560);
    const paras = Array.from({ length: 12_000 }, (_, i) => `<p data-pad="${pad}">Line ${i}: the night ferry left the harbour ahead of the storm.</p>`);
    const page = `<!doctype html><html><head><title>Harbour log for the whole winter</title></head><body><article><h1>Harbour log for the whole winter</h1>${paras.join('\n')}</article></body></html>`;
    const bytes = Buffer.from(page, 'utf8');
    assert.ok(bytes.length > 7_000_000 && Math.ceil(bytes.length / 3) * 4 > MAX_RPC_BYTES);
    const started = await t.api.startImport!({ files: [{ name: 'winter-log.html', bytes: bytes.toString('base64') }] });
    assert.ok(started.ok, JSON.stringify(started));
    const jobId = (started.value as { jobId: string }).jobId;
    let state = 'running';
    while (state === 'running') {
      await new Promise((done) => setTimeout(done, 50));
      state = ((await t.api.importProgress!({ jobId })) as { value: { state: string } }).value.state;
    }
    const report = (await t.api.importReport!({ jobId })) as { value: { items: { id: string }[]; errorItems: unknown[] } };
    assert.deepEqual(report.value.errorItems, []);
    assert.equal(report.value.items.length, 1);
    const clip = (await t.api.getClip!({ id: report.value.items[0]!.id })) as { value: { body: string } };
    assert.ok(clip.value.body.includes('Line 11999: the night ferry'), 'the end of the file arrived');
  } finally {
    await t.cleanUp();
  }
});

test('ordinary calls keep the RPC cap; one upload may not exceed one file', async () => {
  const t = await setUp();
  try {
    const big = await t.pageFetch('/rpc/listClips', { method: 'POST', body: 'x'.repeat(MAX_RPC_BYTES + 1) });
    assert.equal(big.status, 413);
    const huge = await t.pageFetch('/upload', { method: 'POST', body: 'A'.repeat(MAX_DROPPED_BASE64 + 4) });
    assert.equal(huge.status, 413);
    assert.match(((await huge.json()) as { error: { message: string } }).error.message, /^[^\n]+\.$/);
    const junk = await t.pageFetch('/upload', { method: 'POST', body: 'not base64 at all!' });
    assert.equal(junk.status, 400);
    // An upload nobody received cannot be named in an import.
    const stale = await t.api.startImport!({ files: [{ name: 'a.txt', bytes: 'upload:0123456789abcdef0123' }] });
    assert.equal(stale.ok, false);
  } finally {
    await t.cleanUp();
  }
});
