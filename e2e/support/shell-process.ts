// Starts the real browser shell (dist/browser-shell/server.js) as a child process on a free
// port, reads the one URL line from its stdout, and stops it with SIGTERM. Never fakes the
// bridge: what the page talks to is the real backend on a real data folder.
import { spawn } from 'node:child_process';
import { SHELL_SERVER } from './paths.js';

// Opening a library and seeding it takes well under a second; 20 s tolerates a loaded CI box.
const START_TIMEOUT_MS = 20_000;
const STOP_TIMEOUT_MS = 10_000;
const URL_LINE = /^Marsad browser shell: (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([\w-]+))$/;

export type ShellProcess = {
  url: string;
  origin: string;
  token: string;
  stdoutLines: () => string[];
  stderr: () => string;
  stop: () => Promise<number | null>;
};

/** `args`: more shell options, e.g. ['--export-dir', dir]. */
export function startShell(dataDir: string, env: NodeJS.ProcessEnv, args: string[] = []): Promise<ShellProcess> {
  const child = spawn(process.execPath, [SHELL_SERVER, '--data-dir', dataDir, '--port', '0', ...args], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => (err += s));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));

  const stop = async (): Promise<number | null> => {
    if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    const code = await exited;
    clearTimeout(timer);
    return code;
  };

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`The browser shell printed no URL within ${START_TIMEOUT_MS} ms. stderr: ${err}`));
    }, START_TIMEOUT_MS);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`The browser shell exited (${code}) before printing its URL. stderr: ${err}`));
    });
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      out += s;
      const match = out.split('\n').map((l) => URL_LINE.exec(l)).find(Boolean);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        url: match[1]!,
        origin: `http://127.0.0.1:${match[2]}`,
        token: match[3]!,
        stdoutLines: () => out.split('\n').filter(Boolean),
        stderr: () => err,
        stop,
      });
    });
  });
}
