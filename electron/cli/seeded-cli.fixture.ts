// Test fixture (not a test): a temp library seeded with the Syria–Russia piece and the real
// `marsad` CLI run against it (a child process through tsx, MARSAD_DATA_DIR dropped). It
// registers its own before/after hooks: call it once at the top of a CLI test file, and read
// `tmp`/`lib` from the returned object inside tests (they are set in `before`).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { openBackend } from '../backend/index.js';
import { readLibrary } from '../backend/store/read-library.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEED_FILE = join(ROOT, 'data', 'syria-russia-new-phase.txt');

export function seededCliLibrary(prefix: string) {
  const at = { tmp: '', lib: '' };
  before(async () => {
    at.tmp = mkdtempSync(join(tmpdir(), `marsad-${prefix}-`));
    at.lib = join(at.tmp, 'lib');
    const b = await openBackend({ dataDir: at.lib, holder: 'test', host: 'cli', systemLocale: 'en', version: 'test', seedFile: SEED_FILE });
    await b.close();
  });
  after(() => rmSync(at.tmp, { recursive: true, force: true }));

  /** Runs `marsad ARGS --data-dir LIB` from the repository root. */
  const marsad = (args: string[]) => {
    const { MARSAD_DATA_DIR: _ignored, ...env } = process.env;
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args, '--data-dir', at.lib], { cwd: ROOT, encoding: 'utf8', env });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  /** The clips as on disk: what a command that exited 0 must already have written. */
  const clipsOnDisk = async () => {
    const r = await readLibrary(at.lib);
    assert.ok(r.kind === 'ok');
    return r.data.clips;
  };
  const seedId = (): string => (JSON.parse(marsad(['list', '--json']).stdout) as { id: string }[])[0]!.id;
  return {
    marsad,
    clipsOnDisk,
    seedId,
    get tmp() {
      return at.tmp;
    },
    get lib() {
      return at.lib;
    },
  };
}
