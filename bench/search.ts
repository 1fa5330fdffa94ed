// Search benchmark: a generated library of N clips (seed words plus a 40k-word long tail, Zipf
// spread), indexed from scratch through the real backend, then the real-news articles of
// ../shared/realnews/ added one by one (incremental add, when present), then three query sets
// timed inside the process (p50/p95, snippets included): a desk's mix, the project's own eval
// queries and the analysts' real queries; index build time, side-file size, reopen time and
// memory; plain fuse.js (ignoreLocation over title + body) on the same clips for scale.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { join } from 'node:path';
import Fuse from 'fuse.js';
import type { SearchRequest } from '../common/search/types.js';
import { createHandlers } from '../electron/backend/handlers.js';
import { INDEX_FILE } from '../electron/backend/search/index-file.js';
import { IndexSync } from '../electron/backend/search/index-sync.js';
import { LibraryStore } from '../electron/backend/store/library-store.js';
import { addClip } from '../electron/backend/clips.js';
import { readEvalSet } from '../scripts/eval-search.js';
import { readRealSet, type RealArticle, type RealSet } from '../scripts/eval-search/realnews.js';
import { generateClips, richVocabulary, type GeneratedClip } from './corpus.js';
import { buildLibrary } from './library.js';

export type SearchFigures = {
  clips: number;
  buildMs: number;
  reopenMs: number;
  indexBytes: number;
  heapMb: number;
  /** Typed-array backing stores (the index's postings live there, outside heapUsed). */
  arrayBuffersMb: number;
  rssMb: number;
  /** The process's highest resident memory so far (the build's peak, garbage included). */
  peakRssMb: number;
  /** CPU time of the build and of the reopen: on a shared machine wall time also counts waiting for a core. */
  buildCpuMs: number;
  reopenCpuMs: number;
  /** The search index's part of the reopen (reading and checking its side file), apart from the library's. */
  reopenIndexMs: number;
  /** The 1-minute load average when the build started and when the queries ended. */
  load: [number, number];
  p50: number;
  p95: number;
  max: number;
  queries: number;
  /** p95 of each query set: the desk's mix, the project's eval queries, the real queries (null when ../shared is absent). */
  setP95: { mix: number; own: number; real: number | null };
  /** The same p95s in CPU time per query (what an idle machine would wait), over all sets too. */
  cpuP95: { all: number; mix: number; own: number; real: number | null };
  /** Adding one clip, then searching one of its title words (the index catches up first): median and max over the real articles. */
  addMs: { median: number; max: number; clips: number; cpuMedian: number; storeCpuMedian: number } | null;
  /** Why the real-news part did not run, when it did not. */
  realAbsent?: string;
  fuse?: { p50: number; queries: number };
};

// Each query runs this many times; p50/p95 are over all runs.
const RUNS = 3;
// fuse.js takes seconds per query over long bodies (REFERENCE.md §2.2); a few show the scale.
const FUSE_QUERIES = 4;

// A real collection before memory is read (the bench runs without --expose-gc): what the index
// keeps, not garbage a collector has not reached yet.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;
const cpuMs = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

/** The real-news articles and queries of tune.json and check.json, or why they are absent. */
async function realNews(): Promise<{ articles: RealArticle[]; queries: string[] } | { absent: string }> {
  const sets = await Promise.all([readRealSet('tune'), readRealSet('check')]);
  const absent = sets.find((s) => 'absent' in s);
  if (absent && 'absent' in absent) return absent;
  const ok = sets.filter((s): s is RealSet => !('absent' in s));
  return { articles: ok.flatMap((s) => s.articles), queries: ok.flatMap((s) => s.queries.map((q) => q.q)) };
}

/** A desk's mix: names, common and rare words, typos, typing, phrases, OR, exclusion, filters. */
export function queryMix(): SearchRequest[] {
  const v = richVocabulary();
  const typo = (w: string) => (w.length >= 5 ? w.slice(0, 2) + w.slice(3) : w);
  const at = (i: number) => v[i % v.length]!;
  const q: SearchRequest[] = [
    { query: 'لافروف' }, { query: 'لافرف' }, { query: 'الشيبانى' }, { query: 'وروسيا' }, { query: '«سيرغى لافروف»' },
    { query: 'بوتين موسكو' }, { query: 'الاستثمارات الاجنبيه' }, { query: 'tag:لافروف سوريا' }, { query: 'source:رويترز الشيباني' },
    { query: 'دمشق OR موسكو' }, { query: 'لافروف -بوتين' }, { query: 'لافر', asYouType: true }, { query: 'الشيبا', asYouType: true },
    { query: '"وزير الخارجية"' }, { query: 'after:2025-02 before:2025-03 لافروف' },
  ];
  for (const i of [3, 20, 60, 150]) q.push({ query: at(i) });
  for (const i of [800, 2_000, 5_000, 12_000, 25_000, 38_000]) q.push({ query: at(i) }, { query: typo(at(i)) });
  for (const i of [900, 4_000, 15_000]) q.push({ query: `${at(i)} ${at(i + 7)}` }, { query: at(i).slice(0, 4), asYouType: true });
  return q;
}

