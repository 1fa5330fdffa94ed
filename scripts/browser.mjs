// `npm run browser -- [--data-dir DIR] [--port N] [--import-dir DIR] [--export-dir DIR]`:
// builds whatever is missing or stale, then
// runs the browser shell with the given options, passing its stdout (the URL line) through.
// Must not print anything on stdout itself: scripts read the URL from there.
import { spawn, spawnSync } from 'node:child_process';

const built = spawnSync(process.execPath, ['scripts/build.mjs', '--quiet'], { stdio: ['ignore', 2, 2] });
if (built.status !== 0) process.exit(built.status ?? 1);

const shell = spawn(process.execPath, ['dist/browser-shell/server.js', ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => shell.kill(signal));
shell.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
