// Shared pieces of `npm run test:hardening`: the figure each module returns, the run's counts
// (CI or --full), per-case timeouts, temp folders and tsx child processes. Measures only: nothing
// here decides what a figure should be.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const HERE = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = join(HERE, '..', '..');

export type Figure = {
  /** e.g. "lock race". */
  name: string;
  /** The counted parts in print order, e.g. [['trials', 300], ['double holders', 0, 'bad']]. */
  parts: [label: string, value: number | string, kind?: 'bad'][];
  /** How a figure was obtained where that matters (e.g. "ENOSPC: tmpfs mount"). */
  notes: string[];
};

export type RunOptions = { full: boolean; verbose: boolean };

/** A figure's "bad" parts (lost, crashes, executed, double, outbound) summed: non-zero fails the run. */
export const badCount = (f: Figure): number =>
  f.parts.reduce((n, [, v, kind]) => n + (kind === 'bad' && typeof v === 'number' ? v : 0), 0);

export const formatFigure = (f: Figure): string =>
  `${f.name}: ${f.parts.map(([label, v]) => `${label} ${v}`).join(' / ')}`;

export async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `marsad-harden-${prefix}-`));
}

export const removeDir = (dir: string) => rm(dir, { recursive: true, force: true }).catch(() => undefined);

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export type Timed<T> = { ok: true; value: T } | { ok: false; timedOut: true };

/** Resolves with the value, or with a timeout marker after `ms` (the promise keeps running). */
export async function withTimeout<T>(p: Promise<T>, ms: number): Promise<Timed<T>> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Timed<T>>((done) => (timer = setTimeout(() => done({ ok: false, timedOut: true }), ms)));
  try {
    return await Promise.race([p.then((value): Timed<T> => ({ ok: true, value })), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const bundles = new Map<string, Promise<string>>();
/** Per run, so two runs side by side never load each other's half-written bundle. */
export const BUNDLE_DIR = join(REPO_ROOT, '.tsbuild', 'hardening', String(process.pid));

const started = new Set<ChildProcess>();
/** Remembers a child this run started, so `stopAll` can end it if its figure gave up on it. */
export function track(child: ChildProcess): ChildProcess {
  started.add(child);
  child.once('exit', () => started.delete(child));
  return child;
}
/** SIGKILLs every child this run started that is still running (by handle, never by name). */
export function stopAll(): void {
  for (const child of started) child.kill('SIGKILL');
}

/**
 * A child module of this folder bundled once per run with esbuild (packages stay external), so
 * the hundreds of children a run starts load in a fraction of tsx's compile time.
 */
export function bundled(file: string): Promise<string> {
  let out = bundles.get(file);
  if (!out) {
    const outfile = join(BUNDLE_DIR, file.replace(/\.ts$/, '.mjs'));
    out = build({
      entryPoints: [join(HERE, file)],
      outfile,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'esm',
      packages: 'external',
      logLevel: 'warning',
    }).then(() => outfile);
    bundles.set(file, out);
  }
  return out;
}

/** Starts a child module of this folder (bundled first; see `bundled`). */
export async function spawnChild(file: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<ChildProcess> {
  return track(spawn(process.execPath, [await bundled(file), ...args], { env, cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] }));
}

/** Calls `onLine` for every complete stdout line of a child. */
export function onLines(child: ChildProcess, onLine: (line: string) => void): void {
  let buffer = '';
  child.stdout!.setEncoding('utf8').on('data', (s: string) => {
    buffer += s;
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      onLine(buffer.slice(0, nl));
      buffer = buffer.slice(nl + 1);
    }
  });
}

export const exited = (child: ChildProcess): Promise<number | null> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise((done) => child.once('exit', (code) => done(code)));

/** Kills a child we started (by its own handle) and waits for it to go. */
export async function killChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill(signal);
  await exited(child);
}

/** A small seeded PRNG (mulberry32) so a run's random moments can be replayed with --seed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
