// The `marsad import` command end to end (spawned CLI): the --json shape scripts rely on, exit
// 0/1 by outcome, --tag, the change on disk when the command returns, and exit 3 while the app
// holds the library.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBackend } from '../backend/index.js';
import { readLibrary } from '../backend/store/read-library.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIX = 'data/fixtures/import';
const tmp = mkdtempSync(join(tmpdir(), 'marsad-import-cli-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const marsad = (args: string[]) => {
  const { MARSAD_DATA_DIR: _ignored, ...env } = process.env;
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

test('import --json prints imported, duplicates and errors; exit 0, clips on disk with their tag', async () => {
  const lib = join(tmp, 'a');
  const r = marsad(['import', `${FIX}/agency-story.txt`, `${FIX}/agency-story-exact-copy.txt`, `${FIX}/empty.txt`, '--tag', 'water', '--tag', 'ساحل', '--json', '--data-dir', lib]);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { imported: { id: string; title: string; file: string }[]; duplicates: { file: string; of: string }[]; errors: { file: string; error: string }[] };
  assert.deepEqual(Object.keys(out), ['imported', 'duplicates', 'errors']);
  assert.equal(out.imported.length, 1);
  assert.deepEqual(Object.keys(out.imported[0]!), ['id', 'title', 'file']);
  assert.deepEqual(out.imported[0]!.file, `${FIX}/agency-story.txt`);
  assert.deepEqual(out.duplicates, [{ file: `${FIX}/agency-story-exact-copy.txt`, of: out.imported[0]!.id }]);
  assert.deepEqual(out.errors, [{ file: `${FIX}/empty.txt`, error: `${FIX}/empty.txt is empty.` }]);
  const disk = await readLibrary(lib);
  assert.ok(disk.kind === 'ok');
  const clip = disk.data.clips.find((c) => c.id === out.imported[0]!.id)!;
  assert.deepEqual(clip.tags, ['water', 'ساحل']);
  // Everything already there: exit 0 (all duplicates); nothing readable: exit 1, one sentence.
  assert.equal(marsad(['import', `${FIX}/agency-story.txt`, '--data-dir', lib]).code, 0);
  const bad = marsad(['import', `${FIX}/empty.txt`, `${FIX}/not-really-text.txt`, '--data-dir', lib]);
  assert.equal(bad.code, 1);
  assert.match(bad.stdout, /not-really-text\.txt is not a text file\./);
  assert.equal(bad.stderr, 'Nothing could be imported.\n');
});

test('import exits 3 with one sentence while the app holds the library', async () => {
  const lib = join(tmp, 'b');
  const app = await openBackend({ dataDir: lib, holder: 'app', host: 'electron', systemLocale: 'en', version: 'test' });
  try {
    const r = marsad(['import', `${FIX}/agency-story.txt`, '--data-dir', lib]);
    assert.equal(r.code, 3);
    assert.match(r.stderr, /^[^\n]+\.\n$/);
  } finally {
    await app.close();
  }
});
