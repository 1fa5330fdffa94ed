// `npx tsx scripts/eval-quotes.ts [--verbose] [--only NAME[,NAME…]] [--real FILE[,FILE…]]`: scores quote detection on the
// hand-annotated articles in data/quotes-eval/ (precision, recall, speaker accuracy for direct
// quotes and reported speech) and on ../shared/realnews/{tune,check}.json when present (direct
// quotes), with speakers that are not names and the unattributed rate, per language and overall.
// --real adds further files in the realnews shape (e.g. news an analyst annotated outside the repo).
// Figures only: it never tunes anything and never fails the build. --verbose details tune.json, --real
// files and the project's set only: check.json is score-only, its misses are never printed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { detectQuotes, type Quote } from '../common/quotes/index.js';
import { foldKey } from '../common/text/normalize.js';
import { splitPlainText } from '../common/text/plain-text.js';
import { parseBlocks } from '../common/text/structure.js';
import type { Lang } from '../common/domain.js';
import { blankReal, scoreArticle, type RealArticle, type RealTally } from './quotes-eval/realnews.js';
import { notAName, shapeFails } from './quotes-eval/score.js';

type Expected = { text: string; speaker: string | string[] | null; kind?: string; field?: 'body' | 'title'; via?: string };
type Annotation = { lang: Lang; style: string; direct: Expected[]; indirect: Expected[]; not: string[]; either: string[] };
type Tally = { tp: number; fp: number; fn: number; spk: number; preds: number; nonName: number; unattributed: number };

