// End-to-end tests of `marsad tag`, `untag` and `tags` (list, rename, merge): spawns the real CLI
// against a temp library, checks what reached the disk after exit 0, the exit codes (1 bad input,
// 2 usage, 3 locked) and that listing tags works while another writer holds the library.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openBackend } from '../backend/index.js';
import { seededCliLibrary } from './seeded-cli.fixture.js';

const cli = seededCliLibrary('tags-cli');
const { marsad, seedId } = cli;
const onDiskTags = async (): Promise<string[]> => (await cli.clipsOnDisk())[0]!.tags;

test('cli: tag and untag change the clip and are on disk when the command exits 0', async () => {
  const id = seedId();
  const t = marsad(['tag', id, 'سوريا/عسكري', 'Lavrov', 'روسيا']);
  assert.equal(t.code, 0, t.stderr);
  assert.equal(t.stdout, `Tagged ${id}; tags now: سوريا/عسكري, Lavrov, روسيا\n`);
  assert.deepEqual(await onDiskTags(), ['سوريا/عسكري', 'Lavrov', 'روسيا']);
  const u = marsad(['untag', id, 'lavrov']);
  assert.equal(u.code, 0, u.stderr);
  assert.deepEqual(await onDiskTags(), ['سوريا/عسكري', 'روسيا']);
});

test('cli: tags --json lists every tag with path, colour and counts, parents included', () => {
  const r = marsad(['tags', '--json']);
  assert.equal(r.code, 0, r.stderr);
  const tags = JSON.parse(r.stdout) as Record<string, unknown>[];
  assert.deepEqual(Object.keys(tags[0]!), ['name', 'path', 'parent', 'colour', 'description', 'clips', 'highlights']);
  const child = tags.find((x) => x.name === 'سوريا/عسكري')!;
  assert.deepEqual(child.path, ['سوريا', 'عسكري']);
  assert.equal(child.parent, 'سوريا');
  assert.equal(tags.find((x) => x.name === 'سوريا')!.clips, 1);
  const human = marsad(['tags']);
  assert.match(human.stdout, /^TAG\s+CLIPS\s+PASSAGES\s+COLOUR$/m);
});

test('cli: tags rename moves children; tags merge --into collapses uses', async () => {
  const r = marsad(['tags', 'rename', 'سوريّا', 'الشام']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^Renamed "سوريّا" to "الشام"/);
  assert.deepEqual(await onDiskTags(), ['الشام/عسكري', 'روسيا']);
  const m = marsad(['tags', 'merge', 'الشام/عسكري', 'روسيا', '--into', 'علاقات']);
  assert.equal(m.code, 0, m.stderr);
  assert.match(m.stdout, /2 clip uses, 0 passage uses/);
  assert.deepEqual(await onDiskTags(), ['علاقات']);
});

test('cli: bad input exits 1, usage errors exit 2, each with one sentence', () => {
  assert.equal(marsad(['tag', 'no-such-clip', 'x']).code, 1);
  assert.equal(marsad(['tags', 'rename', 'never-was', 'x']).code, 1);
  for (const args of [['tag', seedId()], ['tags', 'rename', 'a'], ['tags', 'merge', 'a'], ['tags', '--into', 'x'], ['tags', 'frob']]) {
    const r = marsad(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, /^[^\n]+\.\n$/);
  }
});

test('cli: a second writer exits 3 while the library is held; listing tags still works', async () => {
  const id = seedId();
  const writer = await openBackend({ dataDir: cli.lib, holder: 'test', host: 'cli', systemLocale: 'en', version: 'test' });
  try {
    const t = marsad(['tag', id, 'x']);
    assert.equal(t.code, 3);
    assert.match(t.stderr, /^[^\n]+\.\n$/);
    assert.equal(marsad(['tags', 'rename', 'علاقات', 'y']).code, 3);
    assert.equal(marsad(['tags', '--json']).code, 0);
  } finally {
    await writer.close();
  }
  assert.deepEqual(await onDiskTags(), ['علاقات']);
});
