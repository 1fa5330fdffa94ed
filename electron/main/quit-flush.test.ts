// Tests for quit-flush: quit waits for close, happens once, and still happens if close fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { holdQuitUntilClosed } from './quit-flush.js';

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
