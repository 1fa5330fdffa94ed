// The library file's shape (schema v1) and its validator. Pure: no DOM, no Node.
// Bodies are not in this file: each clip points at a content-addressed body file by SHA-256,
// so the file rewritten on every tag edit stays small as the library grows.
import { z } from 'zod';

// v2 (issue 15): library id, analyst name, provenance, note/metadata revisions and conflicts.
// Older Marsads refuse a v2 library instead of silently dropping the fields they do not know.
export const SCHEMA_VERSION = 2;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const isoTime = z.string().min(10).max(64);
// Who made or last changed an item (issue 15); absent means this library's own analyst
// (settings.analyst), so items made here need no stamping. `via` names the bundle it came in.
const by = z.string().min(1).max(200).optional();
const via = z.string().min(1).max(200).optional();

// A passage highlight: W3C TextQuote + TextPosition selectors over the raw body it was made on
// (bodySha256), plus its tags, colour and note. Objects are replaced, never edited in place,
// so the undo history can hold references instead of copies.
export const storedHighlightSchema = z.object({
  id: z.string().min(1).max(100),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  bodySha256: sha256,
  tags: z.array(z.string()),
  colour: z.string().nullable(),
  note: z.string(),
  createdAt: isoTime,
  updatedAt: isoTime,
  by,
  via,
});

/** Library-level tag data: colour and description by tag; a tag needs no definition to be used. */
export const tagDefSchema = z.object({
  name: z.string().min(1),
  colour: z.string().nullable(),
  description: z.string(),
  by,
  updatedAt: isoTime.optional(),
  via,
});

// The analyst's decision on one detected quote, kept beside the raw text (never in it), keyed by
// where the quote was and what it said so a changed body leaves it behind instead of misapplying it.
export const quoteDecisionSchema = z.object({
  field: z.enum(['body', 'title']).default('body'),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string(),
  decision: z.enum(['confirm', 'dismiss', 'speaker']),
  /** The corrected speaker when decision is 'speaker'. */
  speaker: z.string().nullable().default(null),
  at: isoTime,
  by,
  via,
});

/** A person in the registry as the analyst edited it; unedited speakers stay derived, in memory. */
export const storedPersonSchema = z.object({
  id: z.string().min(1).max(200),
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  /** Aliases the analyst removed: the articles must not bring them back. */
  removedAliases: z.array(z.string()).default([]),
  /** The analyst said this entry is not a speaker: its quotes are unattributed. */
  notSpeaker: z.boolean().optional(),
  by,
  updatedAt: isoTime.optional(),
  via,
});

/**
 * Revisions seen of a clip's note and metadata (issue 15): short hashes (common/bundle/ids.ts) of
 * every version, oldest first, the current last. A merge takes the other side's version when ours
 * is in its history, ignores it when it is in ours, and otherwise keeps both as a conflict.
 * Absent: only the current version is known.
 */
export const revsSchema = z.object({ note: z.array(z.string().max(32)).optional(), meta: z.array(z.string().max(32)).optional() });

/** The other side's version of a note or field, kept beside ours until the analyst resolves it. */
export const conflictSchema = z.object({
  /** 'note', a metadata field ('title', 'source', …), 'highlight:<id>' or 'quote:<id>'. */
  field: z.string().min(1).max(300),
  value: z.string(),
  by: z.string().max(200),
  at: isoTime,
  via: z.string().max(200).nullable(),
});

/** A bundle this library imported: provenance records name it by id. */
export const bundleInfoSchema = z.object({
  id: z.string().min(1).max(200),
  analyst: z.string().max(200),
  exportedAt: isoTime,
  libraryId: z.string().max(200),
  importedAt: isoTime,
});

