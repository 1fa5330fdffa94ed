// Builds the ReportModel every renderer reads: selects the clips, reads each one's text,
// highlights and quotes through contract calls, checks the text against its SHA-256, orders
// them and groups the quotes by speaker. Reports progress per clip and stops when aborted.
// Must not format anything: words and layout belong to the renderers.
import type { ClipDetail } from '../../../common/domain.js';
import { REPORT_LABELS } from '../../../common/export/labels.js';
import {
  DEFAULT_HIGHLIGHT,
  type ReportClip,
  type ReportModel,
  type ReportOptions,
  type ReportQuote,
  type ReportSelection,
  type SpeakerEntry,
} from '../../../common/export/types.js';
import type { QuoteView } from '../../../common/quotes/views.js';
import { AppFailure } from '../../../common/result.js';
import { sha256Hex } from '../store/body-store.js';
import type { ExportCall } from './call.js';
import { selectClipIds } from './select.js';

export type ReportRequest = { selection: ReportSelection; options: ReportOptions };
export type BuildHooks = {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  /** Keep only the first this-many clips (the live preview); the cover's counts and period still cover all. */
  maxClips?: number;
};

// Reports bigger than this are a mistake (a whole library by accident), not a report: the
// renderers hold every body in memory at once.
export const MAX_REPORT_CLIPS = 5_000;

export const clipDate = (c: { publishedAt: string | null; capturedAt: string }): string => (c.publishedAt ?? c.capturedAt).slice(0, 10);

export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw new AppFailure({ code: 'invalid-input', message: 'The export was cancelled; no file was written.' });
}

const inRange = (date: string, from?: string | null, to?: string | null): boolean =>
  (!from || date >= from.slice(0, 10)) && (!to || date <= to.slice(0, 10));

const reportQuote = (q: QuoteView): ReportQuote => ({
  kind: q.kind,
  field: q.field,
  text: q.text,
  start: q.start,
  end: q.end,
  speaker: q.speaker,
  via: q.via,
  cue: q.cue,
  state: q.state === 'dismissed' ? 'detected' : q.state,
  colour: q.colour,
});

function toClip(d: ClipDetail, quotes: QuoteView[], tagColours: Map<string, string>): Omit<ReportClip, 'n' | 'group'> {
  return {
    id: d.id,
    title: d.title,
    source: d.source,
    url: d.url,
    author: d.author,
    lang: d.lang,
    publishedAt: d.publishedAt,
    capturedAt: d.capturedAt,
    tags: [...d.tags],
    note: d.note,
    body: d.body,
    blocks: d.blocks,
    sha256: d.bodySha256,
    sha256Verified: sha256Hex(d.body) === d.bodySha256,
    highlights: d.highlights
      .map((h) => ({
        id: h.id,
        start: h.anchor.start,
        end: h.anchor.end,
        status: h.anchor.status,
        exact: h.anchor.status === 'orphaned' ? h.exact : d.body.slice(h.anchor.start, h.anchor.end),
        colour: h.colour ?? h.tags.map((t) => tagColours.get(t)).find(Boolean) ?? DEFAULT_HIGHLIGHT,
        tags: [...h.tags],
        note: h.note,
      }))
      .sort((a, b) => a.start - b.start),
    // Dismissed detections and "read also" lines are not what anyone said in this article.
    quotes: quotes.filter((q) => q.state !== 'dismissed' && !q.fromRelatedLink).map(reportQuote),
  };
}

function order(clips: Omit<ReportClip, 'n' | 'group'>[], opts: ReportOptions): ReportClip[] {
  const t = REPORT_LABELS[opts.lang];
  const coll = new Intl.Collator(opts.lang);
  const byDate = (a: { publishedAt: string | null; capturedAt: string; title: string }, b: typeof a) =>
    (a.publishedAt ?? a.capturedAt).localeCompare(b.publishedAt ?? b.capturedAt) || coll.compare(a.title, b.title);
  const groupOf = (c: Omit<ReportClip, 'n' | 'group'>): string | null =>
    opts.order === 'source' ? (c.source ?? '') : opts.order === 'tag' ? ([...c.tags].sort(coll.compare)[0] ?? '') : null;
  // Empty group (no source / no tag) sorts last and is named in the report's language.
  const keyed = clips.map((c) => ({ c, g: groupOf(c) }));
  keyed.sort((a, b) => {
    if (a.g !== null && b.g !== null && a.g !== b.g) return a.g === '' ? 1 : b.g === '' ? -1 : coll.compare(a.g, b.g);
    return byDate(a.c, b.c);
  });
  return keyed.map(({ c, g }, i) => ({
    ...c,
    n: i + 1,
    group: g === null ? null : g || (opts.order === 'source' ? t.noSource : t.untagged),
  }));
}

