// Scores quote detection on a realnews file (../shared/realnews/{tune,check}.json: real published
// articles annotated by hand) the way its README's Scoring section says: overlap matching after
// trimming, ambiguous spans ignored, non_quotes spans counted as false positives, speakers compared
// folded with surname-only and Russian case forms allowed. Never copies or stores article text.
import { detectQuotes, type Quote } from '../../common/quotes/index.js';
import { parseBlocks } from '../../common/text/structure.js';
import type { Lang } from '../../common/domain.js';
import { notAName, speakerMatches } from './score.js';

export type RealArticle = {
  id: string;
  lang: Lang;
  title: string;
  text: string;
  quotes: { text: string; speaker: string | null; kind: 'direct' | 'indirect' }[];
  non_quotes: string[];
  ambiguous: string[];
};
export type RealTally = { articles: number; tp: number; fp: number; fn: number; spk: number; preds: number; nonName: number; unattributed: number };
export type Span = { start: number; end: number };
export type Detail = (line: string) => void;

const PUNCT = /[\s.,،:;!?؟"“”«»'‘’—–\-…]/u;

/** [start, end) of raw text in `text` at `at`, with spaces and punctuation trimmed off both edges. */
function trimmed(text: string, start: number, end: number): Span {
  while (start < end && PUNCT.test(text[start]!)) start++;
  while (end > start && PUNCT.test(text[end - 1]!)) end--;
  return { start, end };
}
const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

function occurrences(text: string, s: string): Span[] {
  const out: Span[] = [];
  for (let at = text.indexOf(s); at >= 0 && s; at = text.indexOf(s, at + 1)) out.push(trimmed(text, at, at + s.length));
  return out;
}

/**
 * The article as the app would see it. When `text` opens with its title line (the BBC and Russian
 * files), that line is the title and the rest the body, as a plain-text import splits them; otherwise
 * `text` is the body and the separate title is passed as the title (its quotes are not scored: the
 * annotation covers `text` only). Returns the quotes with offsets into `text`.
 */
function detectIn(a: RealArticle): (Span & { q: Quote })[] {
  const nl = a.text.indexOf('\n');
  const firstLine = nl < 0 ? a.text : a.text.slice(0, nl);
  const titled = a.title.trim() !== '' && firstLine.trim() === a.title.trim();
  const bodyAt = titled ? nl + 1 : 0;
  const title = titled ? firstLine : a.title;
  const body = a.text.slice(bodyAt);
  const quotes = detectQuotes({ title, body, blocks: parseBlocks(body), lang: a.lang });
  const out: (Span & { q: Quote })[] = [];
  for (const q of quotes) {
    if (q.kind === 'indirect') continue;
    if (q.field === 'title' && !titled) continue;
    const shift = q.field === 'title' ? firstLine.indexOf(title) : bodyAt;
    out.push({ ...trimmed(a.text, q.start + shift, q.end + shift), q });
  }
  return out;
}

export function scoreArticle(a: RealArticle, t: RealTally, detail: Detail): void {
  t.articles++;
  const preds = detectIn(a);
  const used = new Set<number>();
  const golds = a.quotes.filter((g) => g.kind === 'direct');
  const goldSpeakers = a.quotes.map((g) => g.speaker);
  for (const g of golds) {
    const spans = occurrences(a.text, g.text);
    const i = preds.findIndex((p, k) => !used.has(k) && spans.some((s) => overlaps(s, p)));
    if (i < 0) {
      t.fn++;
      detail(`  MISS [${g.speaker}] ${g.text.length} chars at ${a.text.indexOf(g.text)}`);
      continue;
    }
    used.add(i);
    t.tp++;
    const got = preds[i]!.q.speaker;
    if (speakerMatches(got, g.speaker, a.lang)) t.spk++;
    else detail(`  SPEAKER at ${preds[i]!.start}: got ${got} want ${g.speaker}`);
  }
  const ambiguous = (a.ambiguous ?? []).flatMap((s) => occurrences(a.text, s));
  t.preds += preds.length;
  preds.forEach((p, k) => {
    if (p.q.speaker === null) t.unattributed++;
    if (notAName(p.q.speaker, a.lang, a.text, goldSpeakers)) {
      t.nonName++;
      detail(`  NOT A NAME: ${p.q.speaker}`);
    }
    if (used.has(k) || ambiguous.some((s) => overlaps(s, p))) return;
    t.fp++;
    detail(`  EXTRA at ${p.start} (${p.end - p.start} chars) [${p.q.speaker}]`);
  });
}

export const blankReal = (): RealTally => ({ articles: 0, tp: 0, fp: 0, fn: 0, spk: 0, preds: 0, nonName: 0, unattributed: 0 });
