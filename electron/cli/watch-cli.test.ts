// End-to-end tests of `marsad watch`: add (with --tag), list (--json shape), remove, exit codes,
// and the point of it: a file imported afterwards with `marsad import` that matches the
// watchlist is tagged on disk when the import exits 0, and one that does not match is not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededCliLibrary } from './seeded-cli.fixture.js';

const cli = seededCliLibrary('watch-cli');
const { marsad } = cli;

test('cli: watch add --tag, list --json, and a later import that matches is tagged on disk', async () => {
  const added = marsad(['watch', 'add', 'موانئ', 'ميناء OR port', '--tag', 'متابعة/موانئ']);
  assert.equal(added.code, 0, added.stderr);
  assert.match(added.stdout, /^Added watchlist "موانئ" \(0 clips match\); new matches will be tagged "متابعة\/موانئ"\.\n$/);
  const list = JSON.parse(marsad(['watch', 'list', '--json']).stdout) as Record<string, unknown>[];
  assert.deepEqual(Object.keys(list[0]!), ['id', 'name', 'query', 'tag', 'count', 'newCount', 'filters', 'createdAt', 'lastSeenAt']);
  assert.deepEqual([list[0]!.name, list[0]!.query, list[0]!.tag, list[0]!.count], ['موانئ', 'ميناء OR port', 'متابعة/موانئ', 0]);

  // Written for this test; not from any publication.
  const dir = join(cli.tmp, 'in');
  spawnSync('mkdir', ['-p', dir]);
  writeFileSync(join(dir, 'harbour.txt'), 'رصيف جديد في الميناء\n\nافتتحت إدارة الميناء رصيفا جديدا لسفن الشحن.\n');
  writeFileSync(join(dir, 'orchard.txt'), 'موسم الزيتون\n\nبدأ المزارعون قطاف الزيتون في القرى.\n');
  const imported = marsad(['import', dir, '--json']);
  assert.equal(imported.code, 0, imported.stderr);
  const clips = await cli.clipsOnDisk();
  const tagsOf = (title: string) => clips.find((c) => c.title === title)!.tags;
  assert.deepEqual(tagsOf('رصيف جديد في الميناء'), ['متابعة/موانئ']);
  assert.deepEqual(tagsOf('موسم الزيتون'), []);
  const human = marsad(['watch', 'list']);
  assert.match(human.stdout, /^NAME\s+QUERY\s+TAG\s+CLIPS\s+NEW$/m);
  assert.match(human.stdout, /موانئ\s+ميناء OR port\s+متابعة\/موانئ\s+1\s+1/);
});

test('cli: watch remove; errors exit 1 (unknown or duplicate name) or 2 (usage), one sentence each', () => {
  assert.equal(marsad(['watch', 'add', 'موانئ', 'x']).code, 1);
  assert.equal(marsad(['watch', 'remove', 'never-was']).code, 1);
  for (const args of [['watch'], ['watch', 'add', 'only-name'], ['watch', 'list', '--tag', 'x'], ['watch', 'frob'], ['watch', 'remove']]) {
    const r = marsad(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, /^[^\n]+\.\n$/, args.join(' '));
  }
  const removed = marsad(['watch', 'remove', 'موانئ']);
  assert.equal(removed.code, 0, removed.stderr);
  assert.equal(removed.stdout, 'Removed watchlist "موانئ".\n');
  assert.deepEqual(JSON.parse(marsad(['watch', 'list', '--json']).stdout), []);
});
