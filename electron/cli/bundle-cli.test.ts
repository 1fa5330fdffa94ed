// End-to-end tests of `marsad bundle export|inspect|import`: spawns the real CLI against two temp
// libraries, checks the bundle reaches the other library only with --yes, the --json shapes, and
// the exit codes (1 a tampered bundle, 2 usage or a missing --yes).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let tmp = '';

const marsad = (lib: string, args: string[]) => {
  const { MARSAD_DATA_DIR: _ignored, ...env } = process.env;
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args, '--data-dir', lib], { cwd: ROOT, encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'marsad-bundle-cli-'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

test('cli: bundle export, inspect and import (only with --yes), with exit codes', () => {
  const a = join(tmp, 'a');
  const b = join(tmp, 'b');
  const src = join(tmp, 'note.txt');
  writeFileSync(src, 'Border crossing\n\nThe crossing reopened for trucks on Thursday morning.');
  assert.equal(marsad(a, ['import', src, '--tag', 'borders']).code, 0);
  const out = join(tmp, 'borders.marsad');
  const exp = marsad(a, ['bundle', 'export', '--out', out, '--tag', 'borders', '--analyst', 'Hadi', '--json']);
  assert.equal(exp.code, 0, exp.stderr);
  const result = JSON.parse(exp.stdout);
  assert.equal(result.counts.clips, 1);
  assert.equal(result.path, out);

  // Inspecting reads only: it works before library b even exists and creates nothing.
  const inspect = marsad(b, ['bundle', 'inspect', out, '--json']);
  assert.equal(inspect.code, 0, inspect.stderr);
  const plan = JSON.parse(inspect.stdout);
  assert.equal(plan.bundle.analyst, 'Hadi');
  assert.equal(plan.counts.newClips, 1);
  assert.deepEqual(plan.newClips[0].tags, ['borders']);

  const noYes = marsad(b, ['bundle', 'import', out]);
  assert.equal(noYes.code, 2);
  assert.match(noYes.stderr, /^Nothing was merged: add --yes to merge this bundle\.\n$/);
  assert.match(noYes.stdout, /1 new clip/);
  assert.equal(JSON.parse(marsad(b, ['list', '--json']).stdout).length, 1, 'nothing merged without --yes');

  const imp = marsad(b, ['bundle', 'import', out, '--yes', '--json']);
  assert.equal(imp.code, 0, imp.stderr);
  const done = JSON.parse(imp.stdout);
  assert.equal(done.applied, true);
  assert.match(done.backup, /^bundle-/);
  const titles = (JSON.parse(marsad(b, ['list', '--json']).stdout) as { title: string }[]).map((c) => c.title);
  assert.ok(titles.includes('Border crossing'));
  const again = marsad(b, ['bundle', 'import', out, '--yes']);
  assert.equal(again.code, 0);
  assert.match(again.stdout, /merged before; merging it again changes nothing/);

  // A damaged bundle: exit 1, one sentence on stderr, nothing on stdout.
  const broken = join(tmp, 'broken.marsad');
  writeFileSync(broken, readFileSync(out).subarray(0, 200));
  const bad = marsad(b, ['bundle', 'import', broken, '--yes', '--json']);
  assert.equal(bad.code, 1);
  assert.equal(bad.stdout, '');
  assert.match(bad.stderr, /^This bundle is damaged or incomplete \(it cannot be read as a zip file\); nothing was imported\.\n$/);
  // Usage errors: exit 2.
  assert.equal(marsad(b, ['bundle', 'export']).code, 2);
  assert.equal(marsad(b, ['bundle', 'inspect', out, '--tag', 'x']).code, 2);
  // An existing --out is not replaced without --force (exit 1).
  assert.equal(marsad(a, ['bundle', 'export', '--out', out]).code, 1);
  assert.equal(marsad(a, ['bundle', 'export', '--out', out, '--force']).code, 0);
});
