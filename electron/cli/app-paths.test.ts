// The CLI finds its seed article and version relative to its own module; a moved file would
// leave writers seeding nothing and --version printing 0.0.0, so check both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SEED_FILE, appVersion } from './app-paths.js';

test('app-paths: the seed article is the repo copy of the sample clip', () => {
  assert.match(SEED_FILE, /data[\\/]syria-russia-new-phase\.txt$/);
  assert.ok(readFileSync(SEED_FILE, 'utf8').startsWith('سوريا وروسيا'));
});

test('app-paths: the version is package.json\'s', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  assert.equal(appVersion(), pkg.version);
});
