// Table-driven tests for the browser shell's option parser.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseArgs } from './args.js';

test('parses --data-dir and --port in both spellings', () => {
  const none = { importDirs: [], exportDirs: [] };
  assert.deepEqual(parseArgs([]), { ok: true, args: { dataDir: null, port: 0, ...none } });
  assert.deepEqual(parseArgs(['--data-dir', '/a', '--port', '8080']), { ok: true, args: { dataDir: '/a', port: 8080, ...none } });
  assert.deepEqual(parseArgs(['--data-dir=/b=c', '--port=0']), { ok: true, args: { dataDir: '/b=c', port: 0, ...none } });
});

test('--import-dir and --export-dir may be given more than once', () => {
  assert.deepEqual(parseArgs(['--import-dir', '/in', '--export-dir=/out', '--import-dir=/in2']), {
    ok: true,
    args: { dataDir: null, port: 0, importDirs: ['/in', '/in2'], exportDirs: ['/out'] },
  });
});

test('refuses bad input with one sentence', () => {
  for (const argv of [['--port', 'x'], ['--port', '70000'], ['--port', '-1'], ['--data-dir'], ['--data-dir='], ['--import-dir'], ['--export-dir='], ['--verbose'], ['extra']]) {
    const parsed = parseArgs(argv);
    assert.equal(parsed.ok, false, argv.join(' '));
    if (!parsed.ok) assert.match(parsed.message, /^[^\n]+\.$/);
  }
});
