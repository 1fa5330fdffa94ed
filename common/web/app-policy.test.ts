import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CSP } from './app-policy.js';

test('the CSP meta in renderer/index.html is the policy both hosts send', () => {
  const html = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  assert.ok(meta, 'index.html has a CSP meta');
  const norm = (s: string) => s.split(';').map((d) => d.trim()).filter(Boolean).sort();
  assert.deepEqual(norm(meta[1]!), norm(CSP));
});
