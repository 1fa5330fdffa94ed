// Tests the preload as it ships: bundled in memory the way scripts/build.mjs bundles it, then run
// in a vm with a fake `electron`. It must require nothing but electron, expose exactly one
// object, `marsad`, with one method per contract call plus `pathForFile` and `onMenuCommand`, and
// stay small (no zod).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { CALL_NAMES, CHANNELS, GRANT_FILE_CHANNEL } from '../../common/ipc/channels.js';
import { MENU_COMMAND_CHANNEL } from '../../common/ipc/menu-commands.js';

// Why 8 KB: the bridge is ~1 KB; anything near this means a schema library crept in.
const MAX_PRELOAD_BYTES = 8_192;

const bundle = async (): Promise<string> => {
  const out = await build({
    entryPoints: ['electron/preload/preload.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['electron'],
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
};

const load = (code: string) => {
  const exposed: Record<string, unknown> = {};
  const invoked: unknown[][] = [];
  const granted: unknown[][] = [];
  const listeners = new Map<string, (event: unknown, value: unknown) => void>();
  const required: string[] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
    ipcRenderer: {
      invoke: (...args: unknown[]) => (invoked.push(args), Promise.resolve({ ok: true, value: args[0] })),
      sendSync: (...args: unknown[]) => (granted.push(args), true),
      on: (channel: string, fn: (event: unknown, value: unknown) => void) => listeners.set(channel, fn),
    },
    webUtils: { getPathForFile: (file: { name: string }) => `/dropped/${file.name}` },
  };
  const require = (id: string) => {
    required.push(id);
    if (id !== 'electron') throw new Error(`preload required ${id}`);
    return electron;
  };
  const module = { exports: {} };
  runInNewContext(code, { require, module, exports: module.exports });
  return { exposed, invoked, granted, required, listeners };
};

test('the preload bundle requires only electron and is small', async () => {
  const code = await bundle();
  assert.ok(code.length < MAX_PRELOAD_BYTES, `preload is ${code.length} bytes`);
  assert.deepEqual(load(code).required, ['electron']);
});

test('exposes exactly window.marsad with one frozen method per contract call, pathForFile and onMenuCommand', async () => {
  const { exposed, granted } = load(await bundle());
  assert.deepEqual(Object.keys(exposed), ['marsad']);
  const api = exposed.marsad as Record<string, unknown>;
  assert.deepEqual(Object.keys(api).sort(), [...CALL_NAMES, 'onMenuCommand', 'pathForFile'].sort());
  const pathForFile = api['pathForFile'] as (file: { name: string }) => string;
  assert.equal(pathForFile({ name: 'a.txt' }), '/dropped/a.txt');
  // The path read off a dropped File is granted to the main process before the page sees it.
  assert.deepEqual(granted, [[GRANT_FILE_CHANNEL, '/dropped/a.txt']]);
  for (const name of CALL_NAMES) assert.equal(typeof api[name], 'function', name);
  assert.ok(Object.isFrozen(api));
});

test('each method invokes its channel with the input and returns the result', async () => {
  const { exposed, invoked } = load(await bundle());
  const api = exposed.marsad as Record<string, (input?: unknown) => Promise<unknown>>;
  assert.deepEqual(await api.getClip!({ id: 'c1' }), { ok: true, value: CHANNELS.getClip });
  await api.appInfo!();
  assert.deepEqual(invoked, [[CHANNELS.getClip, { id: 'c1' }], [CHANNELS.appInfo, undefined]]);
});

test('menu commands reach the page checked, without the IPC event', async () => {
  const { exposed, listeners } = load(await bundle());
  const api = exposed.marsad as { onMenuCommand: (fn: (m: unknown) => void) => void };
  const got: unknown[] = [];
  api.onMenuCommand((...args: unknown[]) => got.push(args));
  const send = listeners.get(MENU_COMMAND_CHANNEL)!;
  send({ sender: 'ipc event' }, { command: 'import-paths', paths: ['/home/a/b.txt'] });
  send({ sender: 'ipc event' }, { command: 'run-anything' });
  send({ sender: 'ipc event' }, 'new-report');
  // The message is built in the preload's realm: compare its shape, not its prototype.
  assert.equal(JSON.stringify(got), JSON.stringify([[{ command: 'import-paths', paths: ['/home/a/b.txt'] }]]));
});
