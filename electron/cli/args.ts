// Turns argv into what to do: show help, print the version, or run one command with checked
// options and positionals. Throws UsageError with one sentence for anything malformed; never
// touches the library or the console.
import { parseArgs } from 'node:util';
import type { Command, OptionSpec, OptionValues } from './commands/command.js';
import { GLOBAL_OPTIONS } from './global-options.js';
import { usageLine } from './help.js';
import { UsageError } from './usage-error.js';

export type Invocation =
  | { kind: 'help'; command?: Command; dataDir?: string }
  | { kind: 'version' }
  | { kind: 'run'; command: Command; options: OptionValues; positionals: string[]; dataDir?: string };

type Token = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];

const toParseArgs = (specs: Record<string, OptionSpec>) =>
  Object.fromEntries(
    Object.entries(specs).map(([name, s]) => [
      name,
      { type: s.type, ...(s.short ? { short: s.short } : {}), ...(s.multiple ? { multiple: true } : {}) },
    ]),
  );

/** Lenient parse (we check the tokens ourselves, so every message is one sentence of our own). */
const lenient = (args: string[], specs: Record<string, OptionSpec>) =>
  parseArgs({ args, options: toParseArgs(specs), strict: false, allowPositionals: true, tokens: true });

/** Checks one option token against the specs; `command` names the command for the message. */
const checkOption = (t: Token, specs: Record<string, OptionSpec>, command?: string): void => {
  if (t.kind !== 'option') return;
  const spec = specs[t.name];
  if (!spec) {
    const cmd = command ? ` ${command}` : '';
    throw new UsageError(`Unknown option ${t.rawName}${command ? ` for ${command}` : ''}; run "marsad${cmd} --help" to see the options.`);
  }
  if (spec.type === 'boolean' && t.inlineValue) throw new UsageError(`Option ${t.rawName} takes no value.`);
  if (spec.type === 'string') {
    if (t.value === undefined) throw new UsageError(`Option ${t.rawName} needs a value (${t.rawName} ${spec.valueName ?? 'VALUE'}).`);
    if (!t.inlineValue && t.value.startsWith('-')) {
      throw new UsageError(`Option ${t.rawName} needs a value; to give one that starts with "-", write ${t.rawName}=${t.value}.`);
    }
  }
};

const dataDirOf = (values: OptionValues): { dataDir?: string } =>
  typeof values['data-dir'] === 'string' ? { dataDir: values['data-dir'] } : {};

export function parseCommandLine(argv: string[], commands: readonly Command[]): Invocation {
  // Pass 1: only global options may come before the command name.
  const first = lenient(argv, GLOBAL_OPTIONS);
  const nameToken = first.tokens.find((t) => t.kind === 'positional');
  for (const t of first.tokens) {
    if (nameToken && t.index >= nameToken.index) break;
    checkOption(t, GLOBAL_OPTIONS);
  }
  if (!nameToken || nameToken.kind !== 'positional') {
    if (first.values.help) return { kind: 'help', ...dataDirOf(first.values) };
    if (first.values.version) return { kind: 'version' };
    throw new UsageError('No command given; run "marsad --help" to see the commands.');
  }

  const find = (name: string) => commands.find((c) => c.name === name);
  if (nameToken.value === 'help') {
    const topic = first.positionals[1];
    if (topic === undefined) return { kind: 'help', ...dataDirOf(first.values) };
    const command = find(topic);
    if (!command) throw new UsageError(`Unknown command "${topic}"; run "marsad --help" to see the commands.`);
    return { kind: 'help', command };
  }
  const command = find(nameToken.value);
  if (!command) throw new UsageError(`Unknown command "${nameToken.value}"; run "marsad --help" to see the commands.`);

  // Pass 2: everything but the command name, against the global and the command's options.
  const specs = { ...GLOBAL_OPTIONS, ...command.options };
  const rest = argv.filter((_, i) => i !== nameToken.index);
  const second = lenient(rest, specs);
  if (second.values.help) return { kind: 'help', command };
  for (const t of second.tokens) checkOption(t, specs, command.name);

  const positionals = second.positionals;
  const required = command.positionals.filter((p) => p.required).length;
  if (positionals.length < required) {
    const missing = command.positionals[positionals.length]!;
    throw new UsageError(`Missing ${missing.name}; usage: ${usageLine(command)}.`);
  }
  if (positionals.length > command.positionals.length && !command.positionals.at(-1)?.variadic) {
    throw new UsageError(`Unexpected argument "${positionals[command.positionals.length]}"; usage: ${usageLine(command)}.`);
  }
  const { 'data-dir': _dataDir, help: _help, version: _version, ...options } = second.values;
  return { kind: 'run', command, options, positionals, ...dataDirOf(second.values) };
}
