// End-to-end tests of `marsad quotes` and `marsad people`: spawns the real CLI against a temp
// library seeded with the Syria–Russia piece, and against the seed file with --file (nothing
// stored). Checks the JSON shape, offsets into the body `show --json` prints, and the speakers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBackend } from '../backend/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEED_FILE = join(ROOT, 'data', 'syria-russia-new-phase.txt');
const EXPECTED = JSON.parse(readFileSync(join(ROOT, 'data', 'seed-expected-quotes.json'), 'utf8')) as {
  must_find: { kind: string; text: string; speaker: string }[];
};
const KEYS = ['kind', 'text', 'speaker', 'via', 'cue', 'start', 'end'];

type Q = { kind: string; text: string; speaker: string | null; via: string | null; cue: string | null; start: number; end: number };
let tmp = '';
let lib = '';

const marsad = (args: string[]) => {
  const { MARSAD_DATA_DIR: _ignored, ...env } = process.env;
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...env, TZ: 'UTC' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'marsad-quotes-cli-'));
  lib = join(tmp, 'lib');
  const b = await openBackend({ dataDir: lib, holder: 'test', host: 'cli', systemLocale: 'en', version: 'test', seedFile: SEED_FILE });
  await b.close();
});
after(() => rmSync(tmp, { recursive: true, force: true }));

const checkDirect = (quotes: Q[], body: string) => {
  for (const q of quotes) {
    assert.deepEqual(Object.keys(q), KEYS);
    assert.equal(body.slice(q.start, q.end), q.text, `offsets of ${q.text}`);
  }
  const direct = quotes.filter((q) => q.kind === 'direct');
  for (const want of EXPECTED.must_find.filter((m) => m.kind === 'direct')) {
    const got = direct.find((q) => q.text === want.text);
    assert.ok(got, `direct quote ${want.text}`);
    assert.equal(got.speaker, want.speaker);
  }
  assert.deepEqual([...new Set(direct.map((q) => q.speaker))].sort(), ['أسعد الشيباني', 'سيرغي لافروف'].sort());
};

test('cli: quotes ID --json gives both direct quotes with their speakers, offsets into show --json body', () => {
  const id = (JSON.parse(marsad(['list', '--json', '--data-dir', lib]).stdout) as { id: string }[])[0]!.id;
  const body = (JSON.parse(marsad(['show', id, '--json', '--data-dir', lib]).stdout) as { body: string }).body;
  const r = marsad(['quotes', id, '--json', '--data-dir', lib]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, '');
  checkDirect(JSON.parse(r.stdout) as Q[], body);
});

test('cli: quotes --file parses like the importer and stores nothing', () => {
  const empty = join(tmp, 'none');
  const r = marsad(['quotes', '--file', SEED_FILE, '--json', '--data-dir', empty]);
  assert.equal(r.code, 0, r.stderr);
  const quotes = JSON.parse(r.stdout) as Q[];
  const imported = join(tmp, 'lib');
  const id = (JSON.parse(marsad(['list', '--json', '--data-dir', imported]).stdout) as { id: string }[])[0]!.id;
  const body = (JSON.parse(marsad(['show', id, '--json', '--data-dir', imported]).stdout) as { body: string }).body;
  checkDirect(quotes, body);
  assert.equal(existsSync(empty), false);
});

test('cli: quotes with neither or both of ID and --file is a usage error', () => {
  assert.equal(marsad(['quotes', '--data-dir', lib]).code, 2);
});

test('cli: people --json lists both speakers with aliases and counts', () => {
  const r = marsad(['people', '--json', '--data-dir', lib]);
  assert.equal(r.code, 0, r.stderr);
  const people = JSON.parse(r.stdout) as { id: string; name: string; aliases: string[]; quoteCount: number; kind: string }[];
  const lavrov = people.find((p) => p.name === 'سيرغي لافروف');
  const shaibani = people.find((p) => p.name === 'أسعد الشيباني');
  assert.ok(lavrov && shaibani);
  assert.deepEqual([lavrov.kind, people.find((p) => p.name === 'سانا')?.kind], ['person', 'organisation']);
  assert.ok(lavrov.aliases.includes('لافروف'));
  assert.ok(shaibani.quoteCount >= 2);
  assert.match(marsad(['people', '--data-dir', lib]).stdout, /^NAME\s+QUOTES/);
});
