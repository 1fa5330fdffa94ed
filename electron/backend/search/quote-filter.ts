// The `speaker:` and `is:quote` filters: which of a query's candidate clips hold a direct quote,
// or a quote the quotes engine (with the analyst's decisions) attributes to the named person.
// Cheap index facts go first — the MAY_QUOTE flag, and for a speaker the clips whose words carry
// one of the name's keys — and only the clips left are run through quote detection (QuoteCache,
// shared with the quote calls). Reads bodies through the cache; writes nothing.
import { searchNotice, type SearchNotice } from '../../../common/search/notices.js';
import { MAY_QUOTE } from '../../../common/search/doc-flags.js';
import { applyDecisions, type Decided } from '../../../common/quotes/decisions.js';
import { nameKeys } from '../../../common/quotes/transliterate.js';
import { speakerMatches, speakerQuery, type SpeakerQuery } from '../../../common/search/speaker-filter.js';
import type { QueryFilters } from '../../../common/search/query.js';
import type { StoredClip } from '../../../common/library/schema.js';
import type { CompactIndex } from '../../../common/search/compact-index.js';
import { stem } from '../../../common/search/analyzer.js';
import { foldKey } from '../../../common/text/normalize.js';
import type { LibraryStore } from '../store/library-store.js';
import type { QuoteCache } from '../quotes/quote-cache.js';

// Detection costs a few ms a clip the first time (cached after): past this many candidates the
// best ones are checked and the rest dropped with a notice, so one vague filter cannot run the
// detector over a whole 100k library in one keystroke.
export const MAX_QUOTE_CHECKS = 1_000;
const CHECK_CONCURRENCY = 16;

export const wantsQuotes = (f: QueryFilters): boolean => f.isQuote || f.speakers.length > 0;

// Russian and English index terms are Snowball stems, which may end a surname early (Лавров → лавр):
// a surname's skeleton also looks up terms keyed by it less its last one or two consonants.
const STEM_CUT = 2;
const MIN_CUT_KEY = 4;
const stemmedKeys = (keys: string[]): string[] =>
  keys.flatMap((k) => (k.startsWith('~') && !k.includes('|') ? [1, 2].slice(0, STEM_CUT).map((n) => k.slice(0, -n)).filter((c) => c.length >= MIN_CUT_KEY).concat(k) : [k]));

export class QuoteFilter {
  // Index terms by name key (folded word and consonant skeleton), extended as terms are added.
  private keyedIndex: CompactIndex | null = null;
  private keyedUpTo = 0;
  private byKey = new Map<string, number[]>();

  constructor(
    private readonly store: LibraryStore,
    private readonly cache: QuoteCache,
  ) {}

  private termsByKey(ix: CompactIndex): Map<string, number[]> {
    if (this.keyedIndex !== ix) {
      this.keyedIndex = ix;
      this.keyedUpTo = 0;
      this.byKey = new Map();
    }
    for (let t = this.keyedUpTo; t < ix.terms.length; t++) {
      for (const k of nameKeys(ix.terms[t]!)) {
        const list = this.byKey.get(k);
        if (list) list.push(t);
        else this.byKey.set(k, [t]);
      }
    }
    this.keyedUpTo = ix.terms.length;
    return this.byKey;
  }

  /** Docs whose words carry a key of the name (its words' stems, or their consonant skeleton). */
  private nameDocs(ix: CompactIndex, q: SpeakerQuery): Uint8Array {
    const byKey = this.termsByKey(ix);
    const out = new Uint8Array(ix.docCount);
    const terms = new Set<number>();
    for (const form of q.forms) {
      for (const w of foldKey(form).split(/\s+/).filter(Boolean)) {
        for (const k of stemmedKeys([...nameKeys(w), ...nameKeys(stem(w))])) for (const t of byKey.get(k) ?? []) terms.add(t);
        const exact = ix.termOf(stem(w));
        if (exact !== undefined) terms.add(exact);
      }
    }
    for (const t of terms) ix.markInto(out, t);
    return out;
  }

  /**
   * Keeps the clips of `ordered` (best first) that pass, in order. `docOf` gives a clip's doc
   * number in `ix`, undefined for one the index lacks (it is checked by detection alone).
   * `spans`, when given, gets each kept clip's first body quote by the named speaker.
   */
  async keep(ordered: StoredClip[], f: QueryFilters, ix: CompactIndex, docOf: (c: StoredClip) => number | undefined, notices: SearchNotice[], spans?: Map<string, { start: number; end: number }>): Promise<StoredClip[]> {
    const people = this.store.corrupt ? [] : this.store.data.people;
    const speakers = f.speakers.map((s) => speakerQuery(s, people));
    const named = speakers.map((q) => this.nameDocs(ix, q));
    // A speaker the analyst set by hand need not be named in the text.
    const decided = (c: StoredClip) => (c.quoteDecisions ?? []).some((d) => d.speaker);
    const maybe = ordered.filter((c) => {
      const d = docOf(c);
      if (d === undefined || decided(c)) return true;
      if (f.isQuote && !(ix.flagsOf(d) & MAY_QUOTE)) return false;
      return named.every((m) => m[d] === 1);
    });
    let todo = maybe;
    if (maybe.length > MAX_QUOTE_CHECKS) {
      notices.push(searchNotice('quote-checks-capped', { checked: MAX_QUOTE_CHECKS, candidates: maybe.length }));
      todo = maybe.slice(0, MAX_QUOTE_CHECKS);
    }
    const out: StoredClip[] = [];
    for (let i = 0; i < todo.length; i += CHECK_CONCURRENCY) {
      const batch = todo.slice(i, i + CHECK_CONCURRENCY);
      const found = await Promise.all(batch.map((c) => this.quotesOf(c)));
      batch.forEach((c, k) => {
        const qs = found[k]!;
        if (f.isQuote && !qs.some((q) => q.kind === 'direct')) return;
        const by = (sq: SpeakerQuery) => (q: Decided) => q.speaker !== null && speakerMatches(sq, q.speaker, q.speakerMentions);
        if (!speakers.every((sq) => qs.some(by(sq)))) return;
        const shown = speakers.length > 0 ? qs.find((q) => q.field === 'body' && by(speakers[0]!)(q)) : undefined;
        if (shown && spans) spans.set(c.id, { start: shown.start, end: shown.end });
        out.push(c);
      });
    }
    return out;
  }

  /** The clip's live quotes with the analyst's decisions applied; none when its text is unreadable. */
  private async quotesOf(c: StoredClip): Promise<Decided[]> {
    try {
      const qs = applyDecisions(await this.cache.quotes(c), c.quoteDecisions ?? []);
      return qs.filter((q) => q.state !== 'dismissed' && !q.fromRelatedLink);
    } catch {
      return [];
    }
  }
}
