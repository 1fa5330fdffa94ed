// Tests for quit-flush: quit waits for close, happens once, and still happens if close fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dialogQuitPrompts, holdQuitUntilClosed, holdQuitUntilSaved, quitChoiceOf, QUIT_STRINGS } from './quit-flush.js';

const fakeApp = () => {
  let listener: ((e: { preventDefault(): void }) => void) | null = null;
  const log: string[] = [];
  const app = {
    on: (_: 'before-quit', fn: (e: { preventDefault(): void }) => void) => (listener = fn),
    quit: () => {
      log.push('quit');
      app.fire();
    },
    /** What Electron does on app.quit(): emit before-quit; quit proceeds unless prevented. */
    fire: () => {
      let prevented = false;
      listener!({ preventDefault: () => (prevented = true) });
      log.push(prevented ? 'prevented' : 'exited');
    },
  };
  return { app, log };
};

test('quit is held until close resolves, then proceeds once', async () => {
  const { app, log } = fakeApp();
  let release!: () => void;
  let closes = 0;
  holdQuitUntilClosed(app, () => { closes++; return new Promise<void>((r) => (release = r)); }, (e) => assert.fail(String(e)));
  app.fire();
  app.fire(); // a second Cmd+Q while saving
  assert.deepEqual(log, ['prevented', 'prevented']);
  release();
  await new Promise((r) => setTimeout(r, 0));
  assert.deepEqual(log, ['prevented', 'prevented', 'quit', 'exited']);
  assert.equal(closes, 1);
});

test('a failing close is reported and the app still quits', async () => {
  const { app, log } = fakeApp();
  const errors: unknown[] = [];
  holdQuitUntilClosed(app, () => Promise.reject(new Error('disk full')), (e) => errors.push(e));
  app.fire();
  await new Promise((r) => setTimeout(r, 0));
  assert.equal((errors[0] as Error).message, 'disk full');
  assert.deepEqual(log, ['prevented', 'quit', 'exited']);
});

test('a close that hangs times out, is reported, and the app quits', async () => {
  const { app, log } = fakeApp();
  const errors: unknown[] = [];
  holdQuitUntilClosed(app, () => new Promise<void>(() => {}), (e) => errors.push(e), 20);
  app.fire();
  await new Promise((r) => setTimeout(r, 60));
  assert.match(String(errors[0]), /within 20 ms/);
  assert.deepEqual(log, ['prevented', 'quit', 'exited']);
});

test('with no time limit, quit waits for as long as close takes (a dialog may be open)', async () => {
  const { app, log } = fakeApp();
  let release!: () => void;
  holdQuitUntilClosed(app, () => new Promise<void>((r) => (release = r)), (e) => assert.fail(String(e)), null);
  app.fire();
  await new Promise((r) => setTimeout(r, 30));
  assert.deepEqual(log, ['prevented']);
  release();
  await new Promise((r) => setTimeout(r, 0));
  assert.deepEqual(log, ['prevented', 'quit', 'exited']);
});

test('the quit dialog offers wait, save a copy, quit anyway; Escape means wait', async () => {
  assert.deepEqual([0, 1, 2, 7].map(quitChoiceOf), ['wait', 'save-copy', 'quit-anyway', 'wait']);
  const shown: { buttons?: string[]; detail?: string; cancelId?: number }[] = [];
  const dialog = {
    showMessageBox: async (o: { buttons?: string[]; detail?: string; cancelId?: number }) => (shown.push(o), { response: 1, checkboxChecked: false }),
    showOpenDialog: async () => ({ canceled: false, filePaths: ['/media/usb'] }),
  } as unknown as Parameters<typeof dialogQuitPrompts>[0];
  const prompts = dialogQuitPrompts(dialog, 'ar');
  assert.equal(await prompts.ask('القرص ممتلئ.'), 'save-copy');
  assert.deepEqual(shown[0]!.buttons, QUIT_STRINGS.ar.buttons);
  assert.equal(shown[0]!.cancelId, 0);
  assert.match(shown[0]!.detail!, /^القرص ممتلئ\. /);
  assert.equal(await prompts.chooseFolder(), '/media/usb');
});

test('holdQuitUntilSaved: a failed save asks, "wait" retries, and the app quits once saved', async () => {
  const { app, log } = fakeApp();
  let failures = 1;
  const calls: string[] = [];
  const backend = {
    flush: async () => {
      calls.push('flush');
      if (failures-- > 0) throw new Error('ENOSPC');
    },
    close: async () => void calls.push('close'),
    saveCopy: async () => '',
  };
  const dialog = {
    showMessageBox: async () => (calls.push('asked'), { response: 0, checkboxChecked: false }),
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
  } as unknown as Parameters<typeof dialogQuitPrompts>[0];
  holdQuitUntilSaved(app, backend, dialog, () => 'en', (l) => assert.fail(l));
  app.fire();
  for (let i = 0; i < 200 && !log.includes('exited'); i++) await new Promise((r) => setTimeout(r, 25));
  assert.deepEqual(calls, ['flush', 'asked', 'flush', 'close']);
  assert.deepEqual(log, ['prevented', 'quit', 'exited']);
});
