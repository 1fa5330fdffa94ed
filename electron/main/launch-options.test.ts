// Tests for launch-options: which library folder and profile folder a launch uses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { argValue, launchOptions } from './launch-options.js';

const def = () => '/home/u/.config/Marsad/library';

test('argValue reads both spellings, last wins, ignores a dangling flag', () => {
  assert.equal(argValue(['electron', '.', '--data-dir', '/a'], '--data-dir'), '/a');
  assert.equal(argValue(['x', '--data-dir=/b'], '--data-dir'), '/b');
  assert.equal(argValue(['x', '--data-dir=/b', '--data-dir', '/c'], '--data-dir'), '/c');
  assert.equal(argValue(['x', '--data-dir'], '--data-dir'), null);
  assert.equal(argValue(['x', '--data-dir='], '--data-dir'), null);
  assert.equal(argValue(['x', '--data-directory=/z'], '--data-dir'), null);
});

test('no override: the default library and Electron’s own profile', () => {
  assert.deepEqual(launchOptions(['electron', '.'], {}, '/w', def), {
    dataDir: def(),
    userDataDir: null,
  });
});

test('--data-dir is resolved against cwd and gets a sibling profile', () => {
  const o = launchOptions(['electron', '.', '--data-dir', 'tmp/lib'], {}, '/w', def);
  assert.equal(o.dataDir, path.resolve('/w', 'tmp/lib'));
  assert.equal(o.userDataDir, path.resolve('/w', 'tmp/lib.electron'));
});

test('--data-dir beats MARSAD_DATA_DIR; the variable beats the default', () => {
  const env = { MARSAD_DATA_DIR: '/env/lib' };
  assert.equal(launchOptions(['x', '--data-dir', '/arg'], env, '/w', def).dataDir, path.resolve('/arg'));
  const o = launchOptions(['x'], env, '/w', def);
  assert.equal(o.dataDir, path.resolve('/env/lib'));
  assert.equal(o.userDataDir, path.resolve('/env/lib.electron'));
  assert.equal(launchOptions(['x'], { MARSAD_DATA_DIR: '' }, '/w', def).dataDir, def());
});