export const storedClipSchema = z.object({
  id: z.string().min(1).max(200),
  title: z.string(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  author: z.string().nullable(),
  lang: z.enum(['ar', 'en', 'ru', 'other']),
  publishedAt: z.string().nullable(),
  capturedAt: isoTime,
  updatedAt: isoTime,
  bodySha256: sha256,
  bodyLength: z.number().int().min(0),
  tags: z.array(z.string()),
  // Added by the importer (issue 3); defaults keep every earlier v1 file valid.
  /** The file (name or path) the clip was imported from; null when pasted or seeded. */
  sourceFile: z.string().nullable().default(null),
  /** The import that added the clip: undoImport(batchId) removes exactly these. */
  batchId: z.string().nullable().default(null),
  /** Near-duplicate group: the lead clip's id (the lead carries its own id); null when alone. */
  groupId: z.string().nullable().default(null),
  /** "Read also" links the page carried, kept apart from the article. */
  related: z.array(z.object({ title: z.string(), url: z.string().nullable() })).default([]),
  // Optional and omitted when empty, so the shard files of a 50k-clip library carry nothing
  // for the many clips without passages, notes or trash state, and older files validate as is.
  highlights: z.array(storedHighlightSchema).optional(),
  note: z.string().optional(),
  /** Set when the clip is in the trash; purged TRASH_DAYS later. */
  deletedAt: isoTime.optional(),
  /** Confirm / correct speaker / dismiss decisions on detected quotes (issue 5). */
  quoteDecisions: z.array(quoteDecisionSchema).optional(),
  // Issue 15: who added the clip, the bundle it came in, revisions and unresolved conflicts.
  by,
  via,
  /** Who wrote the note and when (absent: this library's analyst; the clip's updatedAt). */
  noteBy: by,
  noteAt: isoTime.optional(),
  revs: revsSchema.optional(),
  conflicts: z.array(conflictSchema).optional(),
});

export const settingsSchema = z.object({
  locale: z.enum(['ar', 'en', 'ru', 'system']),
  /** ى/ي and ة/ه fold together in search (REFERENCE.md §7); off keeps them apart. */
  searchStrongFolds: z.boolean().default(true),
  /** Light or dark colours, or follow the system (issue 14); older files default to the system. */
  theme: z.enum(['system', 'light', 'dark']).default('system'),
  /** Who works in this library: bundles carry the name (issue 15); '' until set. */
  analyst: z.string().max(200).default(''),
});

export const savedSearchSchema = z.object({
  id: z.string().min(1).max(200),
  name: z.string(),
  query: z.string(),
  filters: z.object({ tag: z.string().optional(), source: z.string().optional() }).default({}),
  autoTag: z.string().nullable().default(null),
  createdAt: isoTime,
  lastSeenAt: isoTime,
});

export const libraryFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Stable id of this library (issue 15): bundles say which library they came from. */
  libraryId: z.string().min(1).max(200),
  createdAt: isoTime,
  clips: z.array(storedClipSchema),
  settings: settingsSchema,
  // Added after v1 shipped, with a default, so existing library files still validate.
  tagDefs: z.array(tagDefSchema).default([]),
  /** Named queries (watchlists) for the sidebar. */
  savedSearches: z.array(savedSearchSchema).default([]),
  /** The people registry's edited entries (issue 5): merges and alias edits. */
  people: z.array(storedPersonSchema).default([]),
  /** Bundles imported into this library (issue 15). */
  bundles: z.array(bundleInfoSchema).default([]),
});

export type StoredClip = z.infer<typeof storedClipSchema>;
export type StoredHighlight = z.infer<typeof storedHighlightSchema>;
export type TagDef = z.infer<typeof tagDefSchema>;
export type StoredQuoteDecision = z.infer<typeof quoteDecisionSchema>;
export type StoredPerson = z.infer<typeof storedPersonSchema>;
export type LibraryFile = z.infer<typeof libraryFileSchema>;
export type StoredConflict = z.infer<typeof conflictSchema>;
export type ClipRevs = z.infer<typeof revsSchema>;
export type BundleInfo = z.infer<typeof bundleInfoSchema>;

export const emptyLibrary = (now: string, libraryId: string): LibraryFile => ({
  schemaVersion: SCHEMA_VERSION,
  libraryId,
  createdAt: now,
  clips: [],
  settings: { locale: 'system', searchStrongFolds: true, theme: 'system', analyst: '' },
  tagDefs: [],
  savedSearches: [],
  people: [],
  bundles: [],
});
