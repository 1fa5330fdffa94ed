// The one typed contract between the renderer and the backend: every call, its channel, its
// payload schema and its result type. Pure: no DOM, no Node, no Electron. Hosts (Electron main,
// browser shell, CLI) all route through `dispatch` so validation is identical everywhere.
import { z } from 'zod';
import type {
  AppInfo,
  ClipDetail,
  ClipPage,
  ClipPatch,
  ClipSummary,
  DroppedFile,
  Facets,
  ImportProgress,
  ImportReport,
  LibraryState,
  ListQuery,
  Settings,
  UndoResult,
} from '../domain.js';
import type { Result } from '../result.js';
import type {
  SavedSearchInput,
  SavedSearchPatch,
  SavedSearchView,
  SearchPage,
  SearchRequest,
  Suggestion,
} from '../search/types.js';
import { CALL_NAMES, CHANNELS, GRANT_FILE_CHANNEL } from './channels.js';
import { TAG_INPUTS, type TagCalls } from './tag-contract.js';
import { QUOTE_INPUTS, type QuoteCalls } from './quote-contract.js';
import { EXPORT_INPUTS, type ExportCalls } from './export-contract.js';
import type { DiagnosticsCalls } from './diagnostics-contract.js';
import { TIMELINE_INPUTS, type TimelineCalls } from './timeline-contract.js';
import { BUNDLE_INPUTS, type BundleCalls } from './bundle-contract.js';
import { CHART_INPUTS, type ChartCalls } from './charts-contract.js';

/** Input and output of every call. `void` input means the call takes no argument. */
export type Calls = {
  appInfo: { in: void; out: AppInfo };
  libraryState: { in: void; out: LibraryState };
  restoreBackup: { in: { name: string }; out: LibraryState };
  listClips: { in: ListQuery; out: ClipPage };
  getClip: { in: { id: string }; out: ClipDetail };
  updateClip: { in: { id: string; patch: ClipPatch }; out: ClipSummary };
  setClipTags: { in: { id: string; tags: string[] }; out: ClipSummary };
  facets: { in: void; out: Facets };
  getSettings: { in: void; out: Settings };
  setSettings: { in: Partial<Settings>; out: Settings };
  // Import (issue 3): start a job over paths (desktop, CLI) or dropped files (browser shell),
  // poll it, cancel it, read its report, undo it as one action; paste is one call.
  startImport: { in: StartImport; out: ImportProgress };
  importProgress: { in: { jobId: string }; out: ImportProgress };
  cancelImport: { in: { jobId: string }; out: ImportProgress };
  importReport: { in: { jobId: string }; out: ImportReport };
  undoImport: { in: { batchId: string }; out: UndoResult };
  importText: { in: PastedText; out: ImportReport };
  search: { in: SearchRequest; out: SearchPage };
  suggest: { in: { prefix: string; limit?: number }; out: Suggestion[] };
  listSavedSearches: { in: void; out: SavedSearchView[] };
  createSavedSearch: { in: SavedSearchInput; out: SavedSearchView };
  updateSavedSearch: { in: { id: string; patch: SavedSearchPatch }; out: SavedSearchView };
  deleteSavedSearch: { in: { id: string }; out: { id: string } };
  openSavedSearch: {
    in: { id: string; limit?: number; offset?: number };
    out: { search: SavedSearchView; page: SearchPage };
  };
} & TagCalls &
  QuoteCalls &
  ExportCalls &
  DiagnosticsCalls &
  TimelineCalls &
  BundleCalls &
  ChartCalls;

export type StartImport = { paths?: string[]; files?: DroppedFile[]; tags?: string[] };
/** Clipboard contents: text/plain always, text/html when the source offered it. */
export type PastedText = { text: string; html?: string; tags?: string[] };

export type CallName = keyof Calls;

// The channel table lives in channels.ts (no zod) so the preload can import it cheaply.
export { CALL_NAMES, CHANNELS, GRANT_FILE_CHANNEL };

/** What `window.marsad` looks like to the renderer. */
export type Contract = {
  [K in CallName]: Calls[K]['in'] extends void
    ? () => Promise<Result<Calls[K]['out']>>
    : (input: Calls[K]['in']) => Promise<Result<Calls[K]['out']>>;
};

/** What the backend implements: one plain function per call, input already validated. */
export type Handlers = {
  [K in CallName]: (input: Calls[K]['in']) => Promise<Result<Calls[K]['out']>>;
};

// Why these limits: a title or tag longer than this is a paste accident, not data; the list
// page size caps how much one call can make the renderer hold at once.
export const MAX_TITLE = 1_000;
export const MAX_TAG = 200;
export const MAX_TAGS_PER_CLIP = 200;
export const MAX_PAGE = 500;
// Why: 20 MB is the per-file limit the importer reports (issue 3); base64 is 4/3 of that. One
// drop of more than 500 files or 200 MB should come as a folder path, not through IPC.
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_DROPPED_FILES = 500;
export const MAX_DROPPED_BASE64 = Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4;
export const MAX_DROP_TOTAL_BASE64 = 200 * 1024 * 1024;
export const MAX_IMPORT_PATHS = 10_000;
// A query longer than this is a paste accident; 100 suggestions fill any dropdown.
export const MAX_QUERY = 2_000;
export const MAX_SUGGESTIONS = 100;

