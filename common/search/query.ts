// The search query language, parsed into a plain structure: words (ranked by how many a clip
// holds), "exact phrases" (also «…» and “…", always required), +words (required), -exclusions,
// OR between neighbours, and filters tag:
// source: lang: before: after: (YYYY-MM-DD or YYYY-MM), speaker: (a quote by that person) and
// is:quote (clips with direct quotes). Pure: no DOM, no Node, no matching.
import { searchNotice, type SearchNotice } from './notices.js';
import type { Lang } from '../domain.js';

/** One thing a clip must contain: a word (fuzzy, stemmed) or a phrase (checked in folded text). */
export type Term = { kind: 'word' | 'phrase'; text: string };

export type QueryFilters = {
  tags: string[];
  sources: string[];
  langs: Lang[];
  /** Inclusive lower bound, YYYY-MM-DD. */
  after: string | null;
  /** Exclusive upper bound, YYYY-MM-DD. */
  before: string | null;
  /** Names a detected quote's speaker must match (each one, ANDed). */
  speakers: string[];
  /** Only clips with at least one detected direct quote. */
  isQuote: boolean;
};

export type ParsedQuery = {
  /** A group matches when any of its alternatives does (a OR b); clips matching more groups rank higher. */
  groups: Term[][];
  /** Per group: true when a clip must match it (+word, a phrase); the others may be missing. */
  required: boolean[];
  /** No clip may contain any of these. */
  exclude: Term[];
  filters: QueryFilters;
  /** Sentences for the user about parts of the query that were ignored. */
  notices: SearchNotice[];
};

const LANGS: readonly Lang[] = ['ar', 'en', 'ru', 'other'];
const QUOTES: Record<string, string> = { '"': '"', '«': '»', '“': '”', '„': '“' };
const FILTER = /^(tag|source|lang|before|after|speaker|is):(.*)$/i;

type Token = { text: string; quoted: boolean; negated: boolean; must: boolean };

/** Splits on whitespace, keeping quoted runs whole; a quote left open runs to the end. */
function tokenize(q: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < q.length) {
    while (i < q.length && /\s/.test(q[i]!)) i++;
    if (i >= q.length) break;
    let negated = false;
    let must = false;
    if ((q[i] === '-' || q[i] === '+') && i + 1 < q.length && !/\s/.test(q[i + 1]!)) {
      negated = q[i] === '-';
      must = q[i] === '+';
      i++;
    }
    const close = QUOTES[q[i]!];
    if (close) {
      const end = q.indexOf(close, i + 1);
      const stop = end < 0 ? q.length : end;
      out.push({ text: q.slice(i + 1, stop).trim(), quoted: true, negated, must });
      i = stop + 1;
      continue;
    }
    let j = i;
    // A filter value may be quoted: source:"BBC Arabic".
    while (j < q.length && !/\s/.test(q[j]!)) {
      const c = QUOTES[q[j]!];
      if (c && q[j - 1] === ':') {
        const end = q.indexOf(c, j + 1);
        j = end < 0 ? q.length : end + 1;
      } else j++;
    }
    out.push({ text: q.slice(i, j), quoted: false, negated, must });
    i = j;
  }
  return out.filter((t) => t.text !== '');
}

const unquote = (v: string): string => {
  const close = QUOTES[v[0] ?? ''];
  return close && v.endsWith(close) && v.length >= 2 ? v.slice(1, -1).trim() : v;
};

/** YYYY-MM-DD or YYYY-MM as a day; `end` gives the first day after a month. */
export function parseDay(v: string, end = false): string | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(v.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = m[3] === undefined ? null : Number(m[3]);
  if (mo < 1 || mo > 12) return null;
  if (d !== null) {
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCMonth() !== mo - 1) return null;
    if (!end) return date.toISOString().slice(0, 10);
    return new Date(Date.UTC(y, mo - 1, d + 1)).toISOString().slice(0, 10);
  }
  return new Date(Date.UTC(y, end ? mo : mo - 1, 1)).toISOString().slice(0, 10);
}

/** Reads a filter token into `filters`; returns false when it is not a filter at all. */
function applyFilter(key: string, raw: string, negated: boolean, q: ParsedQuery): void {
  const value = unquote(raw);
  const f = q.filters;
  if (!value) return void q.notices.push(searchNotice('filter-needs-value', { token: `${key}:` }));
  if (negated) return void q.notices.push(searchNotice('negated-filter', { token: `-${key}:` }));
  switch (key) {
    case 'tag':
      return void f.tags.push(value);
    case 'source':
      return void f.sources.push(value);
    case 'lang': {
      const l = value.toLowerCase() as Lang;
      if (LANGS.includes(l)) return void f.langs.push(l);
      return void q.notices.push(searchNotice('unknown-lang', { token: `lang:${value}` }));
    }
    case 'before':
    case 'after': {
      // before: excludes the day or month it names; after: includes it.
      const day = parseDay(value, false);
      if (!day) return void q.notices.push(searchNotice('bad-date', { token: `${key}:${value}` }));
      if (key === 'after') f.after = f.after && f.after > day ? f.after : day;
      else f.before = f.before && f.before < day ? f.before : day;
      return;
    }
    case 'speaker':
      return void f.speakers.push(value);
    default:
      if (value.toLowerCase() === 'quote') return void (f.isQuote = true);
      return void q.notices.push(searchNotice('unknown-is', { token: `is:${value}` }));
  }
}

export function parseQuery(q: string): ParsedQuery {
  const out: ParsedQuery = {
    groups: [],
    required: [],
    exclude: [],
    filters: { tags: [], sources: [], langs: [], after: null, before: null, speakers: [], isQuote: false },
    notices: [],
  };
  let joinNext = false;
  for (const t of tokenize(q)) {
    const filter = t.quoted ? null : FILTER.exec(t.text);
    if (filter) {
      applyFilter(filter[1]!.toLowerCase(), filter[2]!, t.negated, out);
      joinNext = false;
      continue;
    }
    if (!t.quoted && !t.negated && t.text === 'OR') {
      joinNext = out.groups.length > 0;
      continue;
    }
    const term: Term = { kind: t.quoted && /\s/.test(t.text) ? 'phrase' : 'word', text: t.text };
    if (t.negated) {
      out.exclude.push(term);
      joinNext = false;
    } else if (joinNext) {
      const g = out.groups.length - 1;
      out.groups[g]!.push(term);
      out.required[g] = out.required[g]! || t.must || term.kind === 'phrase';
      joinNext = false;
    } else {
      out.groups.push([term]);
      out.required.push(t.must || term.kind === 'phrase');
    }
  }
  return out;
}

/** True when the query asks for nothing but filters (or nothing at all). */
export const isFilterOnly = (q: ParsedQuery): boolean => q.groups.length === 0;
