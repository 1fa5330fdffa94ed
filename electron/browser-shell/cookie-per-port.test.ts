// Two browser shells on one machine share the browser's cookie jar for 127.0.0.1 (cookies do
// not keep ports apart): each must name its cookie after its port, or opening the second shell
// logs the first one out. Real servers, a cookie jar that behaves like a browser's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Handlers } from '../../common/ipc/contract.js';
import { createShellServer, listen } from './server.js';

test('two shells on different ports keep separate cookies in one browser', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-cookies-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
  const paths = { dataDir: dir, importDirs: [], exportDirs: [] };
  const servers = ['token-of-shell-a', 'token-of-shell-b'].map((token) => ({
    token,
    server: createShellServer({ handlers: {} as Handlers, rendererDir: dir, token, paths }),
  }));
  // One jar for the host, as a browser keeps it: a cookie of the same name replaces the older one.
  const jar = new Map<string, string>();
  try {
    const ports = await Promise.all(servers.map((s) => listen(s.server, 0)));
    for (const [i, { token }] of servers.entries()) {
      const res = await fetch(`http://127.0.0.1:${ports[i]}/?token=${token}`, { redirect: 'manual' });
      assert.equal(res.status, 303);
      const [pair] = (res.headers.get('set-cookie') ?? '').split(';');
      const [name, value] = pair!.split('=');
      jar.set(name!, value!);
    }
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    for (const port of ports) {
      const res = await fetch(`http://127.0.0.1:${port}/index.html`, { headers: { cookie } });
      assert.equal(res.status, 200, `the shell on ${port} refused the browser's cookies (${cookie})`);
    }
  } finally {
    for (const { server } of servers) server.close();
    await rm(dir, { recursive: true, force: true });
  }
});
