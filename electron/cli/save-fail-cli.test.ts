// `marsad` on a full disk: a writing command whose final save fails exits 3 with the reason on
// stderr and prints nothing on stdout (no success line before the data is safe). Runs in process
// on a real full tmpfs; skipped with the reason where this process may not mount one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { openBackend } from '../backend/index.js';
import { fillDisk, mountTmpfs } from '../backend/store/full-disk.fixture.js';
import { readLibrary } from '../backend/store/read-library.js';
import { runCli } from './run.js';
import { EXIT } from './exit-codes.js';

const SEED_FILE = join(fileURLToPath(new URL('../../', import.meta.url)), 'data', 'syria-russia-new-phase.txt');

test('cli: tag on a full disk exits 3 with the reason and prints no success', async (t) => {
  const fs = mountTmpfs('3m');
  if (!fs) return t.skip('tmpfs cannot be mounted here (needs root)');
  try {
    const lib = join(fs.dir, 'lib');
    const b = await openBackend({ dataDir: lib, holder: 'test', host: 'cli', systemLocale: 'en', version: 'test', seedFile: SEED_FILE });
    await b.close();
    const before = await readLibrary(lib);
    assert.ok(before.kind === 'ok');
    const id = before.data.clips[0]!.id;
    // One block spare: room for the lock file, none for the shard the tag rewrites.
    await fillDisk(fs.dir, 1);
    let stdout = '';
    let stderr = '';
    const code = await runCli({ argv: ['tag', id, 'full-disk', '--data-dir', lib], env: {}, cwd: fs.dir, columns: undefined, stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) });
    assert.equal(code, EXIT.storage);
    assert.equal(stdout, '', 'no "Tagged …" line');
    assert.match(stderr, /could not save the library .*ENOSPC/);
    const after = await readLibrary(lib);
    assert.ok(after.kind === 'ok', 'the library on disk is intact');
    assert.deepEqual(after.data.clips[0]!.tags, before.data.clips[0]!.tags);
  } finally {
    fs.unmount();
  }
});
