// The per-article working state shared by the detectors: tokens, which tokens sit inside quote
// marks, sentence starts, the speaker resolver and the running "last speaker" for pro-drop
// (وأضاف، he added, добавил он). Pure: no DOM, no Node.
import type { Block, Lang } from '../domain.js';
import type { MarkSpan } from './quote-marks.js';
import type { SpeakerRef } from './speaker-ref.js';
import { SpeakerResolver } from './speaker-resolver.js';
import { isSentenceEnd, tokenize, type Tok } from './tokens.js';

export type Ctx = {
  body: string;
  lang: Lang;
  toks: Tok[];
  blocks: Block[];
  /** For each token, the index of its block. */
  blockOf: Int32Array;
  /** 1 for tokens inside a quoted span (marks included). */
  inQuote: Uint8Array;
  /** For each token, the index of the first token of its sentence (within its block). */
  sentStart: Int32Array;
  spans: MarkSpan[];
  spansByBlock: Map<number, MarkSpan[]>;
  resolver: SpeakerResolver;
  last: { ref: SpeakerRef; pos: number } | null;
  /** Every explicit speaker settled so far, in reading order (for "she said" → the last woman). */
  history: { ref: SpeakerRef; pos: number }[];
  /** Subjects that name nobody in particular (مسؤول يمني رفيع), in reading order: their quotes, and
   * pro-drop cues right after them, are unattributed. */
  unnamed: { text: string; pos: number }[];
  /** Pro-drop detections (وأضاف، she added) before the article named anyone: an excerpt opening
   * mid-speech, whose speaker is the first one named after them. */
  orphans: Set<number>;
  /** The article's headline (may be ''): a name it gives is evidence for the same word in the body. */
  headline?: string;
};

// Abbreviations whose full stop does not end a sentence (Gov. Helen Marsh, Calif., Sen., د.).
// "U.S", "U.N": the tokenizer keeps inner dots; before a lower-case word the final dot ends no sentence.
const DOTTED_CAPS = /^(?:\p{Lu}\.)+\p{Lu}$/u;
const ABBREV = new Set(['gov', 'sen', 'rep', 'calif', 'mr', 'mrs', 'ms', 'dr', 'st', 'no', 'gen', 'col', 'lt', 'jr', 'sr', 'inc', 'co', 'prof', 'د', 'ул', 'г', 'т', 'им']);

/** First token index with start >= offset (binary search). */
export function tokAt(toks: Tok[], offset: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function makeContext(body: string, blocks: Block[], lang: Lang, spans: MarkSpan[]): Ctx {
  const toks = tokenize(body);
  const n = toks.length;
  const blockOf = new Int32Array(n).fill(-1);
  blocks.forEach((b, bi) => {
    for (let k = tokAt(toks, b.start); k < n && toks[k]!.start < b.end; k++) blockOf[k] = bi;
  });
  const inQuote = new Uint8Array(n);
  for (const s of spans) {
    const end = s.close ?? s.end;
    for (let k = tokAt(toks, s.open); k < n && toks[k]!.start <= end; k++) inQuote[k] = 1;
  }
  const sentStart = new Int32Array(n);
  let cur = 0;
  for (let k = 0; k < n; k++) {
    if (k > 0 && blockOf[k] !== blockOf[k - 1]) cur = k;
    sentStart[k] = cur;
    const t = toks[k]!;
    const prev = toks[k - 1];
    // A single letter before a full stop is an initial or an abbreviation (J. Smith, د. م. أ.).
    // So is a dotted capital abbreviation (U.S., U.N.), which the tokenizer reads as "U.S" + ".".
    if (!inQuote[k] && isSentenceEnd(t) && !(t.raw === '.' && prev && (ABBREV.has(prev.f) || (prev.word && prev.raw.length === 1 && (prev.cap || /[\u0621-\u064a]/u.test(prev.raw))) || (prev.word && DOTTED_CAPS.test(prev.raw) && !!toks[k + 1]?.word && !toks[k + 1]!.cap)))) cur = k + 1;
  }
  const spansByBlock = new Map<number, MarkSpan[]>();
  for (const s of spans) spansByBlock.set(s.block, [...(spansByBlock.get(s.block) ?? []), s]);
  return { body, lang, toks, blocks, blockOf, inQuote, sentStart, spans, spansByBlock, resolver: new SpeakerResolver(lang), last: null, history: [], unnamed: [], orphans: new Set() };
}
