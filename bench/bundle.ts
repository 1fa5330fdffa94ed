// Bundle benchmark (issue 15): export a 5,000-clip library as a bundle, then inspect and merge it
// into a 10,000-clip library (1,000 of its clips are already there by text), measuring wall time
// and the longest event-loop block (what the window would feel). Prints figures; asserts nothing.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBackend } from '../electron/backend/index.js';
import { longestBlockDuring } from '../electron/backend/main-thread-block.js';
import { buildLibrary } from './library.js';
import { generateClips, type GeneratedClip } from './corpus.js';

export type BundleFigures = {
  bundleClips: number;
  libraryClips: number;
  exportMs: number;
  exportBlockMs: number;
  bundleBytes: number;
  inspectMs: number;
  mergeMs: number;
  mergeBlockMs: number;
  added: number;
  same: number;
};

function* mixed(own: number, shared: number): Generator<GeneratedClip> {
  // The target library is generateClips(n) with the default seed: its first `shared` clips again.
  yield* generateClips(shared);
  yield* generateClips(own, 7);
}

const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

export async function benchBundle(bundleClips = 5_000, libraryClips = 10_000): Promise<BundleFigures> {
  const root = await mkdtemp(join(tmpdir(), 'marsad-bench-bundle-'));
  try {
    const shared = Math.floor(bundleClips / 5);
    await buildLibrary(join(root, 'source'), bundleClips, mixed(bundleClips - shared, shared));
    await buildLibrary(join(root, 'target'), libraryClips);
    const opts = (dataDir: string) => ({ dataDir, holder: 'bench' as const, host: 'cli' as const, systemLocale: 'ar', version: 'bench' });
    const file = join(root, 'team.marsad');

    const source = await openBackend(opts(join(root, 'source')));
    let t = performance.now();
    const exp = await longestBlockDuring(async () => must(await source.handlers.exportBundle({ path: file, selection: {}, analyst: 'Bench' })));
    const exportMs = performance.now() - t;
    await source.close();

    const target = await openBackend(opts(join(root, 'target')));
    t = performance.now();
    must(await target.handlers.inspectBundle({ source: { path: file } }));
    const inspectMs = performance.now() - t;
    t = performance.now();
    const merged = await longestBlockDuring(async () => {
      const r = must(await target.handlers.importBundle({ source: { path: file } }));
      await target.flush();
      return r;
    });
    const mergeMs = performance.now() - t;
    await target.close();
    return {
      bundleClips,
      libraryClips,
      exportMs,
      exportBlockMs: exp.longestBlockMs,
      bundleBytes: (await stat(file)).size,
      inspectMs,
      mergeMs,
      mergeBlockMs: merged.longestBlockMs,
      added: merged.value.plan.counts.newClips,
      same: merged.value.plan.counts.sameClips,
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
