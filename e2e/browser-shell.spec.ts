// The browser shell's own promises: one stdout line with the URL, nothing served without this
// run's token, and RPC answering Results through the shared validation. Shell host only.
import { spawnSync } from 'node:child_process';
import { expect, test } from './fixtures.js';
import { SHELL_SERVER } from './support/paths.js';

test('the browser shell refuses requests without its token and validates calls', async ({ openApp, marsadHost, request }) => {
  test.skip(marsadHost !== 'shell', 'Only the browser shell serves HTTP.');
  const { shell } = await openApp();
  const { origin, token } = shell!;
  expect(shell!.stdoutLines()).toHaveLength(1);

  for (const path of ['/', '/shell-bridge.js', '/index.html']) {
    const res = await request.get(origin + path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(403);
  }
  expect((await request.post(`${origin}/rpc/listClips`, { data: {} })).status()).toBe(403);
  expect((await request.get(`${origin}/?token=wrong`, { maxRedirects: 0 })).status()).toBe(403);

  const headers = { 'X-Marsad-Token': token };
  const list = await request.post(`${origin}/rpc/listClips`, { data: {}, headers });
  expect(list.status()).toBe(200);
  expect(list.headers()['content-security-policy']).toContain("script-src 'self'");
  const page = (await list.json()) as { ok: boolean; value: { total: number } };
  expect(page).toMatchObject({ ok: true, value: { total: 1 } });

  const bad = await request.post(`${origin}/rpc/listClips`, { data: { limit: 0 }, headers });
  expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  const unknown = await request.post(`${origin}/rpc/deleteEverything`, { data: {}, headers });
  expect(await unknown.json()).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  const big = await request.post(`${origin}/rpc/listClips`, { data: 'x'.repeat(9 * 1024 * 1024), headers });
  expect(big.status()).toBe(413);
  expect(await big.json()).toMatchObject({ ok: false, error: { code: 'too-large' } });
  expect((await request.get(`${origin}/../package.json`, { headers })).status()).toBe(404);
});

test('a second shell on the same library is refused as locked, in one sentence, with exit 3', async ({ openApp, marsadHost, dataDir }) => {
  test.skip(marsadHost !== 'shell', 'Only the browser shell is started as a process here.');
  await openApp();
  const second = spawnSync(process.execPath, [SHELL_SERVER, '--data-dir', dataDir, '--port', '0'], {
    encoding: 'utf8',
    timeout: 20_000,
  });
  expect(second.status).toBe(3);
  expect(second.stdout).toBe('');
  const lines = second.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  // The sentence names the holder and its pid (wording is the backend's).
  expect(lines[0]).toMatch(/browser shell/i);
  expect(lines[0]).toMatch(/\d+/);
});
