// Help text for the program and for each command, built from the command table and the option
// specs so it cannot drift from what the parser accepts. Pure formatting, no I/O.
import type { Command, OptionSpec } from './commands/command.js';
import { GLOBAL_OPTIONS } from './global-options.js';
import { formatTable } from './format/table.js';

const flag = (name: string, s: OptionSpec): string =>
  `${s.short ? `-${s.short}, ` : ''}--${name}${s.type === 'string' ? ` ${s.valueName ?? 'VALUE'}` : ''}`;

const optionRows = (specs: Record<string, OptionSpec>): string[][] =>
  Object.entries(specs).map(([name, s]) => [`  ${flag(name, s)}`, s.description]);

/** "marsad show ID [--json]": positionals, then the command's own options. */
export const usageLine = (c: Command): string =>
  [
    'marsad',
    c.name,
    ...c.positionals.map((p) => `${p.required ? p.name : `[${p.name}]`}${p.variadic ? '...' : ''}`),
    ...Object.entries(c.options).map(([name, s]) => `[${flag(name, s).replace(/^-\w, /, '')}]`),
  ].join(' ');

const EXIT_CODES = 'Exit codes: 0 ok, 1 bad input or not found, 2 usage error, 3 library locked or storage error.';

export function programHelp(commands: readonly Command[], dataDir: string): string {
  return [
    'marsad: read and manage the Marsad clipping library from the command line.',
    '',
    'Usage: marsad [--data-dir DIR] COMMAND [ARGS] [OPTIONS]',
    '',
    'Commands:',
    ...formatTable([...commands.map((c) => [`  ${c.name}`, c.summary]), ['  help', 'Show help for a command.']]),
    '',
    'Global options:',
    ...formatTable(optionRows(GLOBAL_OPTIONS)),
    '',
    `Library folder: ${dataDir}`,
    EXIT_CODES,
    'Run "marsad help COMMAND" or "marsad COMMAND --help" for a command\'s options.',
  ].join('\n');
}

export function commandHelp(c: Command): string {
  const lines = [`Usage: ${usageLine(c)}`, '', c.summary];
  if (c.details) lines.push('', c.details);
  if (c.positionals.length) {
    lines.push('', 'Arguments:', ...formatTable(c.positionals.map((p) => [`  ${p.name}`, p.description])));
  }
  if (Object.keys(c.options).length) lines.push('', 'Options:', ...formatTable(optionRows(c.options)));
  lines.push('', 'Global options:', ...formatTable(optionRows(GLOBAL_OPTIONS)), '', EXIT_CODES);
  return lines.join('\n');
}
