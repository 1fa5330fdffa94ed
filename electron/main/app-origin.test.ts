// Tests for app-origin: the app's own-URL check and the external-link allowlist.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { APP_ENTRY, externalLinkOf, isAppUrl } from './app-origin.js';

test('isAppUrl accepts the app origin only', () => {
  const cases: [string | null | undefined, boolean][] = [
    [APP_ENTRY, true],
    ['app://marsad/', true],
    ['app://marsad/assets/x.js?v=1#h', true],
    ['APP://MARSAD/index.html', true],
    ['app://marsad.evil/index.html', false],
    ['app://evil/marsad/index.html', false],
    ['app://user:pw@marsad/index.html', false],
    ['app://marsad:8080/index.html', false],
    ['file:///app/dist/renderer/index.html', false],
    ['https://marsad/index.html', false],
    ['http://127.0.0.1:5173/', false],
    ['about:blank', false],
    ['devtools://devtools/bundled/x.html', false],
    ['not a url', false],
    ['', false],
    [null, false],
    [undefined, false],
  ];
  for (const [url, want] of cases) assert.equal(isAppUrl(url), want, String(url));
});

test('externalLinkOf allows http(s) with a host, nothing else', () => {
  assert.equal(externalLinkOf('https://sana.sy/?p=1'), 'https://sana.sy/?p=1');
  assert.equal(externalLinkOf('http://example.com'), 'http://example.com/');
  for (const bad of ['file:///etc/passwd', 'javascript:alert(1)', 'app://marsad/', 'smb://x/y', 'mailto:a@b', 'https:', '', null]) {
    assert.equal(externalLinkOf(bad), null, String(bad));
  }
});
