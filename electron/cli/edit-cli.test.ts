// End-to-end tests of `marsad edit`: spawns the real CLI against a temp library, checks what
// reached the disk after exit 0, the --json shape, and the exit codes (1 not found or refused
// value, 2 usage, 3 locked), each failure with one sentence on stderr.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openBackend } from '../backend/index.js';
import { seededCliLibrary } from './seeded-cli.fixture.js';

const cli = seededCliLibrary('edit-cli');
const { marsad, seedId } = cli;
const onDisk = async () => (await cli.clipsOnDisk())[0]!;

test('cli: edit sets source, date, URL and title; the change is on disk when it exits 0', async () => {
  const id = seedId();
  const r = marsad(['edit', id, '--source', 'وكالة سانا', '--published', '2025-10-22', '--url', 'https://example.org/x', '--title', 'عنوان جديد']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, `Edited ${id}: عنوان جديد · وكالة سانا · 2025-10-22 · ar\n`);
  const c = await onDisk();
  assert.deepEqual([c.title, c.source, c.publishedAt, c.url], ['عنوان جديد', 'وكالة سانا', '2025-10-22', 'https://example.org/x']);
});

test('cli: edit --json prints the list fields and whether anything changed; "" clears a field', async () => {
  const id = seedId();
  const same = marsad(['edit', id, '--source', 'وكالة سانا', '--json']);
  assert.equal(same.code, 0, same.stderr);
  const j = JSON.parse(same.stdout) as Record<string, unknown>;
  assert.deepEqual(Object.keys(j), ['id', 'title', 'source', 'tags', 'capturedAt', 'lang', 'publishedAt', 'url', 'author', 'changed']);
  assert.equal(j.changed, false);
  const cleared = JSON.parse(marsad(['edit', id, '--source', '', '--lang', 'en', '--json']).stdout) as Record<string, unknown>;
  assert.deepEqual([cleared.source, cleared.lang, cleared.changed], [null, 'en', true]);
  assert.equal((await onDisk()).source, null);
});

test('cli: edit exits 1 for an unknown clip or a refused URL, 2 for usage, with one sentence', () => {
  const id = seedId();
  for (const [args, code] of [
    [['edit', 'no-such-clip', '--source', 'x'], 1],
    [['edit', id, '--url', 'ftp://x y'], 1],
    [['edit', id], 2],
    [['edit', id, '--published', '22/10/2025'], 2],
    [['edit', id, '--published', '2025-02-30'], 2],
    [['edit', id, '--lang', 'fr'], 2],
  ] as [string[], number][]) {
    const r = marsad(args);
    assert.equal(r.code, code, args.join(' '));
    assert.match(r.stderr, /^[^\n]+\.\n$/, args.join(' '));
  }
});

test('cli: edit exits 3 while another writer holds the library, and changes nothing', async () => {
  const id = seedId();
  const before = (await onDisk()).title;
  const writer = await openBackend({ dataDir: cli.lib, holder: 'test', host: 'cli', systemLocale: 'en', version: 'test' });
  try {
    const r = marsad(['edit', id, '--title', 'never']);
    assert.equal(r.code, 3);
    assert.match(r.stderr, /^[^\n]+\.\n$/);
  } finally {
    await writer.close();
  }
  assert.equal((await onDisk()).title, before);
});
