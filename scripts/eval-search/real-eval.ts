// The real-news part of `npm run eval:search`: each set's articles in a temp library (alone, then
// among generated distractor clips from the bench's generator), every query through dispatch()
// like the CLI, and top-5 per language for Marsad, plain fuse.js and the naive index. Prints
// figures only. Misses are listed for tune.json alone: check.json is scored, never studied.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fuse from 'fuse.js';
import { dispatch } from '../../common/ipc/dispatch.js';
import type { SearchPage } from '../../common/search/types.js';
import { addClip } from '../../electron/backend/clips.js';
import { createHandlers } from '../../electron/backend/handlers.js';
import { LibraryStore } from '../../electron/backend/store/library-store.js';
import { generateClips, richVocabulary, type GeneratedClip } from '../../bench/corpus.js';
import { buildLibrary } from '../../bench/library.js';
import { NaiveIndex } from './naive-index.js';
import type { RealSet } from './realnews.js';

const TOP = 5;
const LANGS = ['ar', 'en', 'ru'] as const;
const ENGINES = ['Marsad', 'fuse.js', 'naive'] as const;
type Engine = (typeof ENGINES)[number];
type Doc = { id: string; title: string; body: string };

export type RealRun = { set: string; distractors: number; fuseRun: boolean; ok: Record<Engine, boolean[]>; langs: string[]; ms: number[]; misses: string[] };

const allIn = (expect: string[], got: string[]): boolean => expect.every((e) => got.slice(0, TOP).includes(e));

/** Runs one set at one scale; `fuse` false skips fuse.js (it takes ~35 s a query over 10k bodies). */
export async function runRealSet(set: RealSet, distractors: number, fuse: boolean): Promise<RealRun> {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-eval-real-'));
  try {
    const extra: GeneratedClip[] = distractors > 0 ? [...generateClips(distractors, 42, 3_000, richVocabulary())] : [];
    if (extra.length > 0) await buildLibrary(dir, extra.length, extra);
    const store = await LibraryStore.open({ dataDir: dir, holder: 'test' });
    const idOf = new Map<string, string>();
    for (const a of set.articles) {
      const c = await addClip(store, { title: a.title, body: a.text, source: a.source, lang: a.lang });
      idOf.set(c.id, a.id);
    }
    const handlers = createHandlers(store, { version: 'eval', host: 'cli', dataDir: dir, libraryFile: '', systemLocale: 'ar' });
    const docs: Doc[] = [...set.articles.map((a) => ({ id: a.id, title: a.title, body: a.text })), ...extra.map((g, i) => ({ id: `x${i}`, title: g.title, body: g.body }))];
    const naive = new NaiveIndex();
    for (const d of docs) naive.add(d.id, `${d.title}\n${d.body}`);
    // fuse.js's own multi-word mode (7.3+): one Bitap per query word, IDF-weighted, words OR-ed.
    const fz = fuse ? new Fuse(docs, { keys: ['title', 'body'], ignoreLocation: true, threshold: 0.3, ignoreDiacritics: true, useTokenSearch: true }) : null;
    const run: RealRun = { set: set.name, distractors, fuseRun: fuse, ok: { Marsad: [], 'fuse.js': [], naive: [] }, langs: [], ms: [], misses: [] };
    for (const q of set.queries) {
      const r = await dispatch(handlers, 'search', { query: q.q, limit: TOP });
      if (!r.ok) throw new Error(r.error.message);
      const page = r.value as SearchPage;
      const got = page.results.map((h) => idOf.get(h.id) ?? 'distractor');
      run.ms.push(page.ms);
      run.langs.push(q.lang);
      run.ok.Marsad.push(allIn(q.expect, got));
      run.ok['fuse.js'].push(fz ? allIn(q.expect, fz.search(q.q, { limit: TOP }).map((x) => x.item.id)) : false);
      run.ok.naive.push(allIn(q.expect, naive.search(q.q, TOP)));
      if (!run.ok.Marsad.at(-1)) run.misses.push(`  MISS [${q.lang}] ${q.q}  expected ${q.expect.join(' ')}  got ${got.join(' ') || '-'} (${page.total} results)`);
    }
    await store.close();
    return run;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const cell = (oks: boolean[]): string => {
  const n = oks.filter(Boolean).length;
  return `${n}/${oks.length} ${(oks.length ? n / oks.length : 0).toFixed(3)}`.padEnd(13);
};

/** The run as table lines: one row per language and one overall, one column per engine. */
export function formatRun(r: RealRun): string[] {
  const scale = r.distractors > 0 ? `+ ${r.distractors.toLocaleString('en')} distractors` : 'articles alone';
  const sorted = [...r.ms].sort((a, b) => a - b);
  const p95 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0;
  const lines = [`  ${r.set}.json, ${scale}: top-${TOP} holds every expected article (Marsad p95 ${p95.toFixed(1)} ms)`, `    lang  ${ENGINES.map((e) => e.padEnd(13)).join(' ')}`];
  for (const lang of [...LANGS, 'all']) {
    const pick = (e: Engine) => r.ok[e].filter((_, i) => lang === 'all' || r.langs[i] === lang);
    lines.push(`    ${lang.padEnd(4)}  ${ENGINES.map((e) => (e === 'fuse.js' && !r.fuseRun ? 'not run'.padEnd(13) : cell(pick(e)))).join(' ')}`);
  }
  return lines;
}
