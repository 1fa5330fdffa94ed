// Tests for the per-run token: URL token, cookie, header, and the Host check.
import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { test } from 'node:test';
import { admit, cookieHeader, hostAllowed, newToken, sameToken } from './auth.js';

const req = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;
const at = (path: string) => new URL(path, 'http://127.0.0.1:5000');

test('tokens are long, random and compared exactly', () => {
  const a = newToken();
  assert.ok(a.length >= 40);
  assert.notEqual(a, newToken());
  assert.equal(sameToken(a, a), true);
  assert.equal(sameToken(a.slice(1), a), false);
  assert.equal(sameToken('', a), false);
  assert.equal(sameToken(null, a), false);
});

test('a request is admitted by cookie, header or URL token, and refused otherwise', () => {
  const t = newToken();
  assert.equal(admit(req({ cookie: `other=1; marsad_token_5000=${t}` }), at('/'), t, 5000), 'cookie');
  assert.equal(admit(req({ 'x-marsad-token': t }), at('/rpc/facets'), t, 5000), 'cookie');
  assert.equal(admit(req({}), at(`/?token=${t}`), t, 5000), 'url-token');
  assert.equal(admit(req({}), at('/'), t, 5000), 'refused');
  assert.equal(admit(req({ cookie: 'marsad_token_5000=nope' }), at('/?token=nope'), t, 5000), 'refused');
  // Another port's cookie is not ours, even with the right token.
  assert.equal(admit(req({ cookie: `marsad_token_5001=${t}` }), at('/'), t, 5000), 'refused');
  assert.match(cookieHeader(t, 5000), /^marsad_token_5000=[\w-]+; HttpOnly; SameSite=Strict; Path=\/$/);
});

test('only our own loopback Host is served', () => {
  assert.equal(hostAllowed(req({ host: '127.0.0.1:5000' }), 5000), true);
  assert.equal(hostAllowed(req({ host: 'localhost:5000' }), 5000), true);
  assert.equal(hostAllowed(req({ host: 'evil.example:5000' }), 5000), false);
  assert.equal(hostAllowed(req({ host: '127.0.0.1:5001' }), 5000), false);
  assert.equal(hostAllowed(req({}), 5000), false);
});
