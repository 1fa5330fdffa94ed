// Generates realistic synthetic Arabic news clips for benchmarks: words drawn from the seed
// article with a Zipf-like frequency spread, sentence and paragraph lengths like wire copy.
// Deterministic (seeded PRNG), so two runs measure the same library.
import { readFileSync } from 'node:fs';

const SEED_TEXT = readFileSync(new URL('../data/syria-russia-new-phase.txt', import.meta.url), 'utf8');
const VOCAB = [...new Set(SEED_TEXT.split(/[\s،:“”().\-–0-9]+/u).filter((w) => w.length > 1))];
const SOURCES = ['سانا', 'رويترز', 'الجزيرة', 'العربية', 'TASS', 'RIA Novosti', 'BBC Arabic', 'الشرق الأوسط', 'القدس العربي', 'روسيا اليوم'];
const TAGS = ['سوريا', 'روسيا', 'دبلوماسية', 'عسكري', 'اقتصاد', 'استثمار', 'لافروف', 'الشيباني', 'طاقة', 'أمن'];

/** mulberry32: tiny, fast, good enough for benchmark data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// A year of news has tens of thousands of distinct word forms, not the seed's few hundred: the
// seed's words stay the most frequent, then made-up root+pattern words with clitics fill the tail,
// so an index sees a realistic vocabulary and posting lists of realistic length.
const RICH_VOCAB_SIZE = 40_000;
const ROOT_LETTERS = 'بتثجحخدذرزسشصضطظعغفقكلمنهوي';
const PATTERNS = ['$1ا$2$3', 'م$1$2و$3', 'ت$1$2ي$3', 'است$1$2ا$3', '$1$2ا$3ات', 'م$1ا$2$3ة', '$1$2ي$3', 'ان$1$2ا$3'];
const CLITICS = ['', '', '', 'ال', 'وال', 'و', 'ب', 'لل'];

function richVocab(): string[] {
  const rand = rng(7);
  const pick = (s: string) => s[Math.floor(rand() * s.length)]!;
  const out = new Set(VOCAB);
  while (out.size < RICH_VOCAB_SIZE) {
    const [a, b, c] = [pick(ROOT_LETTERS), pick(ROOT_LETTERS), pick(ROOT_LETTERS)];
    const w = PATTERNS[Math.floor(rand() * PATTERNS.length)]!.replace('$1', a).replace('$2', b).replace('$3', c);
    out.add(CLITICS[Math.floor(rand() * CLITICS.length)]! + w);
  }
  return [...out];
}
let rich: string[] | null = null;
/** The seed's words followed by the synthetic long tail (built once, deterministic). */
export const richVocabulary = (): string[] => (rich ??= richVocab());

/** Zipf(s≈1) rank sampler over the vocabulary via inverse CDF on precomputed weights. */
function zipf(rand: () => number, vocab: string[] = VOCAB): () => string {
  const weights = vocab.map((_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const cdf: number[] = [];
  let acc = 0;
  for (const w of weights) cdf.push((acc += w / total));
  return () => {
    const r = rand();
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return vocab[lo]!;
  };
}

export type GeneratedClip = { title: string; body: string; source: string; tags: string[]; capturedAt: string };

export function* generateClips(count: number, seed = 42, bodyChars = 3_000, vocab: string[] = VOCAB): Generator<GeneratedClip> {
  const rand = rng(seed);
  const word = zipf(rand, vocab);
  const sentence = (n: number) => Array.from({ length: n }, word).join(' ');
  const start = Date.parse('2025-01-01T00:00:00Z');
  for (let i = 0; i < count; i++) {
    const paras: string[] = [];
    let len = 0;
    while (len < bodyChars) {
      const p = `${sentence(12 + Math.floor(rand() * 18))}، ${sentence(8 + Math.floor(rand() * 14))}.`;
      paras.push(p);
      len += p.length + 1;
    }
    const tags = TAGS.filter(() => rand() < 0.15);
    yield {
      title: sentence(6 + Math.floor(rand() * 6)),
      body: paras.join('\n'),
      source: SOURCES[Math.floor(rand() * SOURCES.length)]!,
      tags,
      capturedAt: new Date(start + i * 600_000).toISOString(),
    };
  }
}
