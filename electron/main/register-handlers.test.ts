// Tests for register-handlers: every channel registered, foreign senders refused before any
// validation or handler runs, trusted calls go through dispatch (zod + Result).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CALL_NAMES, CHANNELS, GRANT_FILE_CHANNEL, type Handlers } from '../../common/ipc/contract.js';
import { ok } from '../../common/result.js';
import { FOREIGN_SENDER_MESSAGE, registerHandlers, type IpcLike } from './register-handlers.js';

type Listener = (event: unknown, payload: unknown) => Promise<unknown>;

const fakeIpc = () => {
  const table = new Map<string, Listener>();
  const ipc = {
    handle: (channel: string, fn: Listener) => {
      assert.ok(!table.has(channel), `registered twice: ${channel}`);
      table.set(channel, fn);
    },
    removeHandler: (channel: string) => table.delete(channel),
    on: (channel: string, fn: Listener) => table.set(`on:${channel}`, fn),
    removeListener: (channel: string) => table.delete(`on:${channel}`),
  } as unknown as IpcLike;
  return { ipc, table };
};

const calls: string[] = [];
const handlers = Object.fromEntries(
  CALL_NAMES.map((name) => [name, async (input: unknown) => (calls.push(name), ok({ name, input }))]),
) as unknown as Handlers;
const frame = (url: string | null) => ({ senderFrame: url === null ? null : { url } });

test('registers exactly the contract channels and can unregister them', () => {
  const { ipc, table } = fakeIpc();
  const dispose = registerHandlers(ipc, handlers);
  assert.deepEqual([...table.keys()].sort(), [...Object.values(CHANNELS), `on:${GRANT_FILE_CHANNEL}`].sort());
  dispose();
  assert.equal(table.size, 0);
});

test('a call from the app frame is validated and dispatched', async () => {
  const { ipc, table } = fakeIpc();
  registerHandlers(ipc, handlers);
  calls.length = 0;
  const res = await table.get(CHANNELS.getClip)!(frame('app://marsad/index.html'), { id: 'c1' });
  assert.deepEqual(res, { ok: true, value: { name: 'getClip', input: { id: 'c1' } } });
  const bad = (await table.get(CHANNELS.getClip)!(frame('app://marsad/index.html'), { id: 7 })) as {
    ok: boolean;
    error: { code: string };
  };
  assert.equal(bad.ok, false);
  assert.equal(bad.error.code, 'invalid-input');
  assert.deepEqual(calls, ['getClip']);
});

test('foreign, missing and destroyed frames are refused before the handler runs', async () => {
  const { ipc, table } = fakeIpc();
  registerHandlers(ipc, handlers);
  calls.length = 0;
  const destroyed = {
    get senderFrame() {
      return {
        get url(): string {
          throw new Error('Render frame was disposed');
        },
      };
    },
  };
  const senders = [
    frame('https://evil.example/'),
    frame('app://marsad.evil/index.html'),
    frame('file:///tmp/index.html'),
    frame('devtools://devtools/bundled/inspector.html'),
    frame(''),
    frame(null),
    destroyed,
  ];
  const warn = console.warn;
  console.warn = () => {};
  try {
    for (const s of senders) {
      const res = await table.get(CHANNELS.setSettings)!(s, { locale: 'ar' });
      assert.deepEqual(res, { ok: false, error: { code: 'invalid-input', message: FOREIGN_SENDER_MESSAGE } });
    }
  } finally {
    console.warn = warn;
  }
  assert.deepEqual(calls, []);
});
