// The DevTools pipe client: NUL-framed JSON in both directions, answers matched to commands by
// id, events to waiters by method and session, and everything open failed when the pipe closes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { CdpPipe } from './cdp-pipe.js';

function pair() {
  const toBrowser = new PassThrough();
  const fromBrowser = new PassThrough();
  const sent: Record<string, unknown>[] = [];
  let buffered = '';
  toBrowser.on('data', (d: Buffer) => {
    buffered += d.toString('utf8');
    const parts = buffered.split('\0');
    buffered = parts.pop()!;
    for (const p of parts) sent.push(JSON.parse(p) as Record<string, unknown>);
  });
  return { cdp: new CdpPipe(toBrowser, fromBrowser), fromBrowser, sent };
}

const tick = () => new Promise((r) => setImmediate(r));

test('cdp pipe: commands are NUL-framed, answers matched by id even when split across chunks', async () => {
  const { cdp, fromBrowser, sent } = pair();
  const a = cdp.send('Target.createTarget', { url: 'about:blank' });
  const b = cdp.send('Page.enable', {}, 'S1');
  await tick();
  assert.deepEqual(sent, [
    { id: 1, method: 'Target.createTarget', params: { url: 'about:blank' } },
    { id: 2, method: 'Page.enable', params: {}, sessionId: 'S1' },
  ]);
  // The second answer first, and the first one cut in the middle of a multi-byte letter.
  const second = Buffer.from(`${JSON.stringify({ id: 2, result: {} })}\0`);
  const first = Buffer.from(`${JSON.stringify({ id: 1, result: { targetId: 'سوريا' } })}\0`);
  const cut = first.indexOf(Buffer.from('سوريا')) + 1;
  fromBrowser.write(Buffer.concat([second, first.subarray(0, cut)]));
  await tick();
  fromBrowser.write(first.subarray(cut));
  assert.deepEqual(await a, { targetId: 'سوريا' });
  assert.deepEqual(await b, {});
});

test('cdp pipe: an error answer rejects with the method named; events reach the waiter of their session', async () => {
  const { cdp, fromBrowser } = pair();
  const bad = cdp.send('IO.read', { handle: 'x' });
  const loaded = cdp.once('Page.loadEventFired', 'S2');
  fromBrowser.write(`${JSON.stringify({ method: 'Page.loadEventFired', sessionId: 'S1', params: { timestamp: 1 } })}\0`);
  fromBrowser.write(`${JSON.stringify({ id: 1, error: { message: 'Invalid stream handle' } })}\0`);
  fromBrowser.write(`${JSON.stringify({ method: 'Page.loadEventFired', sessionId: 'S2', params: { timestamp: 2 } })}\0`);
  await assert.rejects(bad, /IO\.read: Invalid stream handle/);
  assert.deepEqual(await loaded, { timestamp: 2 });
});

test('cdp pipe: when the browser closes the pipe, open commands and waits fail, and later ones at once', async () => {
  const { cdp, fromBrowser } = pair();
  const pending = cdp.send('Page.printToPDF');
  const waiting = cdp.once('Page.loadEventFired', 'S1');
  fromBrowser.destroy();
  await assert.rejects(pending, /closed its DevTools pipe/);
  await assert.rejects(waiting, /closed its DevTools pipe/);
  await assert.rejects(cdp.send('Browser.close'), /closed its DevTools pipe/);
});
