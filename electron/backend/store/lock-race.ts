// The writer-lock race, as a function the unit tests (a few dozen rounds) and the hardening run
// (300) both call: `racers` long-lived processes are told to take the same lock at once, round
// after round, and every round in which more than one of them holds it is a double holder.
// With `stale`, each round starts from a lock left by a dead process. Test support, not app code.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export type LockRaceResult = { rounds: number; doubleHolders: number; noHolder: number; errors: string[] };

const WORKER = new URL('./lock-race-worker.ts', import.meta.url).pathname;

type Racer = { child: ChildProcessByStdio<Writable, Readable, null>; next(): Promise<string> };

function startRacer(): Racer {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines: string[] = [];
  const waiting: ((l: string) => void)[] = [];
  createInterface({ input: child.stdout }).on('line', (l) => {
    const w = waiting.shift();
    if (w) w(l);
    else lines.push(l);
  });
  return { child, next: () => new Promise((resolve) => (lines.length ? resolve(lines.shift()!) : waiting.push(resolve))) };
}

/** A pid no live process has: a child that has already exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((r) => child.once('exit', r));
  return child.pid!;
}

export async function lockRace({ rounds, racers = 2, stale = false }: { rounds: number; racers?: number; stale?: boolean }): Promise<LockRaceResult> {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-lock-race-'));
  const procs = Array.from({ length: racers }, startRacer);
  const result: LockRaceResult = { rounds, doubleHolders: 0, noHolder: 0, errors: [] };
  const dead = stale ? await deadPid() : 0;
  try {
    for (let r = 0; r < rounds; r++) {
      const path = join(dir, `round-${r}.lock`);
      if (stale) await writeFile(path, JSON.stringify({ holder: 'app', pid: dead, host: hostname(), since: new Date(0).toISOString() }));
      for (const p of procs) p.child.stdin.write(`go ${path}\n`);
      const answers = await Promise.all(procs.map((p) => p.next()));
      const held = answers.filter((a) => a === 'held').length;
      if (held > 1) result.doubleHolders++;
      if (held === 0) result.noHolder++;
      for (const a of answers) if (a.startsWith('error')) result.errors.push(a);
      for (const p of procs) p.child.stdin.write('release\n');
      await Promise.all(procs.map((p) => p.next()));
    }
  } finally {
    for (const p of procs) p.child.stdin.end();
    await Promise.all(procs.map((p) => new Promise((r) => (p.child.exitCode !== null ? r(null) : p.child.once('exit', r)))));
    await rm(dir, { recursive: true, force: true });
  }
  return result;
}
