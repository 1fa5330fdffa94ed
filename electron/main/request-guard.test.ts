// Tests for request-guard: only app:// and local schemes pass; the rest is counted and logged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequestGuard } from './request-guard.js';

test('app:// and local schemes pass without a warning', () => {
  const warnings: string[] = [];
  const g = createRequestGuard({ allowDevtools: false, warn: (m) => warnings.push(m) });
  for (const url of ['app://marsad/index.html', 'app://marsad/assets/f.woff2', 'data:image/png;base64,AA==', 'blob:app://marsad/1-2']) {
    assert.equal(g.allow(url), true, url);
  }
  assert.equal(g.blocked(), 0);
  assert.deepEqual(warnings, []);
});

test('anything else is blocked, counted and logged with its URL', () => {
  const warnings: string[] = [];
  const g = createRequestGuard({ allowDevtools: false, warn: (m) => warnings.push(m) });
  const remote = [
    'https://fonts.googleapis.com/css2?family=Amiri',
    'http://127.0.0.1:9222/json',
    'file:///etc/passwd',
    'ws://example.com/',
    'app://marsad.evil/x.js',
    'devtools://devtools/bundled/inspector.html',
    'garbage',
  ];
  for (const url of remote) assert.equal(g.allow(url), false, url);
  assert.equal(g.blocked(), remote.length);
  assert.equal(warnings.length, remote.length);
  assert.match(warnings[0] ?? '', /blocked request #1 .*https:\/\/fonts\.googleapis\.com/);
  assert.deepEqual(g.recent(), remote);
});

test('devtools schemes pass only when allowed (dev runs)', () => {
  const g = createRequestGuard({ allowDevtools: true, warn: () => {} });
  assert.equal(g.allow('devtools://devtools/bundled/inspector.html'), true);
  assert.equal(g.allow('chrome-extension://abc/x.js'), true);
  assert.equal(g.allow('https://example.com/'), false);
});

test('the recent list is capped', () => {
  const g = createRequestGuard({ allowDevtools: false, warn: () => {} });
  for (let i = 0; i < 120; i++) g.allow(`https://e.com/${i}`);
  assert.equal(g.blocked(), 120);
  assert.equal(g.recent().length, 50);
  assert.equal(g.recent().at(-1), 'https://e.com/119');
});
