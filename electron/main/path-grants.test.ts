// The desktop bridge names no file the user did not give: through registerHandlers (a fake
// ipcMain, the real backend), an import or export naming a path that did not come from the save
// dialog or a drop is refused with one sentence and the file is untouched; a granted path works
// once; the save dialog's path must carry the format's extension.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_INCLUDES } from '../../common/export/types.js';
import { CHANNELS, GRANT_FILE_CHANNEL, type Handlers } from '../../common/ipc/contract.js';
import type { ExportJobView } from '../../common/ipc/export-contract.js';
import { ok, type Result } from '../../common/result.js';
import { openBackend } from '../backend/index.js';
import { SEED_FILE } from '../backend/export/test-library.fixture.js';
import { registerHandlers, type IpcLike } from './register-handlers.js';

type Listener = (event: unknown, payload: unknown) => unknown;
const APP = { senderFrame: { url: 'app://marsad/index.html' } };
const options = { lang: 'ar' as const, order: 'date' as const, include: DEFAULT_INCLUDES };

const fakeIpc = () => {
  const invoke = new Map<string, Listener>();
  const sync = new Map<string, Listener>();
  const ipc = {
    handle: (channel: string, fn: Listener) => invoke.set(channel, fn),
    removeHandler: (channel: string) => invoke.delete(channel),
    on: (channel: string, fn: Listener) => sync.set(channel, fn),
    removeListener: (channel: string) => sync.delete(channel),
  } as unknown as IpcLike;
  const call = async (name: keyof typeof CHANNELS, payload: unknown) =>
    (await invoke.get(CHANNELS[name])!(APP, payload)) as Result<unknown>;
  /** What the preload does when the page asks for a dropped file's path. */
  const drop = (path: string, from = APP) => {
    const event = { ...from, returnValue: undefined as unknown };
    sync.get(GRANT_FILE_CHANNEL)?.(event, path);
    return event.returnValue;
  };
  return { ipc, call, drop };
};

async function setUp(dialogAnswer: () => string | null) {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-grants-'));
  const backend = await openBackend({ dataDir: join(dir, 'lib'), holder: 'test', host: 'electron', systemLocale: 'ar', version: 't', seedFile: SEED_FILE, writeDelayMs: 5 });
  // The native save dialog, as report-dialog.ts answers it.
  const handlers: Handlers = { ...backend.handlers, chooseReportPath: async () => ok({ supported: true, path: dialogAnswer() }) };
  const bridge = fakeIpc();
  const dispose = registerHandlers(bridge.ipc, handlers);
  const finish = async (view: Result<unknown>) => {
    assert.ok(view.ok, JSON.stringify(view));
    let job = view.value as ExportJobView;
    while (job.state === 'running') {
      await new Promise((r) => setTimeout(r, 10));
      job = ((await bridge.call('exportProgress', { jobId: job.jobId })) as { value: ExportJobView }).value;
    }
    return job;
  };
  const clips = async () => ((await bridge.call('libraryState', undefined)) as { value: { clips: number } }).value.clips;
  const cleanUp = async () => {
    dispose();
    await backend.close();
    await rm(dir, { recursive: true, force: true });
  };
  return { dir, ...bridge, finish, clips, cleanUp };
}

const refused = (r: Result<unknown>): string => {
  assert.equal(r.ok, false, `expected a refusal, got ${JSON.stringify(r)}`);
  const message = (r as { error: { code: string; message: string } }).error.message;
  assert.equal((r as { error: { code: string } }).error.code, 'invalid-input');
  assert.equal(message.split(/[.;] /).length <= 2 && !message.includes('\n'), true, message);
  return message;
};

test('an export to a path the save dialog did not give is refused and the file is untouched', async () => {
  const t = await setUp(() => null);
  try {
    const victim = join(t.dir, 'shellrc');
    writeFileSync(victim, 'export PATH=/usr/bin\n');
    const r = await t.call('startExport', { selection: {}, options, format: 'md', path: victim, overwrite: true });
    assert.match(refused(r), /save dialog/);
    await new Promise((done) => setTimeout(done, 50));
    assert.equal(readFileSync(victim, 'utf8'), 'export PATH=/usr/bin\n');
  } finally {
    await t.cleanUp();
  }
});

test('an import naming a file that was not dropped or picked is refused and nothing is read', async () => {
  const t = await setUp(() => null);
  try {
    const secret = join(t.dir, 'id_secret.txt');
    writeFileSync(secret, 'A private note that must never reach the library.\n');
    const before = await t.clips();
    assert.match(refused(await t.call('startImport', { paths: [secret] })), /dropped|picked/);
    assert.equal(await t.clips(), before);
  } finally {
    await t.cleanUp();
  }
});

test('a path from the save dialog is written once; a dropped file is imported once', async () => {
  const t = await setUp(() => join(t.dir, 'week.md'));
  try {
    const chosen = await t.call('chooseReportPath', { defaultName: 'week.md', format: 'md' });
    assert.deepEqual(chosen, { ok: true, value: { supported: true, path: join(t.dir, 'week.md') } });
    const job = await t.finish(await t.call('startExport', { selection: {}, options, format: 'md', path: join(t.dir, 'week.md'), overwrite: true }));
    assert.equal(job.state, 'done', JSON.stringify(job.error));
    assert.ok(readFileSync(join(t.dir, 'week.md'), 'utf8').startsWith('#'));
    // Used once: the same path again needs the dialog again.
    refused(await t.call('startExport', { selection: {}, options, format: 'md', path: join(t.dir, 'week.md'), overwrite: true }));

    const dropped = join(t.dir, 'dropped.txt');
    writeFileSync(dropped, 'Harbour cranes stood idle on Tuesday.\n\nThe port authority blamed the wind.\n');
    assert.equal(t.drop(dropped), true);
    assert.equal(t.drop(dropped, { senderFrame: { url: 'https://evil.example/' } }), false);
    const started = await t.call('startImport', { paths: [dropped] });
    assert.ok(started.ok, JSON.stringify(started));
    refused(await t.call('startImport', { paths: [dropped] }));
  } finally {
    await t.cleanUp();
  }
});

test('a dialog path without the extension gets it, and a wrong format is refused', async () => {
  const t = await setUp(() => join(t.dir, 'brief'));
  try {
    const chosen = (await t.call('chooseReportPath', { defaultName: 'brief.md', format: 'md' })) as { value: { path: string } };
    assert.equal(chosen.value.path, join(t.dir, 'brief.md'));
    // Granted for Markdown, so a JSON report may not take the name.
    assert.match(refused(await t.call('startExport', { selection: {}, options, format: 'json', path: chosen.value.path })), /save dialog|extension/);
  } finally {
    await t.cleanUp();
  }
});
