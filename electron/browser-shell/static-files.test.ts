// Tests for serving the built renderer: bridge injection before the bundle, content types,
// and no way out of the renderer folder.
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { BRIDGE_TAG, createStaticFiles, injectBridge } from './static-files.js';

test('the bridge script goes before the first script of the page', () => {
  const html = '<head><title>x</title><script type="module" src="./a.js"></script></head>';
  const out = injectBridge(html);
  assert.ok(out.indexOf(BRIDGE_TAG) < out.indexOf('./a.js'));
  assert.equal(out.split(BRIDGE_TAG).length, 2);
  assert.ok(injectBridge('<head></head>').includes(`${BRIDGE_TAG}\n  </head>`));
});

test('serves files under the root with their type, and nothing outside it', async () => {
  const base = await mkdtemp(join(tmpdir(), 'marsad-static-'));
  const root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<head><script src="./m.js"></script></head>');
  await writeFile(join(root, 'assets', 'f.woff2'), 'font');
  await writeFile(join(base, 'secret.txt'), 'secret');
  const serve = createStaticFiles(root);

  const index = await serve('/');
  assert.equal(index.status, 200);
  if (index.status === 200) assert.ok(index.body.toString().includes(BRIDGE_TAG));
  const font = await serve('/assets/f.woff2');
  assert.deepEqual(font.status === 200 && font.type, 'font/woff2');
  for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt', '/missing.js', '/assets', '/%E0%A4%A']) {
    assert.equal((await serve(path)).status, 404, path);
  }
});
