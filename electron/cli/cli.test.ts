// End-to-end tests of the `marsad` command: spawns the real CLI (tsx) against temp library
// folders seeded through the real backend. Covers text and JSON output, exit codes, one-sentence
// errors on stderr, and read-only commands working while another writer holds the library.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBackend } from '../backend/index.js';
import { splitPlainText } from '../../common/text/plain-text.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEED_FILE = join(ROOT, 'data', 'syria-russia-new-phase.txt');
const SEED = splitPlainText(readFileSync(SEED_FILE, 'utf8'));

let tmp = '';
let lib = '';

type Run = { code: number | null; stdout: string; stderr: string };
const marsad = (args: string[], env: Record<string, string> = {}): Run => {
  const { MARSAD_DATA_DIR: _ignored, ...parentEnv } = process.env;
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...parentEnv, TZ: 'UTC', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const oneSentence = (stderr: string) => assert.match(stderr, /^[^\n]+[.!]\n$/, `stderr: ${JSON.stringify(stderr)}`);

const seedLibrary = async (dataDir: string) => {
  const b = await openBackend({ dataDir, holder: 'test', host: 'cli', systemLocale: 'en', version: 'test', seedFile: SEED_FILE });
  await b.close();
};

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'marsad-cli-'));
  lib = join(tmp, 'lib');
  await seedLibrary(lib);
});
after(() => rmSync(tmp, { recursive: true, force: true }));

const seedId = (): string => (JSON.parse(marsad(['list', '--json', '--data-dir', lib]).stdout) as { id: string }[])[0]!.id;

test('cli: list --json prints summaries of the seeded clip and nothing on stderr', () => {
  const r = marsad(['--data-dir', lib, 'list', '--json']);
  assert.equal(r.code, 0);
  assert.equal(r.stderr, '');
  const items = JSON.parse(r.stdout) as Record<string, unknown>[];
  assert.equal(items.length, 1);
  assert.deepEqual(Object.keys(items[0]!), ['id', 'title', 'source', 'tags', 'capturedAt', 'lang', 'publishedAt', 'url', 'author']);
  assert.equal(items[0]!.title, SEED.title);
  assert.equal(items[0]!.lang, 'ar');
  assert.deepEqual(items[0]!.tags, []);
});

test('cli: list prints an aligned table with id, date and title', () => {
  const r = marsad(['list', '--data-dir', lib]);
  assert.equal(r.code, 0);
  const lines = r.stdout.trimEnd().split('\n');
  assert.match(lines[0]!, /^ID\s+CAPTURED\s+TITLE$/);
  assert.match(lines[1]!, new RegExp(`^${seedId()}\\s+\\d{4}-\\d{2}-\\d{2}\\s+${SEED.title}$`));
  assert.equal(lines[0]!.indexOf('TITLE'), lines[1]!.indexOf(SEED.title));
});

test('cli: show --json carries the body exactly as stored, with its metadata', () => {
  const id = seedId();
  const r = marsad(['show', id, '--json', '--data-dir', lib]);
  assert.equal(r.code, 0);
  assert.equal(r.stderr, '');
  const clip = JSON.parse(r.stdout) as Record<string, unknown> & { blocks: { kind: string }[] };
  assert.deepEqual(Object.keys(clip).slice(0, 6), ['id', 'title', 'body', 'source', 'tags', 'capturedAt']);
  assert.equal(clip.id, id);
  assert.equal(clip.title, SEED.title);
  assert.equal(clip.body, SEED.body);
  assert.equal(clip.source, null);
  assert.deepEqual(clip.tags, []);
  assert.equal(clip.blocks.filter((b) => b.kind === 'subheading').length, 4);
});

test('cli: show prints the title, metadata lines, then the body', () => {
  const id = seedId();
  const r = marsad(['show', id, '--data-dir', lib]);
  assert.equal(r.code, 0);
  assert.ok(r.stdout.startsWith(`${SEED.title}\n\n`));
  assert.match(r.stdout, new RegExp(`^ID:\\s+${id}$`, 'm'));
  assert.match(r.stdout, /^Language:\s+Arabic$/m);
  assert.ok(r.stdout.endsWith(`\n\n${SEED.body}\n`));
});

test('cli: show of an unknown id exits 1 with one sentence on stderr', () => {
  const r = marsad(['show', 'no-such-id', '--data-dir', lib]);
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  oneSentence(r.stderr);
  assert.match(r.stderr, /no-such-id/);
});

test('cli: usage errors exit 2 with one sentence on stderr', () => {
  for (const args of [['frobnicate'], ['list', '--frob'], ['show'], ['show', 'a', 'b'], []]) {
    const r = marsad([...args, '--data-dir', lib]);
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.stdout, '', args.join(' '));
    oneSentence(r.stderr);
  }
});

test('cli: --help for the program and for each command exits 0', () => {
  const r = marsad(['--help']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^Commands:$/m);
  assert.match(r.stdout, /^ {2}list\s/m);
  assert.match(r.stdout, /^ {2}show\s/m);
  for (const args of [['list', '--help'], ['help', 'show']]) {
    const c = marsad(args);
    assert.equal(c.code, 0);
    assert.match(c.stdout, /^Usage: marsad (list|show)/);
  }
});

test('cli: read-only commands work while another writer holds the library', async () => {
  const writer = await openBackend({ dataDir: lib, holder: 'test', host: 'cli', systemLocale: 'en', version: 'test' });
  try {
    assert.ok(existsSync(join(lib, 'library.lock')));
    const l = marsad(['list', '--json', '--data-dir', lib]);
    assert.equal(l.code, 0, l.stderr);
    const id = (JSON.parse(l.stdout) as { id: string }[])[0]!.id;
    const s = marsad(['show', id, '--data-dir', lib]);
    assert.equal(s.code, 0, s.stderr);
  } finally {
    await writer.close();
  }
});

test('cli: a missing library lists as empty and is not created', () => {
  const missing = join(tmp, 'never-made');
  const j = marsad(['list', '--json', '--data-dir', missing]);
  assert.equal(j.code, 0, j.stderr);
  assert.deepEqual(JSON.parse(j.stdout), []);
  const t = marsad(['list', '--data-dir', missing]);
  assert.equal(t.stdout, 'The library has no clips yet.\n');
  assert.equal(existsSync(missing), false);
});

test('cli: MARSAD_DATA_DIR is used when --data-dir is not given', () => {
  const r = marsad(['list', '--json'], { MARSAD_DATA_DIR: lib });
  assert.equal(r.code, 0, r.stderr);
  assert.equal((JSON.parse(r.stdout) as unknown[]).length, 1);
});

test('cli: a corrupt library exits 3 with one sentence and is left where it is', async () => {
  const bad = join(tmp, 'corrupt');
  await seedLibrary(bad);
  writeFileSync(join(bad, 'library.json'), '{ not json');
  const r = marsad(['list', '--data-dir', bad]);
  assert.equal(r.code, 3);
  assert.equal(r.stdout, '');
  oneSentence(r.stderr);
  assert.equal(readFileSync(join(bad, 'library.json'), 'utf8'), '{ not json');
  assert.deepEqual(readdirSync(bad).filter((f) => f.startsWith('library.corrupt')), []);
});
