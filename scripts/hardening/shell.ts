// Starts the built browser shell (dist/browser-shell/server.js) on a library folder for the
// hardening figures, reads its URL line and stops it. Like e2e/support/shell-process.ts, plus
// extra node flags (the event-loop monitor) and an `alive` check for crash counting.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, exited, track } from './figure.js';

export const SHELL_SERVER = join(REPO_ROOT, 'dist', 'browser-shell', 'server.js');
// Opening a library takes well under a second; 30 s tolerates a loaded box.
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;
const URL_LINE = /^Marsad browser shell: (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([\w-]+))$/m;

export type Shell = {
  url: string;
  origin: string;
  token: string;
  child: ChildProcess;
  alive: () => boolean;
  stderr: () => string;
  /** SIGTERM, then SIGKILL after 10 s; the exit code (null when killed). */
  stop: () => Promise<number | null>;
  /** POST /rpc/<name> with the token header; the parsed Result, or null when the shell did not answer. */
  call: (name: string, body: string, timeoutMs?: number) => Promise<{ status: number; json: unknown } | null>;
};

export function shellBuilt(): boolean {
  return existsSync(SHELL_SERVER) && existsSync(join(REPO_ROOT, 'dist', 'renderer', 'index.html'));
}

/** `args`: more shell options, e.g. ['--import-dir', dir, '--export-dir', dir] (folders must exist). */
export function startShell(dataDir: string, opts: { env?: NodeJS.ProcessEnv; nodeArgs?: string[]; args?: string[] } = {}): Promise<Shell> {
  const env = { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8', ...opts.env };
  const child = track(
    spawn(process.execPath, [...(opts.nodeArgs ?? []), SHELL_SERVER, '--data-dir', dataDir, '--port', '0', ...(opts.args ?? [])], {
      env,
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  let out = '';
  let err = '';
  child.stderr!.setEncoding('utf8').on('data', (s: string) => (err = (err + s).slice(-20_000)));
  const done = exited(child);
  const alive = () => child.exitCode === null && child.signalCode === null;
  const stop = async (): Promise<number | null> => {
    if (!alive()) return child.exitCode;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    const code = await done;
    clearTimeout(timer);
    return code;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`The browser shell printed no URL within ${START_TIMEOUT_MS} ms. stderr: ${err}`));
    }, START_TIMEOUT_MS);
    void done.then((code) => {
      clearTimeout(timer);
      reject(new Error(`The browser shell exited (${code}) before printing its URL. stderr: ${err}`));
    });
    child.stdout!.setEncoding('utf8').on('data', (s: string) => {
      out += s;
      const m = URL_LINE.exec(out);
      if (!m) return;
      clearTimeout(timer);
      const origin = `http://127.0.0.1:${m[2]}`;
      const token = m[3]!;
      const call: Shell['call'] = async (name, body, timeoutMs = 30_000) => {
        try {
          const res = await fetch(`${origin}/rpc/${encodeURIComponent(name)}`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Marsad-Token': token },
            body,
            signal: AbortSignal.timeout(timeoutMs),
          });
          const text = await res.text();
          let json: unknown = null;
          try {
            json = JSON.parse(text);
          } catch {
            json = text;
          }
          return { status: res.status, json };
        } catch {
          return null;
        }
      };
      resolve({ url: m[1]!, origin, token, child, alive, stderr: () => err, stop, call });
    });
  });
}
