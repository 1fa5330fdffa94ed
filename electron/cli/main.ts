// Entry point of the `marsad` command (run by tsx from the repo, or bundled to dist/cli/marsad.js
// for bin/marsad.js). Wires process I/O into runCli and sets the exit code; all logic is in run.ts.
import { runCli } from './run.js';
import { installProcessGuards } from '../backend/process-guards.js';

// A stray rejection is logged and the command goes on; an uncaught exception ends it with exit 1
// (the writer lock is released by its exit handler).
installProcessGuards({ say: (line) => process.stderr.write(`${line}\n`), onFatal: () => process.exit(1) });

// `marsad list | head` closes the pipe early: stop printing, but let the command finish (a
// writing command must still flush and release its lock).
let stdoutClosed = false;
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  stdoutClosed = true;
});

process.exitCode = await runCli({
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  stdout: (text) => {
    if (!stdoutClosed) process.stdout.write(text);
  },
  stderr: (text) => process.stderr.write(text),
});
