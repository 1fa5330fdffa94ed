// `npm run browser`: opens the library with the shared backend, serves the built renderer on
// 127.0.0.1 and prints exactly one line, the URL with this run's token, on stdout (all else goes
// to stderr). Exit codes: 0 on SIGINT/SIGTERM, 2 bad usage, 3 library locked or unreadable.
// Paths named over RPC follow path-rules.ts (--import-dir, --export-dir, the exports folder).
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AppFailure } from '../../common/result.js';
import { defaultDataDir, openBackend, type Backend } from '../backend/index.js';
import { installProcessGuards } from '../backend/process-guards.js';
import { saveBeforeQuit, shellQuitPrompts } from '../backend/quit-save.js';
import { parseArgs } from './args.js';
import { newToken } from './auth.js';
import { findRepo } from './repo-paths.js';
import { createShellServer, listen } from './server.js';

const say = (line: string) => process.stderr.write(`${line}\n`);
const isDirectory = (path: string): boolean => statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;

async function main(): Promise<void> {
  const parsed = parseArgs(process.argv.slice(2));
  if (!parsed.ok) {
    say(parsed.message);
    process.exit(2);
  }
  const repo = findRepo();
  if (!existsSync(join(repo.rendererDir, 'index.html'))) {
    say('The renderer is not built yet; run `node scripts/build.mjs` (npm run browser does it for you).');
    process.exit(2);
  }
  const missing = [...parsed.args.importDirs, ...parsed.args.exportDirs].find((d) => !isDirectory(d));
  if (missing !== undefined) {
    say(`${missing} is not a folder; --import-dir and --export-dir name existing folders.`);
    process.exit(2);
  }
  const dataDir = parsed.args.dataDir ?? process.env.MARSAD_DATA_DIR ?? defaultDataDir();
  let backend: Backend;
  try {
    backend = await openBackend({
      dataDir,
      holder: 'browser-shell',
      host: 'browser',
      systemLocale: Intl.DateTimeFormat().resolvedOptions().locale,
      version: repo.version,
      seedFile: repo.seedFile,
    });
  } catch (e) {
    if (e instanceof AppFailure) {
      say(e.appError.message);
      process.exit(3);
    }
    throw e;
  }

  const token = newToken();
  const paths = { dataDir, importDirs: parsed.args.importDirs, exportDirs: parsed.args.exportDirs };
  const server = createShellServer({ handlers: backend.handlers, rendererDir: repo.rendererDir, token, paths });
  const port = await listen(server, parsed.args.port);
  say(`Marsad browser shell: library ${dataDir}`);
  process.stdout.write(`Marsad browser shell: http://127.0.0.1:${port}/?token=${token}\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`Marsad browser shell: ${signal}, saving and closing the library.`);
    server.close();
    server.closeAllConnections();
    // No one to ask: wait a while for the disk, then save a copy in the temp folder, then give up.
    const outcome = await saveBeforeQuit(backend, shellQuitPrompts(say));
    if (outcome.kind === 'saved') process.exit(0);
    say(
      outcome.kind === 'copied'
        ? `The library could not be saved on exit (${outcome.message}); a copy with every change is in ${outcome.to}.`
        : `The library could not be saved on exit, and changes since the last save are lost: ${outcome.message}`,
    );
    process.exit(3);
  };
  // A second signal while saving ends at once (exit 3): the person asked twice.
  const onSignal = (signal: string) => (stopping ? process.exit(3) : void stop(signal));
  process.on('SIGINT', () => onSignal('SIGINT'));
  process.on('SIGTERM', () => onSignal('SIGTERM'));
  // A stray rejection is logged and the shell stays up; an uncaught exception saves and exits 1.
  installProcessGuards({ say, onFatal: () => void backend.close().finally(() => process.exit(1)) });
}

main().catch((e: unknown) => {
  say(`The browser shell stopped: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