const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false }, only: { type: 'string' }, real: { type: 'string' } } });
const DIR = new URL('../data/quotes-eval/', import.meta.url);
// Edge punctuation and spaces are not part of what was said: "…نهاية العام." equals "…نهاية العام".
const norm = (s: string): string => foldKey(s).replace(/^[\s.,،:;!?؟"“”«»'‘’—–-]+|[\s.,،:;!?؟"“”«»'‘’—–-]+$/gu, '');
const speakerOk = (got: string | null, want: Expected['speaker']): boolean => {
  const wants = want === null ? [null] : Array.isArray(want) ? want : [want];
  return wants.some((w) => (w === null ? got === null : got !== null && norm(got) === norm(w)));
};
const blank = (): Tally => ({ tp: 0, fp: 0, fn: 0, spk: 0, preds: 0, nonName: 0, unattributed: 0 });
const tallies = new Map<string, { direct: Tally; indirect: Tally; files: number }>();
const bucket = (k: string) => {
  let t = tallies.get(k);
  if (!t) tallies.set(k, (t = { direct: blank(), indirect: blank(), files: 0 }));
  return t;
};
const log = (s: string) => values.verbose && process.stdout.write(`${s}\n`);

for (const file of readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort()) {
  if (values.only && !values.only.split(',').some((o) => file.includes(o))) continue;
  const raw = readFileSync(new URL(file, DIR), 'utf8');
  const ann = JSON.parse(readFileSync(new URL(file.replace(/\.txt$/, '.json'), DIR), 'utf8')) as Annotation;
  const { title, body } = splitPlainText(raw);
  const quotes = detectQuotes({ title, body, blocks: parseBlocks(body), lang: ann.lang });
  const inArticle = (e: Expected) => (e.field === 'title' ? title : body).includes(e.text);
  for (const e of [...ann.direct, ...ann.indirect]) if (!inArticle(e)) throw new Error(`${file}: annotation not in the text: ${e.text}`);
  log(`\n== ${file}`);
  for (const key of [ann.lang, 'all']) bucket(key).files++;
  const either = new Set(ann.either.map(norm));
  const score = (kind: 'direct' | 'indirect', expected: Expected[], got: Quote[]) => {
    const used = new Set<Quote>();
    const match = (e: Expected, q: Quote) => {
      if (used.has(q) || (e.field ?? 'body') !== q.field) return false;
      if (kind === 'direct') return norm(q.text) === norm(e.text);
      const at = (e.field === 'title' ? title : body).indexOf(e.text);
      return q.start < at + e.text.length && at < q.end;
    };
    for (const e of expected) {
      const q = got.find((x) => match(e, x));
      for (const key of [ann.lang, 'all']) {
        const t = bucket(key)[kind];
        if (q) {
          t.tp++;
          if (speakerOk(q.speaker, e.speaker)) t.spk++;
        } else t.fn++;
      }
      if (q) used.add(q);
      if (!q) log(`  MISS ${kind}: ${e.text.slice(0, 70)} [${e.speaker}]`);
      else if (!speakerOk(q.speaker, e.speaker)) log(`  SPEAKER ${kind}: ${e.text.slice(0, 50)} → got ${q.speaker}, want ${e.speaker}`);
    }
    const golds = [...ann.direct, ...ann.indirect].flatMap((e) => (Array.isArray(e.speaker) ? e.speaker : [e.speaker]));
    for (const q of got) {
      for (const key of [ann.lang, 'all']) {
        const t = bucket(key)[kind];
        t.preds++;
        if (q.speaker === null) t.unattributed++;
        if (notAName(q.speaker, ann.lang, body, golds)) t.nonName++;
      }
      if (notAName(q.speaker, ann.lang, body, golds)) log(`  NOT A NAME ${kind}: ${q.speaker}`);
      if (used.has(q) || either.has(norm(q.text))) continue;
      if (kind === 'indirect' && ann.either.some((x) => body.includes(x) && q.start < body.indexOf(x) + x.length && body.indexOf(x) < q.end)) continue;
      for (const key of [ann.lang, 'all']) bucket(key)[kind].fp++;
      log(`  EXTRA ${kind}: ${q.text.slice(0, 70)} [${q.speaker}]`);
    }
  };
  score('direct', ann.direct, quotes.filter((q) => q.kind !== 'indirect' && !q.fromRelatedLink));
  score('indirect', ann.indirect, quotes.filter((q) => q.kind === 'indirect' && !q.fromRelatedLink));
}

const pct = (n: number, d: number) => (d === 0 ? '   —' : (n / d).toFixed(2).padStart(4));
const counts = (t: Tally | RealTally) => `not-a-name ${String(t.nonName).padStart(3)}  unattributed ${pct(t.unattributed, t.preds)}`;
const row = (name: string, t: Tally | RealTally) =>
  `${name.padEnd(9)} P ${pct(t.tp, t.tp + t.fp)}  R ${pct(t.tp, t.tp + t.fn)}  speaker ${pct(t.spk, t.tp)}  ${counts(t)}   (found ${t.tp}, extra ${t.fp}, missed ${t.fn})`;
const out = (s: string) => process.stdout.write(`${s}\n`);
out('Quote detection on data/quotes-eval, the project\'s own set (exact text match; targets for direct: P ≥ 0.95, R ≥ 0.95, speaker ≥ 0.90)');
for (const key of ['ar', 'en', 'ru', 'all']) {
  const t = tallies.get(key);
  if (!t) continue;
  out(`[${key}] ${t.files} articles\n  ${row('direct', t.direct)}\n  ${row('indirect', t.indirect)}`);
}

// Real published news (../shared/realnews), scored as its README says. Only direct quotes (with
// headlines) are scored: the indirect annotations are a sample.
const REAL = new URL('../../shared/realnews/', import.meta.url);
const extra = (values.real ?? '').split(',').filter(Boolean).map((f) => ({ name: f, file: new URL(f, `file://${process.cwd()}/`) }));
for (const { name, file } of [...['tune.json', 'check.json'].map((n) => ({ name: n, file: new URL(n, REAL) })), ...extra]) {
  out(`\nReal news ${name} (overlap match; ambiguous ignored; non_quotes count as extra)`);
  if (!existsSync(file)) {
    out(`  absent: ${file.pathname} not found, nothing scored`);
    continue;
  }
  const { articles } = JSON.parse(readFileSync(file, 'utf8')) as { articles: RealArticle[] };
  const real = new Map<string, RealTally>();
  let goldShape = 0;
  for (const a of articles) {
    if (values.only && !values.only.split(',').some((o) => a.id.includes(o))) continue;
    const detail = values.verbose && name !== 'check.json' ? (s: string) => out(s) : () => {};
    detail(`== ${a.id}`);
    for (const key of [a.lang, 'all']) if (!real.has(key)) real.set(key, blankReal());
    const t = blankReal();
    scoreArticle(a, t, detail);
    for (const key of [a.lang, 'all']) for (const f of Object.keys(t) as (keyof RealTally)[]) real.get(key)![f] += t[f];
    goldShape += a.quotes.filter((q) => q.speaker !== null && shapeFails(q.speaker, a.lang)).length;
  }
  for (const key of ['ar', 'en', 'ru', 'all']) {
    const t = real.get(key);
    if (t) out(`[${key}] ${t.articles} articles\n  ${row('direct', t)}`);
  }
  out(`  (check of the not-a-name test itself: ${goldShape} annotated speakers fail its shape rules)`);
}
out('\nnot-a-name: a speaker with a pronoun, function word, adverb or verb form in it, a possessive or digit, a');
out('lower-case word in an en/ru name, or one that matches none of the article\'s annotated speakers and has no');
out('name anchor (ar: name particle, given name, office or organisation head; en/ru: capitalised mid-sentence).');
out('unattributed: share of detected quotes with speaker null.');
