// Figure "SIGKILL": a child applies tag edits (single, bulk over many shards, renames) or imports
// (pasted articles, small folders) and acks each flushed write; the parent kills it at a random
// moment, reopens the library read-only and checks that every acked write is there. The library
// is reused across trials (crash, reopen, carry on), and replaced every ROTATE trials.
import { join } from 'node:path';
import type { Handlers } from '../../common/ipc/contract.js';
import { openBackend, type Backend } from '../../electron/backend/index.js';
import {
  exited,
  killChild,
  onLines,
  random,
  removeDir,
  sleep,
  spawnChild,
  tempDir,
  withTimeout,
  type Figure,
  type RunOptions,
} from './figure.js';

// Each trial starts a backend process (jsdom alone loads in ~1 s), so CI runs 10.
const TRIALS = { ci: 10, full: 200 };
// A kill lands anywhere from the first edits to a few dozen writes in.
const KILL_WINDOW_MS = [100, 1_500] as const;
const READY_TIMEOUT_MS = 30_000;
const ROTATE = 20;

type Ack =
  | { op: 'tag'; ids: string[]; tag: string }
  | { op: 'bulk'; ids: string[]; tag: string }
  | { op: 'rename'; from: string; to: string }
  | { op: 'import'; titles: string[] };

type Tally = { trials: number; acks: number; lost: number; halfRenames: number; failedOpen: number; timeouts: number; notes: string[] };

async function trial(dir: string, mode: 'tags' | 'import', seed: number, n: number, delayMs: number, acks: Ack[]): Promise<boolean> {
  const child = await spawnChild('kill-child.ts', [dir, mode, String(seed), String(n)]);
  let ready: () => void = () => undefined;
  const isReady = new Promise<void>((r) => (ready = r));
  onLines(child, (line) => {
    if (line === 'ready') ready();
    else if (line.startsWith('ack ')) acks.push(JSON.parse(line.slice(4)) as Ack);
  });
  child.stderr!.resume();
  const started = await withTimeout(Promise.race([isReady, exited(child)]), READY_TIMEOUT_MS);
  if (started.ok) await sleep(delayMs);
  await killChild(child);
  return started.ok;
}

async function allClips(h: Handlers) {
  const out: { title: string; tags: string[]; id: string }[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await h.listClips({ offset, limit: 500, snippets: false });
    if (!page.ok) throw new Error(page.error.message);
    out.push(...page.value.items);
    if (offset + 500 >= page.value.total) return out;
  }
}

/** Counts acked writes missing from the reopened library, and bulk tags left half renamed. */
async function verify(h: Handlers, acks: Ack[], tally: Tally): Promise<void> {
  const clips = await allClips(h);
  const tagsOf = new Map(clips.map((c) => [c.id, new Set(c.tags)]));
  const titles = new Set(clips.map((c) => c.title));
  const renamed = new Map(acks.flatMap((a) => (a.op === 'rename' ? [[a.from, a.to] as const] : [])));
  for (const a of acks) {
    if (a.op === 'import') tally.lost += a.titles.filter((t) => !titles.has(t)).length;
    if (a.op === 'tag') tally.lost += a.ids.filter((id) => !tagsOf.get(id)?.has(a.tag)).length;
    if (a.op !== 'bulk') continue;
    const renamedTo = renamed.get(a.tag) ?? null;
    const old = a.ids.filter((id) => tagsOf.get(id)?.has(a.tag)).length;
    const fresh = a.ids.filter((id) => tagsOf.get(id)?.has(a.tag.replace(/^b-/, 'r-'))).length;
    if (renamedTo !== null) tally.lost += a.ids.length - fresh + old;
    else if (old + fresh !== a.ids.length) tally.lost += a.ids.length - old - fresh;
    else if (old > 0 && fresh > 0) tally.halfRenames++;
  }
}

async function runMode(mode: 'tags' | 'import', trials: number, seed: number, tally: Tally): Promise<void> {
  const rand = random(seed);
  let work = await tempDir(`kill-${mode}`);
  let acks: Ack[] = [];
  for (let i = 0; i < trials; i++) {
    if (i > 0 && i % ROTATE === 0) {
      await removeDir(work);
      work = await tempDir(`kill-${mode}`);
      acks = [];
    }
    const dir = join(work, 'lib');
    const delay = KILL_WINDOW_MS[0] + rand() * (KILL_WINDOW_MS[1] - KILL_WINDOW_MS[0]);
    if (!(await trial(dir, mode, seed + i, i, delay, acks))) tally.timeouts++;
    tally.trials++;
    let reader: Backend;
    try {
      reader = await openBackend({ dataDir: dir, holder: 'test', host: 'cli', systemLocale: 'en', version: 'harden', readOnly: true });
    } catch (e) {
      tally.failedOpen++;
      if (tally.notes.length < 3) tally.notes.push(`${mode} trial ${i}: ${e instanceof Error ? e.message : String(e)}`);
      acks = [];
      await removeDir(work);
      work = await tempDir(`kill-${mode}`);
      continue;
    }
    await verify(reader.handlers, acks, tally);
    await reader.close();
  }
  tally.acks += acks.length;
  await removeDir(work);
}

export async function measureKill(opts: RunOptions): Promise<Figure> {
  const trials = opts.full ? TRIALS.full : TRIALS.ci;
  const seed = Number(process.env.MARSAD_HARDEN_SEED ?? Date.now() % 100_000);
  const tally: Tally = { trials: 0, acks: 0, lost: 0, halfRenames: 0, failedOpen: 0, timeouts: 0, notes: [] };
  await runMode('tags', Math.ceil(trials / 2), seed, tally);
  await runMode('import', Math.floor(trials / 2), seed + 7_919, tally);
  return {
    name: 'SIGKILL during imports and tag edits',
    parts: [
      ['trials', tally.trials],
      ['acknowledged writes lost', tally.lost, 'bad'],
      ['half renames', tally.halfRenames, 'bad'],
      ['libraries that fail to open', tally.failedOpen, 'bad'],
      ['timeouts', tally.timeouts, 'bad'],
    ],
    notes: [`seed ${seed} (MARSAD_HARDEN_SEED replays it); acked writes checked at the last trial of each library: ${tally.acks}`, ...tally.notes],
  };
}