/** Who a quote is by, the same key for the speakers list and the cover's count. */
const speakerKey = (q: QuoteView): string => q.personId ?? (q.speaker ? `name:${q.speaker}` : '');
const reportable = (q: QuoteView): boolean => q.state !== 'dismissed' && !q.fromRelatedLink;

function speakers(clips: ReportClip[], views: Map<string, QuoteView[]>): SpeakerEntry[] {
  const byKey = new Map<string, SpeakerEntry>();
  for (const c of clips) {
    for (const q of views.get(c.id) ?? []) {
      if (!reportable(q)) continue;
      const key = speakerKey(q);
      let e = byKey.get(key);
      if (!e) byKey.set(key, (e = { speaker: q.speaker ?? '', colour: q.colour, quotes: [] }));
      e.quotes.push({ clipN: c.n, clipId: c.id, clipTitle: c.title, kind: q.kind, text: q.text, via: q.via });
    }
  }
  // Most quoted first; the unattributed group last.
  return [...byKey.values()].sort((a, b) => (a.speaker === '' ? 1 : 0) - (b.speaker === '' ? 1 : 0) || b.quotes.length - a.quotes.length || a.speaker.localeCompare(b.speaker));
}

/**
 * The cover's figures over every clip the report holds, read or not: the live preview renders
 * only the first clips, yet its cover must say what the exported file will (issue 14).
 */
class CoverTally {
  clips = 0;
  highlights = 0;
  quotes = 0;
  private readonly sources = new Set<string>();
  private readonly speakers = new Set<string>();
  private readonly dates: string[] = [];

  add(d: ClipDetail, quotes: QuoteView[]): void {
    this.clips++;
    if (d.source) this.sources.add(d.source);
    this.dates.push(clipDate(d));
    this.highlights += d.highlights.length;
    for (const q of quotes.filter(reportable)) {
      this.quotes++;
      if (q.speaker) this.speakers.add(speakerKey(q));
    }
  }

  period(): { from: string | null; to: string | null } {
    const sorted = [...this.dates].sort();
    return { from: sorted[0] ?? null, to: sorted[sorted.length - 1] ?? null };
  }

  counts(): ReportModel['counts'] {
    return { clips: this.clips, sources: this.sources.size, highlights: this.highlights, quotes: this.quotes, speakers: this.speakers.size };
  }
}

export async function buildReport(call: ExportCall, req: ReportRequest, hooks: BuildHooks = {}): Promise<ReportModel> {
  const { selection, options } = req;
  const ids = await selectClipIds(call, selection);
  if (ids.length > MAX_REPORT_CLIPS) {
    throw new AppFailure({ code: 'too-large', message: `This selection has ${ids.length} clips; a report holds at most ${MAX_REPORT_CLIPS}, so narrow it by tag, query or dates.` });
  }
  const keep = hooks.maxClips ?? Infinity;
  const tagColours = new Map((await call('listTags', undefined)).flatMap((t) => (t.colour ? [[t.name, t.colour] as const] : [])));
  const wantQuotes = options.include.quotes || options.include.speakers || options.include.text === 'full';
  const built: Omit<ReportClip, 'n' | 'group'>[] = [];
  const views = new Map<string, QuoteView[]>();
  const tally = new CoverTally();
  for (const [i, id] of ids.entries()) {
    throwIfAborted(hooks.signal);
    const d = await call('getClip', { id });
    if (d.deletedAt === null && inRange(clipDate(d), selection.from, selection.to)) {
      const quotes = wantQuotes ? await call('getQuotes', { id }) : [];
      tally.add(d, quotes);
      // Past the preview's share only the cover's figures are kept, not the text.
      if (built.length < keep) {
        views.set(id, quotes);
        built.push(toClip(d, quotes, tagColours));
      }
    }
    hooks.onProgress?.(i + 1, ids.length);
  }
  const clips = order(built, options);
  return {
    schema: 1,
    title: options.title?.trim() || REPORT_LABELS[options.lang].defaultTitle,
    lang: options.lang,
    generatedAt: new Date().toISOString(),
    period: tally.period(),
    selection,
    order: options.order,
    include: options.include,
    counts: tally.counts(),
    clips,
    speakers: speakers(clips, views),
  };
}
