// Starts the real browser shell (dist/browser-shell/server.js) as a child process on a free
// port, reads the one URL line from its stdout, and stops it with SIGTERM. Never fakes the
// bridge: what the page talks to is the real backend on a real data folder. The hardening
// harness (scripts/hardening/shell.ts) starts its shells through this too.
import { spawn, type ChildProcess } from 'node:child_process';
import { SHELL_SERVER } from './paths.js';

// Opening a library and seeding it takes well under a second; 20 s tolerates a loaded CI box.
const START_TIMEOUT_MS = 20_000;
const STOP_TIMEOUT_MS = 10_000;
const STDERR_KEPT = 200_000;
const URL_LINE = /^Marsad browser shell: (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([\w-]+))$/;

export type ShellProcess = {
  url: string;
  origin: string;
  token: string;
  child: ChildProcess;
  stdoutLines: () => string[];
  stderr: () => string;
  /** SIGTERM, then SIGKILL after 10 s; the exit code (null when killed). */
  stop: () => Promise<number | null>;
};

export type LaunchOptions = {
  /** Node flags before the server script (e.g. an `--import` monitor). */
  nodeArgs?: string[];
  cwd?: string;
  startTimeoutMs?: number;
  /** Called with the child as soon as it is spawned (e.g. to register it for a kill-all). */
  onSpawn?: (child: ChildProcess) => void;
};

/** `args`: more shell options, e.g. ['--export-dir', dir]. */
export function startShell(dataDir: string, env: NodeJS.ProcessEnv, args: string[] = [], opts: LaunchOptions = {}): Promise<ShellProcess> {
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), SHELL_SERVER, '--data-dir', dataDir, '--port', '0', ...args], {
    env,
    cwd: opts.cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  opts.onSpawn?.(child);
  let out = '';
  let err = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => (err = (err + s).slice(-STDERR_KEPT)));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const stop = stopper(child, exited);
  const timeoutMs = opts.startTimeoutMs ?? START_TIMEOUT_MS;

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`The browser shell printed no URL within ${timeoutMs} ms. stderr: ${err}`));
    }, timeoutMs);
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
        child,
        stdoutLines: () => out.split('\n').filter(Boolean),
        stderr: () => err,
        stop,
      });
    });
  });
}

function stopper(child: ChildProcess, exited: Promise<number | null>): () => Promise<number | null> {
  return async () => {
    if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    const code = await exited;
    clearTimeout(timer);
    return code;
  };
}
