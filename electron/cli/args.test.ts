// Table-driven tests of the CLI argument parser: global options before or after the command,
// help forms, and a one-sentence UsageError for each kind of malformed command line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCommandLine } from './args.js';
import { COMMANDS } from './commands/index.js';
import { UsageError } from './usage-error.js';

const parse = (...argv: string[]) => parseCommandLine(argv, COMMANDS);

test('args: a command with its options and positionals', () => {
  const inv = parse('show', 'abc', '--json');
  assert.equal(inv.kind, 'run');
  if (inv.kind !== 'run') return;
  assert.equal(inv.command.name, 'show');
  assert.deepEqual(inv.positionals, ['abc']);
  assert.deepEqual(inv.options, { json: true });
  assert.equal(inv.dataDir, undefined);
});

test('args: --data-dir before or after the command, with = or a space', () => {
  for (const argv of [
    ['--data-dir', '/d', 'list'],
    ['--data-dir=/d', 'list'],
    ['list', '--data-dir', '/d'],
    ['list', '--json', '--data-dir=/d'],
  ]) {
    const inv = parse(...argv);
    assert.equal(inv.kind, 'run', argv.join(' '));
    if (inv.kind === 'run') assert.equal(inv.dataDir, '/d', argv.join(' '));
  }
});

test('args: help and version forms', () => {
  assert.deepEqual(parse('--help'), { kind: 'help' });
  assert.deepEqual(parse('-h'), { kind: 'help' });
  assert.deepEqual(parse('help'), { kind: 'help' });
  assert.deepEqual(parse('--data-dir', '/d', '--help'), { kind: 'help', dataDir: '/d' });
  assert.deepEqual(parse('--version'), { kind: 'version' });
  for (const argv of [['help', 'show'], ['show', '--help'], ['show', '-h'], ['show', 'abc', '--help']]) {
    const inv = parse(...argv);
    assert.equal(inv.kind, 'help', argv.join(' '));
    if (inv.kind === 'help') assert.equal(inv.command?.name, 'show');
  }
});

test('args: after "--" a dash-led word is a positional', () => {
  const inv = parse('show', '--', '-odd-id');
  assert.equal(inv.kind, 'run');
  if (inv.kind === 'run') assert.deepEqual(inv.positionals, ['-odd-id']);
});

const USAGE_ERRORS: [string[], RegExp][] = [
  [[], /^No command given; run "marsad --help"/],
  [['frob'], /^Unknown command "frob"; run "marsad --help"/],
  [['help', 'frob'], /^Unknown command "frob"/],
  [['--json', 'list'], /^Unknown option --json; run "marsad --help"/],
  [['list', '--frob'], /^Unknown option --frob for list; run "marsad list --help"/],
  [['list', '-x'], /^Unknown option -x for list/],
  [['show'], /^Missing ID; usage: marsad show ID \[--json\]\.$/],
  [['show', 'a', 'b'], /^Unexpected argument "b"; usage: marsad show ID/],
  [['list', '--data-dir'], /^Option --data-dir needs a value \(--data-dir DIR\)\.$/],
  [['list', '--data-dir', '--json'], /^Option --data-dir needs a value; to give one that starts with "-", write --data-dir=--json\.$/],
  [['list', '--json=yes'], /^Option --json takes no value\.$/],
];

for (const [argv, message] of USAGE_ERRORS) {
  test(`args: usage error for "${argv.join(' ')}"`, () => {
    assert.throws(() => parse(...argv), (e: unknown) => {
      assert.ok(e instanceof UsageError);
      assert.match(e.message, message);
      assert.doesNotMatch(e.message, /\n/);
      return true;
    });
  });
}
