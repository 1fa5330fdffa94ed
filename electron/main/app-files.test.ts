// Tests for app-files: traversal refused, MIME types right, CSP on every answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CSP, mimeOf, resolveAppFile, serveAppFile } from './app-files.js';

const root = mkdtempSync(path.join(tmpdir(), 'marsad-app-files-'));
mkdirSync(path.join(root, 'renderer', 'assets'), { recursive: true });
writeFileSync(path.join(root, 'renderer', 'index.html'), '<!doctype html><title>مرصد</title>');
writeFileSync(path.join(root, 'renderer', 'assets', 'a b.js'), 'export {};');
writeFileSync(path.join(root, 'secret.txt'), 'outside');
const web = path.join(root, 'renderer');

test('resolveAppFile maps URLs inside the root', () => {
  const cases: [string, string][] = [
    ['app://marsad/', 'index.html'],
    ['app://marsad', 'index.html'],
    ['app://marsad/index.html?x=1#y', 'index.html'],
    ['app://marsad/assets/a%20b.js', 'assets/a b.js'],
    ['app://marsad/assets/', 'assets/index.html'],
    ['app://MARSAD/index.html', 'index.html'],
  ];
  for (const [url, rel] of cases) assert.deepEqual(resolveAppFile(web, url), { file: path.join(web, rel) }, url);
});

test('resolveAppFile never leaves the root', () => {
  // The URL parser already folds plain and %2e dot segments; decoded %2f must be caught by us.
  const escapes = [
    'app://marsad/../secret.txt',
    'app://marsad/%2e%2e/secret.txt',
    'app://marsad/..%2fsecret.txt',
    'app://marsad/assets/..%2f..%2f..%2fsecret.txt',
    'app://marsad/%2f..%2f..%2fsecret.txt',
  ];
  for (const url of escapes) {
    const r = resolveAppFile(web, url);
    if ('file' in r) assert.ok(r.file.startsWith(web + path.sep) && !r.file.includes('..'), url);
    assert.notDeepEqual(r, { file: path.join(root, 'secret.txt') }, url);
  }
  assert.deepEqual(resolveAppFile(web, 'app://marsad/..%2fsecret.txt'), { status: 404 });
});

test('resolveAppFile refuses other hosts and malformed paths', () => {
  const cases: [string, number][] = [
    ['app://marsad/..%5csecret.txt', 400],
    ['app://marsad/index.html%00.png', 400],
    ['app://marsad/%E0%A4%A', 400],
    ['app://other/index.html', 404],
    ['::::', 400],
  ];
  for (const [url, status] of cases) assert.deepEqual(resolveAppFile(web, url), { status }, url);
});

test('mimeOf knows what the renderer ships', () => {
  assert.equal(mimeOf('x/index.html'), 'text/html; charset=utf-8');
  assert.equal(mimeOf('a.JS'), 'text/javascript; charset=utf-8');
  assert.equal(mimeOf('noto-naskh-arabic-arabic-400-normal.woff2'), 'font/woff2');
  assert.equal(mimeOf('a.css'), 'text/css; charset=utf-8');
  assert.equal(mimeOf('icon.svg'), 'image/svg+xml');
  assert.equal(mimeOf('unknown.bin'), 'application/octet-stream');
});

test('serveAppFile answers with the file, its type and the CSP', async () => {
  const res = await serveAppFile(web, 'GET', 'app://marsad/');
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
  assert.equal(res.headers.get('content-security-policy'), CSP);
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  assert.match(await res.text(), /مرصد/);
});

test('serveAppFile: 404 for missing and escaping paths, 405 for writes, CSP always', async () => {
  for (const url of ['app://marsad/missing.js', 'app://marsad/..%2fsecret.txt', 'app://marsad/assets']) {
    const res = await serveAppFile(web, 'GET', url);
    assert.equal(res.status, 404, url);
    assert.equal(res.headers.get('content-security-policy'), CSP);
    assert.doesNotMatch(await res.text(), /outside/);
  }
  assert.equal((await serveAppFile(web, 'POST', 'app://marsad/')).status, 405);
  const head = await serveAppFile(web, 'HEAD', 'app://marsad/');
  assert.equal(head.status, 200);
  assert.equal(await head.text(), '');
});

test('the CSP is the strict one: no remote origins, no inline script', () => {
  assert.equal(
    CSP,
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
  );
});
