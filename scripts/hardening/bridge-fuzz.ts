// Figure "bridge fuzz": every contract call, sent through the browser shell's RPC (the same
// dispatch the Electron main uses), with wrong types, huge strings, deep objects and traversal
// strings. Counts host crashes, calls left unanswered, and files written outside the library
// and the chosen export folder (a sentinel tree, marked names in /tmp and the repo, diffed).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, lstatSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, removeDir, sleep, tempDir, type Figure, type RunOptions } from './figure.js';
import { CALL_NAMES, UNKNOWN_CALLS, casesFor, validPayloads, type FuzzCase, type Places } from './fuzz-cases.js';
import { shellBuilt, startShell, type Shell } from './shell.js';

// An answer within this is "still answering"; a loaded CI box can take a few seconds on a big payload.
const ANSWER_TIMEOUT_MS = 15_000;
const JOB_WAIT_MS = 20_000;

type Snapshot = Map<string, string>;

/** path -> sha256 (or "dir"/"link") for every entry under `root` (no symlink following). */
function snapshot(root: string, out: Snapshot = new Map(), depth = 0): Snapshot {
  let names: string[] = [];
  try {
    names = readdirSync(root);
  } catch {
    return out;
  }
  for (const name of names) {
    const path = join(root, name);
    const st = lstatSync(path, { throwIfNoEntry: false });
    if (!st) continue;
    if (st.isDirectory()) {
      out.set(path, 'dir');
      if (depth < 8) snapshot(path, out, depth + 1);
    } else if (st.isSymbolicLink()) out.set(path, 'link');
    else out.set(path, createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return out;
}

/** Entries whose name carries the marker in /tmp and the repo's top level, and the /tmp victim. */
function markedSnapshot(marker: string, tmpVictim: string): Snapshot {
  const out: Snapshot = new Map();
  for (const dir of [tmpdir(), REPO_ROOT, join(REPO_ROOT, '..')]) {
    for (const name of readdirSync(dir)) if (name.includes(marker)) out.set(join(dir, name), 'present');
  }
  try {
    out.set(tmpVictim, createHash('sha256').update(readFileSync(tmpVictim)).digest('hex'));
  } catch {
    out.set(tmpVictim, 'missing');
  }
  return out;
}

const changed = (before: Snapshot, after: Snapshot): string[] => {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((p) => before.get(p) !== after.get(p));
};

type Tally = { cases: number; crashes: number; hangs: number; notes: string[] };

/** Lets a started job finish (exports write their file) or cancels it (imports). */
async function settle(shell: Shell, c: FuzzCase, result: unknown): Promise<void> {
  const value = (result as { ok?: boolean; value?: { jobId?: string } })?.value;
  if (!value?.jobId) return;
  if (c.call === 'startImport') {
    await shell.call('cancelImport', JSON.stringify({ jobId: value.jobId }), ANSWER_TIMEOUT_MS);
    return;
  }
  const until = Date.now() + JOB_WAIT_MS;
  while (Date.now() < until) {
    const p = await shell.call('exportProgress', JSON.stringify({ jobId: value.jobId }), ANSWER_TIMEOUT_MS);
    if ((p?.json as { value?: { state?: string } })?.value?.state !== 'running') return;
    await sleep(100);
  }
}

async function runCase(shell: Shell, c: FuzzCase, t: Tally): Promise<boolean> {
  t.cases++;
  const answer = await shell.call(c.call, c.body, ANSWER_TIMEOUT_MS);
  if (answer) await settle(shell, c, answer.json);
  await sleep(0);
  if (!shell.alive()) {
    t.crashes++;
    if (t.notes.length < 6) t.notes.push(`crash: ${c.call} ${c.label}: ${shell.stderr().trim().split('\n').slice(-2).join(' | ').slice(0, 200)}`);
    return false;
  }
  const ping = await shell.call('appInfo', '', ANSWER_TIMEOUT_MS);
  if (!answer || !ping) {
    t.hangs++;
    if (t.notes.length < 6) t.notes.push(`no answer: ${c.call} ${c.label}`);
    return false;
  }
  return true;
}

export async function measureBridgeFuzz(opts: RunOptions): Promise<Figure> {
  if (!shellBuilt()) throw new Error('dist/ is missing: run `npm run build` first.');
  const work = await tempDir('fuzz');
  const marker = `marsadfuzz${process.pid}`;
  const p: Places = {
    lib: join(work, 'lib'),
    sentinel: join(work, 'sentinel'),
    chosen: join(work, 'chosen'),
    tmpVictim: join(tmpdir(), `${marker}-victim.rc`),
    marker,
    clipId: '',
  };
  mkdirSync(join(p.sentinel, 'home', '.config'), { recursive: true });
  mkdirSync(p.chosen, { recursive: true });
  writeFileSync(join(p.sentinel, 'secret.txt'), 'A private note that must never be read into the library or changed.\n');
  writeFileSync(join(p.sentinel, 'victim.rc'), 'export PATH=/usr/bin\n');
  writeFileSync(join(p.sentinel, 'home', '.bashrc'), 'alias ll="ls -l"\n');
  writeFileSync(p.tmpVictim, 'export PATH=/usr/bin\n');
  const env = { HOME: join(p.sentinel, 'home'), XDG_CONFIG_HOME: join(p.sentinel, 'home', '.config') };
  const t: Tally = { cases: 0, crashes: 0, hangs: 0, notes: [] };
  const before = snapshot(p.sentinel);
  const beforeMarked = markedSnapshot(marker, p.tmpVictim);
  let shell = await startShell(p.lib, { env });
  try {
    const list = await shell.call('listClips', JSON.stringify({ limit: 1 }));
    p.clipId = (list?.json as { value: { items: { id: string }[] } }).value.items[0]?.id ?? 'seed';
    const bases = validPayloads(p);
    const cases = [
      ...CALL_NAMES.flatMap((call) => casesFor(call, bases[call], p, opts.full)),
      ...UNKNOWN_CALLS.map((call) => ({ call, label: 'unknown call', body: '{}' })),
    ];
    for (const c of cases) {
      if (await runCase(shell, c, t)) continue;
      await shell.stop();
      shell = await startShell(p.lib, { env });
    }
  } finally {
    const alive = shell.alive();
    const code = await shell.stop();
    if (alive && code !== 0) t.notes.push(`the shell exited ${code} when stopped`);
  }
  const outside = [...changed(before, snapshot(p.sentinel)), ...changed(beforeMarked, markedSnapshot(marker, p.tmpVictim))];
  for (const [path] of markedSnapshot(marker, p.tmpVictim)) if (path !== p.tmpVictim) rmSync(path, { recursive: true, force: true });
  rmSync(p.tmpVictim, { force: true });
  await removeDir(work);
  return {
    name: 'bridge fuzz',
    parts: [
      ['cases', t.cases],
      ['host crashes', t.crashes, 'bad'],
      ['calls unanswered', t.hangs, 'bad'],
      ['files written outside the library or the chosen export', outside.length, 'bad'],
    ],
    notes: [`${CALL_NAMES.length} calls + ${UNKNOWN_CALLS.length} unknown names`, ...outside.slice(0, 6).map((f) => `written: ${f.replace(work, '<work>')}`), ...t.notes],
  };
}
