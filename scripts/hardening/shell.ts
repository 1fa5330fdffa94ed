// Starts the built browser shell on a library folder for the hardening figures, through the e2e
// launcher (e2e/support/shell-process.ts), adding extra node flags (the event-loop monitor), an
// `alive` check for crash counting and a raw RPC caller. Never judges a figure itself.
import { type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startShell as launch } from '../../e2e/support/shell-process.js';
import { REPO_ROOT, track } from './figure.js';

export const SHELL_SERVER = join(REPO_ROOT, 'dist', 'browser-shell', 'server.js');
// Opening a library takes well under a second; 30 s tolerates a loaded box.
const START_TIMEOUT_MS = 30_000;

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
export async function startShell(dataDir: string, opts: { env?: NodeJS.ProcessEnv; nodeArgs?: string[]; args?: string[] } = {}): Promise<Shell> {
  const env = { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8', ...opts.env };
  const shell = await launch(dataDir, env, opts.args ?? [], {
    nodeArgs: opts.nodeArgs,
    cwd: REPO_ROOT,
    startTimeoutMs: START_TIMEOUT_MS,
    onSpawn: track,
  });
  const { child } = shell;
  const alive = () => child.exitCode === null && child.signalCode === null;
  return { ...shell, alive, call: rpcCaller(shell.origin, shell.token) };
}

function rpcCaller(origin: string, token: string): Shell['call'] {
  return async (name, body, timeoutMs = 30_000) => {
    try {
      const res = await fetch(`${origin}/rpc/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Marsad-Token': token },
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await res.text();
      try {
        return { status: res.status, json: JSON.parse(text) as unknown };
      } catch {
        return { status: res.status, json: text };
      }
    } catch {
      return null;
    }
  };
}
