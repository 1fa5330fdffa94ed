// What a CLI command is: its name, help text, options, positionals, whether it writes, and a
// run function. Commands never open the library or print errors themselves; run.ts does both.
import type { Calls, CallName } from '../../../common/ipc/contract.js';

export type OptionSpec = {
  type: 'string' | 'boolean';
  description: string;
  /** Shown in help for string options, e.g. "DIR". */
  valueName?: string;
  short?: string;
  multiple?: boolean;
};

export type OptionValues = Record<string, string | boolean | string[] | boolean[] | undefined>;

/** `variadic` (last positional only): takes every remaining argument, shown as NAME... */
export type Positional = { name: string; description: string; required: boolean; variadic?: boolean };

/** Calls a backend handler through dispatch; throws AppFailure when the Result is an error. */
export type Call = <K extends CallName>(name: K, input: Calls[K]['in']) => Promise<Calls[K]['out']>;

export type CommandContext = {
  call: Call;
  /** Writes a line (or lines) to stdout. */
  out: (text: string) => void;
  /** Terminal width for human output; undefined when stdout is not a terminal. */
  columns: number | undefined;
  /** The environment and working directory of the command line (relative paths, MARSAD_* variables). */
  env?: Record<string, string | undefined>;
  cwd?: string;
};

export type Command = {
  name: string;
  summary: string;
  /** Longer help text shown by `marsad help NAME`; optional. */
  details?: string;
  /**
   * `read` opens the library read-only (no lock); `write` takes the writer lock. A function
   * decides from the positionals (`tags` lists read-only, `tags rename` writes).
   */
  access: 'read' | 'write' | ((positionals: string[]) => 'read' | 'write');
  options: Record<string, OptionSpec>;
  positionals: Positional[];
  /** Throws UsageError for a bad option value, AppFailure for anything the backend says. */
  run: (ctx: CommandContext, args: { options: OptionValues; positionals: string[] }) => Promise<void>;
};
