// The Electron security checklist items that live in the window, its web contents and its
// session, checked on the real modules with fakes for Electron's objects: webPreferences,
// navigation / redirect / <webview> / window.open refusals with http(s) links sent outside,
// and a session that denies every permission and cancels every request off app://.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { App, Session, WebContents } from 'electron';
import { guardAllContents, guardContents } from './contents-guard.js';
import { guardSession } from './network-guard.js';
import { createRequestGuard } from './request-guard.js';
import { windowPreferences } from './window-preferences.js';

test('window: no Node, isolated, sandboxed, web security on, nothing experimental, no webview', () => {
  assert.deepEqual(windowPreferences('/app/preload.cjs'), {
    preload: '/app/preload.cjs',
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  });
  assert.ok(!('enableBlinkFeatures' in windowPreferences('/p')));
});

const fakeContents = () => {
  const on = new Map<string, (event: unknown) => void>();
  let openHandler: ((d: { url: string }) => { action: string }) | null = null;
  const contents = {
    on: (name: string, fn: (event: unknown) => void) => on.set(name, fn),
    setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn),
  } as unknown as WebContents;
  const fire = (name: string, url?: string) => {
    const event = { url, prevented: false, preventDefault() { this.prevented = true; } };
    on.get(name)!(event);
    return event.prevented;
  };
  return { contents, fire, open: (url: string) => openHandler!({ url }) };
};

test('contents: navigation, redirects, webviews and popups are refused; only http(s) opens outside', () => {
  const opened: string[] = [];
  const { contents, fire, open } = fakeContents();
  const warn = console.warn;
  console.warn = () => {};
  try {
    guardContents(contents, async (url) => void opened.push(url));
    assert.equal(fire('will-navigate', 'https://news.example/story'), true);
    assert.equal(fire('will-navigate', 'javascript:alert(1)'), true);
    assert.equal(fire('will-navigate', 'file:///etc/passwd'), true);
    assert.equal(fire('will-redirect', 'https://elsewhere.example/'), true);
    assert.equal(fire('will-attach-webview'), true);
    assert.deepEqual(open('https://news.example/other'), { action: 'deny' });
    assert.deepEqual(open('app://marsad/index.html'), { action: 'deny' });
    assert.deepEqual(opened, ['https://news.example/story', 'https://news.example/other']);
  } finally {
    console.warn = warn;
  }
  // Every web contents the app creates gets the guard (the report printer's hidden window too).
  let created: ((e: unknown, c: WebContents) => void) | null = null;
  guardAllContents({ on: (_n: string, fn: typeof created) => (created = fn) } as unknown as App, async () => undefined);
  const later = fakeContents();
  created!({}, later.contents);
  assert.deepEqual(later.open('https://x.example/'), { action: 'deny' });
});

test('session: every permission denied, no spellcheck download, requests off app:// cancelled', () => {
  const calls: Record<string, unknown> = {};
  const session = {
    setPermissionRequestHandler: (fn: unknown) => (calls.request = fn),
    setPermissionCheckHandler: (fn: unknown) => (calls.check = fn),
    setDevicePermissionHandler: (fn: unknown) => (calls.device = fn),
    setSpellCheckerEnabled: (on: boolean) => (calls.spellcheck = on),
    webRequest: { onBeforeRequest: (fn: unknown) => (calls.before = fn) },
  } as unknown as Session;
  guardSession(session, createRequestGuard({ allowDevtools: false, warn: () => {} }));
  for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
    let answer: boolean | null = null;
    (calls.request as (c: unknown, p: string, cb: (ok: boolean) => void) => void)(null, permission, (ok) => (answer = ok));
    assert.equal(answer, false, permission);
  }
  assert.equal((calls.check as () => boolean)(), false);
  assert.equal((calls.device as () => boolean)(), false);
  assert.equal(calls.spellcheck, false);
  const cancel = (url: string) => {
    let out: { cancel: boolean } | null = null;
    (calls.before as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void)({ url }, (r) => (out = r));
    return out!.cancel;
  };
  assert.equal(cancel('app://marsad/index.html'), false);
  assert.equal(cancel('https://fonts.example/x.woff2'), true);
  assert.equal(cancel('http://127.0.0.1:9/'), true);
});
