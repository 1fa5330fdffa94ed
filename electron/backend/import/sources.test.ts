// The folder walker against hostile trees: symlink loops (`a -> .`), a link to a parent, and a
// folder nested deeper than the limit. Each walk ends, every real file is found once, and what
// was skipped is named in one sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_FOLDER_DEPTH, walkPaths, type Source } from './sources.js';

const walk = async (paths: string[], cwd: string) => {
  const found: Source[] = [];
  await walkPaths(paths, cwd, (s) => found.push(s), () => false);
  return found;
};
const files = (found: Source[]) => found.filter((s) => 'load' in s).map((s) => s.file).sort();
const errors = (found: Source[]) => found.flatMap((s) => ('error' in s ? [s.error] : []));

test('a folder with symlink loops (a -> ., b -> .) finishes, each file found once', { timeout: 20_000 }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-walk-'));
  await writeFile(join(dir, 'one.txt'), 'First line\nA body.');
  await mkdir(join(dir, 'sub'));
  await writeFile(join(dir, 'sub', 'two.txt'), 'Second\nAnother body.');
  await symlink('.', join(dir, 'a'));
  await symlink('.', join(dir, 'b'));
  await symlink('..', join(dir, 'sub', 'up'));
  const found = await walk(['.'], dir);
  assert.deepEqual(files(found), ['one.txt', join('sub', 'two.txt')]);
  assert.deepEqual(errors(found).map((e) => [e.file, e.code]).sort(), [['a', 'folder-loop'], ['b', 'folder-loop'], [join('sub', 'up'), 'folder-loop']]);
  assert.equal(errors(found)[0]!.error, 'a links back to a folder already being imported; it was skipped.');
});

test('a symlink to a file is imported; a dangling one is named', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-walk-'));
  await writeFile(join(dir, 'real.txt'), 'Title\nBody.');
  await symlink('real.txt', join(dir, 'alias.txt'));
  await symlink('nowhere.txt', join(dir, 'dangling.txt'));
  const found = await walk([dir], '/');
  assert.deepEqual(files(found), [join(dir, 'alias.txt'), join(dir, 'real.txt')]);
  assert.deepEqual(errors(found).map((e) => e.code), ['missing']);
});

test('folders nested deeper than the limit are skipped with a sentence', { timeout: 20_000 }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-walk-'));
  let deep = dir;
  for (let i = 0; i < MAX_FOLDER_DEPTH + 3; i++) {
    deep = join(deep, 'd');
    await mkdir(deep);
    await writeFile(join(deep, `level-${i}.txt`), `Level ${i}\nBody.`);
  }
  const found = await walk([dir], '/');
  assert.equal(files(found).length, MAX_FOLDER_DEPTH);
  const [err] = errors(found);
  assert.equal(err?.code, 'folder-too-deep');
  assert.match(err!.error, /is more than \d+ folders deep; what is inside it was not imported\.$/);
});
