// Tests for the menu-command message check the preload applies before the page sees a command.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { menuMessageOf } from './menu-commands.js';

test('known commands pass, with their paths copied', () => {
  const paths = ['/home/a/x.txt'];
  const m = menuMessageOf({ command: 'import-paths', paths });
  assert.deepEqual(m, { command: 'import-paths', paths: ['/home/a/x.txt'] });
  assert.notEqual(m!.paths, paths);
  assert.deepEqual(menuMessageOf({ command: 'find-in-article' }), { command: 'find-in-article', paths: [] });
});

test('anything else is dropped', () => {
  for (const bad of [null, 'import-files', {}, { command: 'eval' }, { command: 'import-paths', paths: '/x' }, { command: 'import-paths', paths: [1] }, { command: 'import-paths', paths: [''] }]) {
    assert.equal(menuMessageOf(bad), null, JSON.stringify(bad));
  }
  assert.equal(menuMessageOf({ command: 'import-paths', paths: Array(501).fill('/a') }), null);
});
