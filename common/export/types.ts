// What a report is: the request (which clips, in what order, with what parts, in which format)
// and the model every renderer reads. Pure: no DOM, no Node. Offsets are UTF-16 units into the
// raw stored body (or the title for a title headline), as everywhere else in Marsad.
import type { Block, ClipSummary, UiLocale } from '../domain.js';
import type { Quote, QuoteKind } from '../quotes/types.js';

export const REPORT_FORMATS = ['pdf', 'docx', 'html', 'md', 'csv', 'quotes-csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export const REPORT_ORDERS = ['date', 'source', 'tag'] as const;
export type ReportOrder = (typeof REPORT_ORDERS)[number];

/**
 * Which clips: the given ids (or every clip when none), narrowed by the query, by any of the
 * tags (a tag includes the tags under it), by a saved search and by the date range (published
 * date, else capture date; `from`/`to` are inclusive ISO dates). Trashed clips are never in.
 */
export type ReportSelection = {
  clipIds?: string[];
  query?: string;
  tags?: string[];
  savedSearchId?: string;
  from?: string | null;
  to?: string | null;
};

/** What a report carries besides the clips' titles. */
export type ReportIncludes = {
  cover: boolean;
  toc: boolean;
  metadata: boolean;
  /** The whole text with highlights and quotes marked, only the highlighted passages, or none. */
  text: 'full' | 'highlights' | 'none';
  quotes: boolean;
  notes: boolean;
  /** Who-said-what appendix grouped by speaker. */
  speakers: boolean;
  /** Provenance manifest: URL, capture time and SHA-256 of every clip's stored text. */
  manifest: boolean;
};

export type ReportOptions = {
  /** Empty: a default title in the report language. */
  title?: string;
  lang: UiLocale;
  order: ReportOrder;
  include: ReportIncludes;
};

export const DEFAULT_INCLUDES: ReportIncludes = {
  cover: true,
  toc: true,
  metadata: true,
  text: 'full',
  quotes: true,
  notes: true,
  speakers: true,
  manifest: true,
};

export type ReportHighlight = {
  id: string;
  /** Where it anchors now; an orphaned passage keeps its stored text in `exact`. */
  start: number;
  end: number;
  status: 'anchored' | 'drifted' | 'orphaned';
  exact: string;
  /** '#rrggbb' (its own, else its first tag's, else the default highlight colour). */
  colour: string;
  tags: string[];
  note: string;
};

/** A detected quote as a report shows it (a dismissed one never reaches a report). */
export type ReportQuote = Pick<Quote, 'kind' | 'field' | 'text' | 'start' | 'end' | 'speaker' | 'via' | 'cue'> & {
  state: 'detected' | 'confirmed' | 'corrected';
  /** Index into the speaker palette (SPEAKER_TINTS), the same for a person in every clip. */
  colour: number;
};

/** A clip as a report carries it: the list's metadata plus its place, text, provenance and annotations. */
export type ReportClip = Pick<ClipSummary, 'id' | 'title' | 'source' | 'url' | 'author' | 'lang' | 'publishedAt' | 'capturedAt' | 'tags'> & {
  /** 1-based position in the report, used for anchors and the table of contents. */
  n: number;
  /** The heading the clip sits under when ordered by source or tag; null when ordered by date. */
  group: string | null;
  note: string;
  body: string;
  blocks: Block[];
  /** SHA-256 (hex) of the stored UTF-8 text; `verified` when the text read back hashes to it. */
  sha256: string;
  sha256Verified: boolean;
  highlights: ReportHighlight[];
  quotes: ReportQuote[];
};

export type SpeakerEntry = {
  speaker: string;
  colour: number;
  quotes: { clipN: number; clipId: string; clipTitle: string; kind: QuoteKind; text: string; via: string | null }[];
};

export type ReportModel = {
  /** Bumped when the JSON shape changes incompatibly. */
  schema: 1;
  title: string;
  lang: UiLocale;
  generatedAt: string;
  /** Earliest and latest clip date (YYYY-MM-DD), null for an empty report. */
  period: { from: string | null; to: string | null };
  selection: ReportSelection;
  order: ReportOrder;
  include: ReportIncludes;
  counts: { clips: number; sources: number; highlights: number; quotes: number; speakers: number };
  clips: ReportClip[];
  speakers: SpeakerEntry[];
};

/** Background tints and underline colours of the reader's speaker palette (renderer/styles/quotes.css). */
export const SPEAKER_TINTS: readonly { tint: string; line: string }[] = [
  { tint: '#fde7b0', line: '#b7791f' },
  { tint: '#cdeaf7', line: '#2b7ea1' },
  { tint: '#dcefd0', line: '#4d8a2a' },
  { tint: '#f6d7e3', line: '#a8406b' },
  { tint: '#e4dcf5', line: '#6b4fb0' },
  { tint: '#fbdcc8', line: '#b55a22' },
  { tint: '#d3efe9', line: '#2d8574' },
  { tint: '#e8e4d2', line: '#7a6d35' },
];

/** The reader's default highlight colour (renderer/styles/app.css `mark`). */
export const DEFAULT_HIGHLIGHT = '#fbe7a1';

export type ExportPhase = 'reading' | 'rendering' | 'writing' | 'done';
export type ExportProgress = { phase: ExportPhase; done: number; total: number };

/** What a finished export reports (also `marsad export --json`). */
export type ExportResult = {
  path: string;
  format: ReportFormat;
  bytes: number;
  clips: number;
  quotes: number;
  highlights: number;
  speakers: number;
  ms: number;
  /** One sentence each: a clip whose stored text no longer matches its SHA-256, fonts not found. */
  warnings: string[];
};

/** A sensible file name for a report: date, title, extension ("2026-11-29 تقرير الرصد.pdf"). */
export function defaultReportName(title: string, ext: string, now: Date = new Date()): string {
  // Characters no file system takes in a name (and control characters) become spaces.
  const clean = [...title]
    .map((ch) => (ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) ? ' ' : ch))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${now.toISOString().slice(0, 10)} ${clean || 'report'}.${ext}`;
}
