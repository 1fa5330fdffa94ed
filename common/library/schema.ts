// The library file's shape (schema v1) and its validator. Pure: no DOM, no Node.
// Bodies are not in this file: each clip points at a content-addressed body file by SHA-256,
// so the file rewritten on every tag edit stays small as the library grows.
import { z } from 'zod';

export const SCHEMA_VERSION = 1;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const isoTime = z.string().min(10).max(64);

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
});

export const settingsSchema = z.object({
  locale: z.enum(['ar', 'en', 'system']),
  /** ى/ي and ة/ه fold together in search (REFERENCE.md §7); off keeps them apart. */
  searchStrongFolds: z.boolean().default(true),
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
  /** Named queries (watchlists) for the sidebar. */
  savedSearches: z.array(savedSearchSchema).default([]),
});

export type StoredClip = z.infer<typeof storedClipSchema>;
export type LibraryFile = z.infer<typeof libraryFileSchema>;

export const emptyLibrary = (now: string): LibraryFile => ({
  schemaVersion: SCHEMA_VERSION,
  createdAt: now,
  clips: [],
  settings: { locale: 'system', searchStrongFolds: true },
  savedSearches: [],
});
