// Domain types of the library, shared by backend, hosts and renderer. Pure: no DOM, no Node.
// Offsets anywhere in the app are UTF-16 code units into the raw stored body.

export type ClipId = string;
export type Lang = 'ar' | 'en' | 'ru' | 'other';
export type UiLocale = 'ar' | 'en';

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
};

/** What the reader shows: the raw body exactly as captured, plus its structure. */
export type ClipDetail = ClipSummary & {
  body: string;
  bodySha256: string;
  blocks: Block[];
};

export type ClipPage = { total: number; offset: number; items: ClipSummary[] };

export type ListQuery = {
  offset?: number;
  limit?: number;
  tag?: string;
  source?: string;
  /** false skips reading bodies for snippets (items get an empty snippet): for exports and the CLI. */
  snippets?: boolean;
};

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
};

export type BackupInfo = { name: string; createdAt: string; clips: number; bytes: number };

export type TagCount = { name: string; clips: number };
export type SourceCount = { name: string; clips: number };

/** What the sidebar needs in one call. */
export type Facets = { tags: TagCount[]; sources: SourceCount[]; total: number };

export type LibraryState =
  | { state: 'ready'; clips: number }
  | { state: 'corrupt'; movedTo: string; reason: string; backups: BackupInfo[] };

export type AppInfo = {
  version: string;
  host: 'electron' | 'browser' | 'cli';
  dataDir: string;
  libraryFile: string;
  /** The OS locale as the host sees it (BCP 47), for 'system' UI language. */
  systemLocale: string;
};
