// The library file's shape (schema v1) and its validator. Pure: no DOM, no Node.
// Bodies are not in this file: each clip points at a content-addressed body file by SHA-256,
// so the file rewritten on every tag edit stays small as the library grows.
import { z } from 'zod';

export const SCHEMA_VERSION = 1;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const isoTime = z.string().min(10).max(64);

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
});

/** Library-level tag data: colour and description by tag; a tag needs no definition to be used. */
export const tagDefSchema = z.object({
  name: z.string().min(1),
  colour: z.string().nullable(),
  description: z.string(),
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
});

export const settingsSchema = z.object({
  locale: z.enum(['ar', 'en', 'ru', 'system']),
  /** ى/ي and ة/ه fold together in search (REFERENCE.md §7); off keeps them apart. */
  searchStrongFolds: z.boolean().default(true),
  /** Light or dark colours, or follow the system (issue 14); older files default to the system. */
  theme: z.enum(['system', 'light', 'dark']).default('system'),
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
  createdAt: isoTime,
  clips: z.array(storedClipSchema),
  settings: settingsSchema,
  // Added after v1 shipped, with a default, so existing library files still validate.
  tagDefs: z.array(tagDefSchema).default([]),
  /** Named queries (watchlists) for the sidebar. */
  savedSearches: z.array(savedSearchSchema).default([]),
  /** The people registry's edited entries (issue 5): merges and alias edits. */
  people: z.array(storedPersonSchema).default([]),
});

export type StoredClip = z.infer<typeof storedClipSchema>;
export type StoredHighlight = z.infer<typeof storedHighlightSchema>;
export type TagDef = z.infer<typeof tagDefSchema>;
export type StoredQuoteDecision = z.infer<typeof quoteDecisionSchema>;
export type StoredPerson = z.infer<typeof storedPersonSchema>;
export type LibraryFile = z.infer<typeof libraryFileSchema>;

export const emptyLibrary = (now: string): LibraryFile => ({
  schemaVersion: SCHEMA_VERSION,
  createdAt: now,
  clips: [],
  settings: { locale: 'system', searchStrongFolds: true, theme: 'system' },
  tagDefs: [],
  savedSearches: [],
  people: [],
});