const id = z.string().min(1).max(200);
const noArgs = z
  .union([z.undefined(), z.null(), z.object({}).strict()])
  .transform((): void => undefined);
const tagName = z.string().trim().min(1).max(MAX_TAG);
const isoDate = z.string().max(64).nullable();
const lang = z.enum(['ar', 'en', 'ru', 'other']);

const clipPatch = z
  .object({
    title: z.string().trim().min(1).max(MAX_TITLE),
    source: z.string().max(MAX_TITLE).nullable(),
    url: z.string().max(4_000).nullable(),
    author: z.string().max(MAX_TITLE).nullable(),
    publishedAt: isoDate,
    lang,
  })
  .partial()
  .strict();

const searchFilters = z.object({ tag: tagName, source: z.string().min(1).max(MAX_TITLE) }).partial().strict();
const savedSearchInput = z
  .object({
    name: z.string().trim().min(1).max(MAX_TITLE),
    query: z.string().max(MAX_QUERY),
    filters: searchFilters,
    autoTag: tagName.nullable(),
  })
  .strict();
const paging = { limit: z.number().int().min(1).max(MAX_PAGE), offset: z.number().int().min(0) };

/** Payload schemas, checked by `dispatch` before any handler runs. */
export const INPUTS: { [K in CallName]: z.ZodType<Calls[K]['in'], unknown> } = {
  appInfo: noArgs,
  getDiagnostics: noArgs,
  libraryState: noArgs,
  restoreBackup: z.object({ name: z.string().min(1).max(300) }).strict(),
  listClips: z
    .object({
      offset: z.number().int().min(0),
      limit: z.number().int().min(1).max(MAX_PAGE),
      tag: tagName,
      source: z.string().min(1).max(MAX_TITLE),
      snippets: z.boolean(),
      collapseGroups: z.boolean(),
      groupId: id,
    })
    .partial()
    .strict(),
  getClip: z.object({ id }).strict(),
  updateClip: z.object({ id, patch: clipPatch }).strict(),
  setClipTags: z.object({ id, tags: z.array(tagName).max(MAX_TAGS_PER_CLIP) }).strict(),
  facets: noArgs,
  getSettings: noArgs,
  startImport: z
    .object({
      paths: z.array(z.string().min(1).max(4_096)).min(1).max(MAX_IMPORT_PATHS),
      files: z
        .array(z.object({ name: z.string().min(1).max(1_000), bytes: z.string().max(MAX_DROPPED_BASE64) }).strict())
        .min(1)
        .max(MAX_DROPPED_FILES),
      tags: z.array(tagName).max(MAX_TAGS_PER_CLIP),
    })
    .partial()
    .strict()
    .refine((v) => (v.paths === undefined) !== (v.files === undefined), { message: 'Give either paths or files' })
    .refine((v) => (v.files ?? []).reduce((n, f) => n + f.bytes.length, 0) <= MAX_DROP_TOTAL_BASE64, {
      message: 'Too much dropped at once; import the folder instead',
    }),
  importProgress: z.object({ jobId: id }).strict(),
  cancelImport: z.object({ jobId: id }).strict(),
  importReport: z.object({ jobId: id }).strict(),
  undoImport: z.object({ batchId: id }).strict(),
  importText: z
    .object({ text: z.string().max(MAX_IMPORT_BYTES), html: z.string().max(MAX_IMPORT_BYTES).optional(), tags: z.array(tagName).max(MAX_TAGS_PER_CLIP).optional() })
    .strict(),
  ...TAG_INPUTS,
  ...QUOTE_INPUTS,
  ...EXPORT_INPUTS,
  ...TIMELINE_INPUTS,
  ...BUNDLE_INPUTS,
  ...CHART_INPUTS,
  setSettings: z
    .object({ locale: z.enum(['ar', 'en', 'ru', 'system']), searchStrongFolds: z.boolean(), theme: z.enum(['system', 'light', 'dark']), analyst: z.string().trim().max(200) })
    .partial()
    .strict(),
  search: z
    .object({ query: z.string().max(MAX_QUERY), filters: searchFilters.optional(), mode: z.enum(['fuzzy', 'exact']).optional(), asYouType: z.boolean().optional(), partial: z.boolean().optional() })
    .extend(z.object(paging).partial().shape)
    .strict(),
  suggest: z.object({ prefix: z.string().max(MAX_QUERY), limit: z.number().int().min(1).max(MAX_SUGGESTIONS).optional() }).strict(),
  listSavedSearches: noArgs,
  createSavedSearch: savedSearchInput.partial({ filters: true, autoTag: true }),
  updateSavedSearch: z.object({ id, patch: savedSearchInput.partial() }).strict(),
  deleteSavedSearch: z.object({ id }).strict(),
  openSavedSearch: z.object({ id }).extend(z.object(paging).partial().shape).strict(),
};

export const isCallName = (name: string): name is CallName =>
  Object.prototype.hasOwnProperty.call(CHANNELS, name);