export async function benchSearch(n: number, withFuse: boolean): Promise<SearchFigures> {
  const dir = await mkdtemp(join(tmpdir(), `marsad-search-bench-${n}-`));
  // Generated as they are written (and again, identically, for fuse.js): holding 100k bodies in
  // the bench's own memory (~600 MB of strings) would be counted as Marsad's resident memory.
  const clips = (): Iterable<GeneratedClip> => generateClips(n, 42, 3_000, richVocabulary());
  try {
    await buildLibrary(dir, n, clips());
    collect();
    const { heapUsed: heap0, arrayBuffers: ab0 } = process.memoryUsage();
    const load0 = loadavg()[0]!;
    const store = await LibraryStore.open({ dataDir: dir, holder: 'bench' });
    const handlers = createHandlers(store, { version: 'bench', host: 'cli', dataDir: dir, libraryFile: '', systemLocale: 'ar' });
    let t = performance.now();
    let cpu = process.cpuUsage();
    const first = await handlers.search({ query: 'لافروف' });
    const buildMs = performance.now() - t;
    const buildCpuMs = cpuMs(cpu);
    if (!first.ok) throw new Error(first.error.message);
    collect();
    const mem = process.memoryUsage();

    const real = await realNews();
    let addMs: SearchFigures['addMs'] = null;
    if (!('absent' in real)) {
      const adds: number[] = [];
      const addCpu: number[] = [];
      const storeCpu: number[] = [];
      for (const a of real.articles) {
        const s = performance.now();
        const c0 = process.cpuUsage();
        await addClip(store, { title: a.title, body: a.text, source: a.source, lang: a.lang });
        storeCpu.push(cpuMs(c0));
        const word = a.title.split(/\s+/).reduce((x, y) => (y.length > x.length ? y : x), '');
        const found = await handlers.search({ query: word, limit: 1 });
        if (!found.ok) throw new Error(found.error.message);
        adds.push(performance.now() - s);
        addCpu.push(cpuMs(c0));
      }
      addMs = { median: pct(adds, 0.5), max: Math.max(...adds), clips: adds.length, cpuMedian: pct(addCpu, 0.5), storeCpuMedian: pct(storeCpu, 0.5) };
    }
    const own = (await readEvalSet()).queries.map((q) => ({ query: q.query }));
    const sets = { mix: queryMix(), own, real: 'absent' in real ? [] : real.queries.map((query) => ({ query })) };
    // Warm: one unmeasured pass, as an analyst's session has run queries before.
    for (const reqs of Object.values(sets)) for (const req of reqs) await handlers.search({ ...req, limit: 20 });
    const times: number[] = [];
    const bySet: Record<keyof typeof sets, number[]> = { mix: [], own: [], real: [] };
    const cpuTimes: Record<keyof typeof sets, number[]> = { mix: [], own: [], real: [] };
    for (let r = 0; r < RUNS; r++) {
      for (const [name, reqs] of Object.entries(sets) as [keyof typeof sets, SearchRequest[]][]) {
        for (const req of reqs) {
          const c0 = process.cpuUsage();
          const res = await handlers.search({ ...req, limit: 20 });
          cpuTimes[name].push(cpuMs(c0));
          if (!res.ok) throw new Error(res.error.message);
          times.push(res.value.ms);
          bySet[name].push(res.value.ms);
        }
      }
    }
    const mix = sets.mix;
    const load1 = loadavg()[0]!;
    await store.close();
    const indexBytes = await stat(join(dir, INDEX_FILE)).then((s) => s.size, () => 0);

    t = performance.now();
    cpu = process.cpuUsage();
    const again = await LibraryStore.open({ dataDir: dir, holder: 'bench', readOnly: true });
    const sync = new IndexSync(again);
    await sync.ready();
    const reopenMs = performance.now() - t;
    const reopenCpuMs = cpuMs(cpu);
    const reopenIndexMs = sync.stats?.openMs ?? NaN;
    if (sync.stats?.loadedFrom !== 'file' && indexBytes > 0) throw new Error('the saved index was not reused');
    await again.close();

    let fuse: SearchFigures['fuse'];
    if (withFuse) {
      const f = new Fuse([...clips()], { keys: ['title', 'body'], ignoreLocation: true, threshold: 0.3, ignoreDiacritics: true });
      const ft: number[] = [];
      for (const req of mix.slice(0, FUSE_QUERIES)) {
        const s = performance.now();
        f.search(req.query, { limit: 20 });
        ft.push(performance.now() - s);
      }
      fuse = { p50: pct(ft, 0.5), queries: ft.length };
    }
    return {
      clips: n,
      buildMs,
      reopenMs,
      indexBytes,
      heapMb: (mem.heapUsed - heap0) / 1_048_576,
      arrayBuffersMb: (mem.arrayBuffers - ab0) / 1_048_576,
      rssMb: mem.rss / 1_048_576,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      buildCpuMs,
      reopenCpuMs,
      reopenIndexMs,
      load: [load0, load1],
      p50: pct(times, 0.5),
      p95: pct(times, 0.95),
      max: Math.max(...times),
      queries: times.length,
      setP95: { mix: pct(bySet.mix, 0.95), own: pct(bySet.own, 0.95), real: bySet.real.length > 0 ? pct(bySet.real, 0.95) : null },
      cpuP95: {
        all: pct(Object.values(cpuTimes).flat(), 0.95),
        mix: pct(cpuTimes.mix, 0.95),
        own: pct(cpuTimes.own, 0.95),
        real: cpuTimes.real.length > 0 ? pct(cpuTimes.real, 0.95) : null,
      },
      addMs,
      realAbsent: 'absent' in real ? real.absent : undefined,
      fuse,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
