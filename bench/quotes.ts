// benchQuotes(): times detectQuotes on a ~5,000-word Arabic article built from the seed piece and
// the hand-written evaluation articles (quotes, cues and titles at their natural density), twice:
// on the engine as the app ships it (one esbuild bundle, as scripts/build.mjs makes the main
// process) and on the modules as the tsx dev loader runs them (per-file, with names kept: ~10–60%
// slower, and bimodal from one process to the next). Figures only. Target: ≤ 20 ms per article.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import { detectQuotes, type QuoteInput, type Quote } from '../common/quotes/index.js';
import { splitPlainText } from '../common/text/plain-text.js';
import { parseBlocks } from '../common/text/structure.js';

const TARGET_WORDS = 5_000;
// Warm-up runs let the JIT settle; the figure is the median of the timed runs.
const WARMUP = 20;
const RUNS = 21;

type Detect = (input: QuoteInput) => Quote[];
export type QuoteFigures = { words: number; ms: number; devLoaderMs: number; quotes: number };

function article(): { title: string; body: string } {
  const dir = new URL('../data/quotes-eval/', import.meta.url);
  const sources = [readFileSync(new URL('../data/syria-russia-new-phase.txt', import.meta.url), 'utf8')];
  for (const f of readdirSync(dir).filter((n) => n.startsWith('ar-') && n.endsWith('.txt'))) sources.push(readFileSync(new URL(f, dir), 'utf8'));
  const bodies = sources.map((s) => splitPlainText(s).body);
  const parts: string[] = [];
  let words = 0;
  for (let i = 0; words < TARGET_WORDS; i++) {
    const b = bodies[i % bodies.length]!;
    parts.push(b);
    words += b.split(/\s+/).length;
  }
  return { title: splitPlainText(sources[0]!).title, body: parts.join('\n') };
}

/** The quote engine bundled the way the app's main process is (bundle, node20, ESM). */
async function shippedDetect(): Promise<Detect> {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-bench-quotes-'));
  try {
    const outfile = join(dir, 'quotes.mjs');
    await build({ entryPoints: [new URL('../common/quotes/index.ts', import.meta.url).pathname], bundle: true, platform: 'node', target: 'node20', format: 'esm', outfile, logLevel: 'warning' });
    return ((await import(pathToFileURL(outfile).href)) as { detectQuotes: Detect }).detectQuotes;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Median ms of the timed runs after the warm-up, and the quotes found. */
function time(detect: Detect, input: QuoteInput): { ms: number; quotes: number } {
  for (let i = 0; i < WARMUP; i++) detect(input);
  const times: number[] = [];
  let quotes = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    quotes = detect(input).length;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: Math.round(times[RUNS >> 1]! * 100) / 100, quotes };
}

export async function benchQuotes(): Promise<QuoteFigures> {
  const { title, body } = article();
  const input: QuoteInput = { title, body, blocks: parseBlocks(body), lang: 'ar' };
  const shipped = time(await shippedDetect(), input);
  const dev = time(detectQuotes, input);
  if (dev.quotes !== shipped.quotes) throw new Error(`the bundled engine found ${shipped.quotes} quotes, the modules ${dev.quotes}`);
  return { words: body.split(/\s+/).length, ms: shipped.ms, devLoaderMs: dev.ms, quotes: shipped.quotes };
}
