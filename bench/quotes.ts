// benchQuotes(): times detectQuotes on a ~5,000-word Arabic article built from the seed piece and
// the hand-written evaluation articles (quotes, cues and titles at their natural density).
// Figures only; the lead wires it into bench/run.ts. Target: ≤ 20 ms per article.
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { detectQuotes } from '../common/quotes/index.js';
import { splitPlainText } from '../common/text/plain-text.js';
import { parseBlocks } from '../common/text/structure.js';

const TARGET_WORDS = 5_000;
// Warm-up runs let the JIT settle; the figure is the median of the timed runs.
const WARMUP = 20;
const RUNS = 21;

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

export function benchQuotes(): { words: number; ms: number; quotes: number } {
  const { title, body } = article();
  const blocks = parseBlocks(body);
  const input = { title, body, blocks, lang: 'ar' as const };
  for (let i = 0; i < WARMUP; i++) detectQuotes(input);
  const times: number[] = [];
  let quotes = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    quotes = detectQuotes(input).length;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { words: body.split(/\s+/).length, ms: Math.round(times[RUNS >> 1]! * 100) / 100, quotes };
}
