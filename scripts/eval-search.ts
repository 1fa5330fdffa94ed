// `npm run eval:search`: imports data/search-eval/ (and the seed piece, first) into a temp library
// through the real backend, runs every query through dispatch(), and prints top-5 recall for
// Marsad's search and for plain fuse.js (ignoreLocation over title + body) side by side; then the
// real-news sets from ../shared/realnews/ (scripts/eval-search/). Prints figures only; asserts
// nothing. `--verbose` lists every miss; `--distractors N` (10000), `--fuse-at-scale`, `--real-only`.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fuse from 'fuse.js';
import { dispatch } from '../common/ipc/dispatch.js';
import type { SearchPage } from '../common/search/types.js';
import { addClip } from '../electron/backend/clips.js';
import { createHandlers } from '../electron/backend/handlers.js';
import { seedLibrary } from '../electron/backend/seed.js';
import { LibraryStore } from '../electron/backend/store/library-store.js';
import type { Lang } from '../common/domain.js';
import { parseArgs } from 'node:util';
import { readRealSet } from './eval-search/realnews.js';
import { formatRun, runRealSet } from './eval-search/real-eval.js';

const ROOT = new URL('../', import.meta.url);
const TOP = 5;

export type EvalArticle = { id: string; lang: Lang; source: string; date: string; title: string; body: string };
export type EvalQuery = { query: string; expected: string[]; note: string };

export async function readEvalSet(): Promise<{ articles: EvalArticle[]; queries: EvalQuery[] }> {
  const text = await readFile(new URL('data/search-eval/articles.txt', ROOT), 'utf8');
  const articles: EvalArticle[] = [];
  for (const chunk of text.split(/^=== /m).slice(1)) {
    const [head, title, ...body] = chunk.split('\n');
    const [id, lang, source, date] = head!.split('|').map((s) => s.trim());
    articles.push({ id: id!, lang: lang as Lang, source: source!, date: date!, title: title!.trim(), body: body.join('\n').trim() });
  }
  const qtext = await readFile(new URL('data/search-eval/queries.tsv', ROOT), 'utf8');
  const queries = qtext
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [query, expected, note] = l.split('\t');
      return { query: query!, expected: expected!.trim().split(/\s+/), note: note ?? '' };
    });
  return { articles, queries };
}

const recallOf = (expected: string[], got: string[]): number =>
  expected.filter((e) => got.slice(0, TOP).includes(e)).length / Math.min(expected.length, TOP);

async function ownSet(verbose: boolean): Promise<void> {
  const { articles, queries } = await readEvalSet();
  const dir = await mkdtemp(join(tmpdir(), 'marsad-eval-'));
  try {
    const seedFile = new URL('data/syria-russia-new-phase.txt', ROOT).pathname;
    const store = await LibraryStore.open({ dataDir: dir, holder: 'test', seed: (s) => seedLibrary(s, seedFile) });
    const evalId = new Map<string, string>([[store.data.clips[0]!.id, 'seed']]);
    for (const a of articles) {
      const c = await addClip(store, { title: a.title, body: a.body, source: a.source, lang: a.lang, publishedAt: a.date });
      evalId.set(c.id, a.id);
    }
    const handlers = createHandlers(store, { version: 'eval', host: 'cli', dataDir: dir, libraryFile: '', systemLocale: 'ar' });

    // Plain fuse.js as REFERENCE.md §2 measures it: ignoreLocation over title and body.
    const seedBody = (await store.bodies.get(store.data.clips[0]!.bodySha256)) ?? '';
    const docs = [{ id: 'seed', title: store.data.clips[0]!.title, body: seedBody }, ...articles.map((a) => ({ id: a.id, title: a.title, body: a.body }))];
    const fuse = new Fuse(docs, { keys: ['title', 'body'], ignoreLocation: true, threshold: 0.3, ignoreDiacritics: true });

    let ours = 0;
    let theirs = 0;
    let oursMs = 0;
    let fuseMs = 0;
    const misses: string[] = [];
    for (const q of queries) {
      const r = await dispatch(handlers, 'search', { query: q.query, limit: TOP });
      if (!r.ok) throw new Error(r.error.message);
      const page = r.value as SearchPage;
      oursMs += page.ms;
      const got = page.results.map((h) => evalId.get(h.id)!);
      const t = performance.now();
      const fgot = fuse.search(q.query, { limit: TOP }).map((x) => x.item.id);
      fuseMs += performance.now() - t;
      const a = recallOf(q.expected, got);
      const b = recallOf(q.expected, fgot);
      ours += a;
      theirs += b;
      if (a < 1 || verbose) misses.push(`  ${a < 1 ? 'MISS' : 'ok  '} ${q.query}  expected ${q.expected.join(' ')}  got ${got.join(' ') || '-'}  (fuse: ${fgot.join(' ') || '-'})`);
    }
    await store.close();
    const n = queries.length;
    process.stdout.write(
      [
        `Search evaluation: ${articles.length + 1} articles (incl. the seed piece), ${n} queries, recall@${TOP}`,
        `  Marsad search (compact index + fuse.js short fields): recall ${(ours / n).toFixed(3)}   mean ${(oursMs / n).toFixed(2)} ms/query (in-process, incl. snippets)`,
        `  plain fuse.js (ignoreLocation, threshold 0.3, ignoreDiacritics, title+body): recall ${(theirs / n).toFixed(3)}   mean ${(fuseMs / n).toFixed(2)} ms/query`,
        ...(misses.length ? ['', 'Queries below full recall:', ...misses] : []),
        '',
      ].join('\n'),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** tune.json and check.json, alone and among distractors; misses are listed for tune.json only. */
async function realSets(distractors: number, fuseAtScale: boolean, verbose: boolean): Promise<void> {
  const out = (s: string) => process.stdout.write(`${s}\n`);
  out('Real news (../shared/realnews/): an analyst\'s query counts when every expected article is in the top 5');
  if (!fuseAtScale && distractors > 0) out('  (fuse.js among distractors takes ~35 s a query over 3,000-char bodies: run with --fuse-at-scale)');
  for (const name of ['tune', 'check'] as const) {
    const set = await readRealSet(name);
    if ('absent' in set) {
      out(`  ${set.absent}`);
      continue;
    }
    for (const n of distractors > 0 ? [0, distractors] : [0]) {
      const r = await runRealSet(set, n, n === 0 || fuseAtScale);
      for (const l of formatRun(r)) out(l);
      if (name === 'tune' && verbose && r.misses.length > 0) out(r.misses.join('\n'));
    }
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { verbose: { type: 'boolean', default: false }, distractors: { type: 'string', default: '10000' }, 'fuse-at-scale': { type: 'boolean', default: false }, 'real-only': { type: 'boolean', default: false } },
  });
  if (!values['real-only']) await ownSet(values.verbose);
  await realSets(Number(values.distractors), values['fuse-at-scale'], values.verbose);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
