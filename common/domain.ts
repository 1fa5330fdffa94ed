// Domain types of the library, shared by backend, hosts and renderer. Pure: no DOM, no Node.
// Offsets anywhere in the app are UTF-16 code units into the raw stored body.
import type { ImportErrorCode } from './import-errors.js';
import type { Highlight, TagFacet } from './annotation.js';

export type ClipId = string;
export type Lang = 'ar' | 'en' | 'ru' | 'other';
export type UiLocale = 'ar' | 'en' | 'ru';

/** One structural block of an article body; `start`/`end` are offsets into the raw body. */
export type BlockKind = 'paragraph' | 'subheading' | 'list-item' | 'related-link';
export type Block = { kind: BlockKind; start: number; end: number };

/** What the list shows. Never carries the body, so a page of 50k clips stays small. */
export type ClipSummary = {
  id: ClipId;
  title: string;
  source: string | null;
  url: string | null;
  author: string | null;
  lang: Lang;
  publishedAt: string | null;
  capturedAt: string;
  tags: string[];
  snippet: string;
  /** Near-duplicate group (the lead's id) or null; `groupSize` counts the lead too (1 when alone). */
  groupId: string | null;
  groupSize: number;
  /** The file the clip was imported from, when it was. */
  sourceFile: string | null;
  /** Passages highlighted in this clip. */
  highlightCount: number;
  hasNote: boolean;
};

/** What the reader shows: the raw body exactly as captured, plus its structure. */
export type ClipDetail = ClipSummary & {
  body: string;
  bodySha256: string;
  blocks: Block[];
  related: RelatedLink[];
  /** Plain text as typed; the reader shows it with dir="auto". */
  note: string;
  highlights: Highlight[];
  /** Set when the clip is in the trash. */
  deletedAt: string | null;
  /** The bundle the clip came in (issue 15): its analyst and export date; null when made here. */
  provenance: { analyst: string; exportedAt: string } | null;
  /** Versions of the note another analyst wrote, kept beside this one until resolved (issue 15). */
  noteConflicts: { value: string; by: string; at: string }[];
};

export type RelatedLink = { title: string; url: string | null };

export type ClipPage = { total: number; offset: number; items: ClipSummary[] };

export type ListQuery = {
  offset?: number;
  limit?: number;
  /** Clips where this tag or one under it (matched by folded key) is on the clip or on a passage. */
  tag?: string;
  source?: string;
  /** false skips reading bodies for snippets (items get an empty snippet): for exports and the CLI. */
  snippets?: boolean;
  /** Show each near-duplicate group as its lead only (the lead's groupSize says how many). */
  collapseGroups?: boolean;
  /** Only the clips of this near-duplicate group (the lead's id). */
  groupId?: string;
};

/** The file name an import records for a paste (not a file): the UI words it in its own language. */
export const PASTED_FILE = 'pasted text';

export type ClipPatch = {
  title?: string;
  source?: string | null;
  url?: string | null;
  author?: string | null;
  publishedAt?: string | null;
  lang?: Lang;
};

export type Settings = {
  /** 'system' follows the OS locale. */
  locale: UiLocale | 'system';
  /** ى/ي and ة/ه count as the same letter in search. */
  searchStrongFolds: boolean;
  /** 'system' follows the OS's light or dark appearance. */
  theme: 'system' | 'light' | 'dark';
  /** The analyst's name, carried by the bundles this library exports (issue 15); '' until set. */
  analyst: string;
};

export type BackupInfo = { name: string; createdAt: string; clips: number; bytes: number };

/** A tag with its counts, colour and place in the hierarchy (see annotation.ts). */
export type TagCount = TagFacet;
export type SourceCount = { name: string; clips: number };

/** What the sidebar needs in one call. */
export type Facets = { tags: TagCount[]; sources: SourceCount[]; total: number; trash: number };

export type LibraryState =
  | { state: 'ready'; clips: number }
  | { state: 'corrupt'; movedTo: string; reason: string; backups: BackupInfo[] }
  /** Changes are kept in memory and retried, but the last write failed (`reason` picks the sentence). */
  | { state: 'saving-failed'; clips: number; reason: 'disk-full' | 'read-only' | 'io'; message: string; since: string };

export type AppInfo = {
  version: string;
  host: 'electron' | 'browser' | 'cli';
  dataDir: string;
  libraryFile: string;
  /** The OS locale as the host sees it (BCP 47), for 'system' UI language. */
  systemLocale: string;
};

/** Files handed over by the renderer (drag-and-drop in the browser shell has no paths). */
export type DroppedFile = { name: string; /** base64 */ bytes: string };

/** 'failed': the clips were added but could not be saved (the library keeps retrying). */
export type ImportState = 'running' | 'done' | 'cancelled' | 'failed';

/** What a progress bar needs; poll it while `state` is 'running'. */
export type ImportProgress = {
  jobId: string;
  batchId: string;
  state: ImportState;
  /** Files finished (imported, duplicate or failed) and files found; total grows while folders are walked. */
  done: number;
  total: number;
  /** The file being read now, or null. */
  current: string | null;
  imported: number;
  duplicates: number;
  errors: number;
  /** When state is 'failed': one sentence saying why the batch is not on disk. */
  saveError?: string;
};

export type ImportedItem = { id: string; title: string; file: string; lang: Lang; groupId: string | null };
export type DuplicateItem = { file: string; of: { id: string; title: string } };
/** `error` is one sentence that names the file. */
/** `error`: one English sentence naming the file; `code` and `detail` let the UI say it in its own language. */
export type ImportErrorItem = { file: string; error: string; code?: ImportErrorCode; detail?: string };

export type ImportReport = ImportProgress & {
  items: ImportedItem[];
  duplicateItems: DuplicateItem[];
  errorItems: ImportErrorItem[];
};

export type UndoResult = { batchId: string; removed: number };
