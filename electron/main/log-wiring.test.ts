// The desktop host writes unexpected errors to the library's log: a handler that throws behind
// registerHandlers leaves one "internal-error" line naming the call, and none of the article
// text the call carried.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHANNELS, type Handlers } from '../../common/ipc/contract.js';
import { openBackend } from '../backend/index.js';
import { readLogTail } from '../backend/log/app-log.js';
import { registerHandlers, type IpcLike } from './register-handlers.js';

const ARTICLE = 'The lighthouse keeper counted nineteen ships before the fog rolled in.';

test('an internal error behind the desktop bridge lands in the log, without article text', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-log-main-'));
  const dataDir = join(dir, 'lib');
  const backend = await openBackend({ dataDir, holder: 'test', host: 'electron', systemLocale: 'en', version: 't', seedFile: null, writeDelayMs: 5 });
  const table = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>();
  const ipc = { handle: (c: string, fn: never) => table.set(c, fn), removeHandler: () => undefined, on: () => undefined, removeListener: () => undefined } as unknown as IpcLike;
  const broken: Handlers = {
    ...backend.handlers,
    importText: async () => {
      throw new RangeError('Invalid array length');
    },
  };
  const dispose = registerHandlers(ipc, broken);
  try {
    const r = (await table.get(CHANNELS.importText)!({ senderFrame: { url: 'app://marsad/index.html' } }, { text: ARTICLE })) as { ok: boolean };
    assert.equal(r.ok, false);
    const lines = readLogTail(dataDir).filter((l) => l.includes('"internal-error"'));
    assert.equal(lines.length, 1, readLogTail(dataDir).join('\n'));
    const entry = JSON.parse(lines[0]!) as Record<string, unknown>;
    assert.equal(entry.level, 'error');
    assert.equal(entry.call, 'importText');
    assert.equal(entry.error, 'Invalid array length');
    assert.ok(!readLogTail(dataDir).join('\n').includes('lighthouse'));
  } finally {
    dispose();
    await backend.close();
    await rm(dir, { recursive: true, force: true });
  }
});
