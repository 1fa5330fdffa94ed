// Runs one command line end to end: parse, resolve the library folder, open the backend as the
// command needs, run, close, and turn every failure into an exit code plus one sentence on
// stderr. Takes its I/O as a parameter so tests can run it in-process; never calls process.exit.
import { resolve } from 'node:path';
import { AppFailure } from '../../common/result.js';
import { defaultDataDir } from '../backend/index.js';
import { appVersion } from './app-paths.js';
import { parseCommandLine } from './args.js';
import type { Command } from './commands/command.js';
import { COMMANDS } from './commands/index.js';
import { EXIT, exitCodeFor, type ExitCode } from './exit-codes.js';
import { commandHelp, programHelp } from './help.js';
import { openLibrary } from './library.js';
import { UsageError } from './usage-error.js';

export type CliIo = {
  argv: string[];
  env: Record<string, string | undefined>;
  cwd: string;
  /** Terminal width, or undefined when stdout is not a terminal (then nothing is cut). */
  columns: number | undefined;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
};

/** One sentence on one line, whatever the source of the message. */
const oneLine = (message: string): string => message.replace(/\s*\n\s*/g, ' ').trim();

const dataDirFor = (io: CliIo, flag: string | undefined): string =>
  resolve(io.cwd, flag ?? defaultDataDir(io.env as NodeJS.ProcessEnv));

export async function runCli(io: CliIo, commands: readonly Command[] = COMMANDS): Promise<ExitCode> {
  const out = (text: string) => io.stdout(`${text}\n`);
  try {
    const inv = parseCommandLine(io.argv, commands);
    if (inv.kind === 'version') {
      out(appVersion());
      return EXIT.ok;
    }
    if (inv.kind === 'help') {
      out(inv.command ? commandHelp(inv.command) : programHelp(commands, dataDirFor(io, inv.dataDir)));
      return EXIT.ok;
    }
    const access = typeof inv.command.access === 'function' ? inv.command.access(inv.positionals) : inv.command.access;
    const library = await openLibrary(dataDirFor(io, inv.dataDir), access);
    // A writing command's output is held until its changes are on disk: a failed save prints
    // the reason on stderr and exits 3, never a success line first.
    const held: string[] = [];
    const commandOut = access === 'write' ? (text: string) => void held.push(`${text}\n`) : out;
    try {
      await inv.command.run(
        { call: library.call, out: commandOut, columns: io.columns, env: io.env, cwd: io.cwd },
        { options: inv.options, positionals: inv.positionals },
      );
    } catch (e) {
      // The command's own failure is reported, unless the save fails too (then that, exit 3).
      await library.close();
      for (const text of held) io.stdout(text);
      throw e;
    }
    // close() flushes every change to disk (rejecting with storage-io, exit 3, if it cannot)
    // and only then releases the lock: a writing command never exits 0 before its data is safe.
    await library.close();
    for (const text of held) io.stdout(text);
    return EXIT.ok;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`${oneLine(e.message)}\n`);
      return EXIT.usage;
    }
    if (e instanceof AppFailure) {
      io.stderr(`${oneLine(e.appError.message)}\n`);
      return exitCodeFor(e.appError.code);
    }
    // A bug, not a user error: say so in one sentence and keep the stack for whoever reports it.
    const message = e instanceof Error ? e.message : String(e);
    io.stderr(`marsad hit an unexpected error (${oneLine(message)}); please report it with MARSAD_DEBUG=1 output.\n`);
    if (io.env.MARSAD_DEBUG && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
    return EXIT.input;
  }
}
