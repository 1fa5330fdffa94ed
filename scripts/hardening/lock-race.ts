// Figure "lock race": several writers open the same library at the same instant, over no lock,
// a stale lock (left by a writer SIGKILLed while holding it) and an empty lock file. Counts trials where more than
// one of them believed it held the writer lock. The racers are warm processes told "go" at once.
import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import {
  exited,
  killChild,
  onLines,
  removeDir,
  spawnChild,
  tempDir,
  withTimeout,
  type Figure,
  type RunOptions,
} from './figure.js';

const RACERS = 3;
// The count (300) when run by hand; 30 trials catch a frequent race in CI time.
const TRIALS = { ci: 30, full: 300 };
const TRIAL_TIMEOUT_MS = 20_000;
const VARIANTS = ['no lock', 'stale lock', 'empty lock'] as const;

type Racer = { child: ChildProcess; next: () => Promise<string> };

async function startRacer(): Promise<Racer> {
  const child = await spawnChild('lock-racer.ts', []);
  const queue: string[] = [];
  const waiting: ((line: string) => void)[] = [];
  onLines(child, (line) => {
    const w = waiting.shift();
    if (w) w(line);
    else queue.push(line);
  });
  void exited(child).then(() => {
    for (const w of waiting.splice(0)) w('exited');
    queue.push('exited');
  });
  const next = () => (queue.length ? Promise.resolve(queue.shift()!) : new Promise<string>((r) => waiting.push(r)));
  return { child, next };
}

/**
 * Leaves the lock a writer really held when it died: a warm racer opens the library and is
 * SIGKILLed (whatever the lock file holds, it is what a crash leaves). An empty lock file is what
 * a crash at the instant of creation left in older versions.
 */
async function prepareLock(dir: string, variant: (typeof VARIANTS)[number], victim: Racer): Promise<void> {
  if (variant === 'stale lock') {
    victim.child.stdin!.write(`go ${dir}\n`);
    await victim.next();
    await killChild(victim.child);
  } else if (variant === 'empty lock') await writeFile(join(dir, 'library.lock'), '');
}

export async function measureLockRace(opts: RunOptions): Promise<Figure> {
  const trials = opts.full ? TRIALS.full : TRIALS.ci;
  const racers = await Promise.all(Array.from({ length: RACERS }, startRacer));
  const notes: string[] = [];
  let double = 0;
  let timeouts = 0;
  let errors = 0;
  let noHolder = 0;
  try {
    await Promise.all(racers.map((r) => r.next()));
    // The next crash victim warms up while a trial runs.
    let victim = startRacer();
    // A library that exists already, copied for each trial, so the race is only over the lock.
    const template = await tempDir('lock-template');
    const first = racers[0]!;
    first.child.stdin!.write(`go ${template}\n`);
    await first.next();
    first.child.stdin!.write('release\n');
    await first.next();
    for (let i = 0; i < trials; i++) {
      const dir = await tempDir('lock');
      await cp(template, dir, { recursive: true });
      const variant = VARIANTS[i % VARIANTS.length]!;
      if (variant === 'stale lock') {
        const v = await victim;
        victim = startRacer();
        await v.next();
        await prepareLock(dir, variant, v);
      } else await prepareLock(dir, variant, racers[0]!);
      for (const r of racers) r.child.stdin!.write(`go ${dir}\n`);
      const answers = await withTimeout(Promise.all(racers.map((r) => r.next())), TRIAL_TIMEOUT_MS);
      if (!answers.ok) {
        timeouts++;
        break;
      }
      const held = answers.value.filter((a) => a === 'held').length;
      if (held > 1) double++;
      if (held === 0) noHolder++;
      for (const a of answers.value) {
        if (a.startsWith('error') || a === 'exited') {
          errors++;
          if (notes.length < 3) notes.push(`racer: ${a}`);
        }
      }
      for (const r of racers) r.child.stdin!.write('release\n');
      await withTimeout(Promise.all(racers.map((r) => r.next())), TRIAL_TIMEOUT_MS);
      await removeDir(dir);
    }
    await removeDir(template);
    await killChild((await victim).child);
  } finally {
    for (const r of racers) await killChild(r.child);
  }
  return {
    name: 'lock race',
    parts: [
      ['trials', trials],
      ['simultaneous starts', trials * RACERS],
      ['double holders', double, 'bad'],
      // Shown, not failed: refusing an unreadable lock with a sentence can be a design choice.
      ['no holder', noHolder],
      ['errors', errors, 'bad'],
      ['timeouts', timeouts, 'bad'],
    ],
    notes: [`${RACERS} writers per trial, cycling ${VARIANTS.join(', ')} (stale: its holder SIGKILLed)`, ...notes],
  };
}
