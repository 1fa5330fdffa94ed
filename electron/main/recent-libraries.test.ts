// Tests for the recent-libraries list: order, no repeats, the cap, and a file that survives
// restarts and shrugs off damage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MAX_RECENT, RECENT_FILE, readRecent, withRecent, writeRecent } from './recent-libraries.js';

test('the latest folder comes first, once, and the list is capped', () => {
  let list: string[] = [];
  for (let i = 0; i < MAX_RECENT + 3; i++) list = withRecent(list, `/libs/l${i}`);
  assert.equal(list.length, MAX_RECENT);
  assert.equal(list[0], `/libs/l${MAX_RECENT + 2}`);
  list = withRecent(list, '/libs/l5/');
  assert.equal(list[0], '/libs/l5');
  assert.equal(list.filter((d) => d === '/libs/l5').length, 1);
});

test('written and read back; a damaged or foreign file reads as an empty list', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'marsad-recent-'));
  try {
    assert.deepEqual(readRecent(dir), []);
    writeRecent(dir, ['/a/lib', '/b/lib']);
    assert.deepEqual(readRecent(dir), ['/a/lib', '/b/lib']);
    writeFileSync(path.join(dir, RECENT_FILE), '{"recent": ["relative", 3, "/c/lib"]}');
    assert.deepEqual(readRecent(dir), ['/c/lib']);
    writeFileSync(path.join(dir, RECENT_FILE), '{not json');
    assert.deepEqual(readRecent(dir), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
