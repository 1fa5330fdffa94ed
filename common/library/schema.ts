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
});

export const libraryFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  createdAt: isoTime,
  clips: z.array(storedClipSchema),
  settings: settingsSchema,
});

export type StoredClip = z.infer<typeof storedClipSchema>;
export type LibraryFile = z.infer<typeof libraryFileSchema>;

export const emptyLibrary = (now: string): LibraryFile => ({
  schemaVersion: SCHEMA_VERSION,
  createdAt: now,
  clips: [],
  settings: { locale: 'system' },
});
