// What a `.marsad` bundle holds (issue 15) and the schemas it is validated against before any of
// it is used: a manifest (format, who, when, from which library, counts, a SHA-256 per entry) and
// the records. zod, as everywhere else in the app. Pure: no DOM, no Node.
import { z } from 'zod';
import { storedClipSchema, storedPersonSchema, tagDefSchema } from '../library/schema.js';

export const BUNDLE_FORMAT = 'marsad-bundle';
export const BUNDLE_FORMAT_VERSION = 1;
export const BUNDLE_EXTENSION = '.marsad';
export const MANIFEST_NAME = 'manifest.json';
export const RECORDS_NAME = 'records.json';
/** Every text once, as one JSON object from its SHA-256 to the text: one zip entry, not thousands
 * (deflating 5,000 small entries took 3.6 s against 0.2 s for the same bytes as one). */
export const BODIES_NAME = 'bodies.json';
/** Every name a bundle may hold besides the manifest; anything else (../x, /etc, C:\) is refused. */
export const ENTRY_NAME = /^(records|bodies)\.json$/;

// A year's work of a busy desk is ~50k clips; twice that leaves room and bounds the records.
export const MAX_BUNDLE_CLIPS = 100_000;
const MAX_ENTRIES = 2;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const count = z.number().int().min(0);

export const manifestSchema = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
    bundleId: z.string().min(1).max(200),
    analyst: z.string().max(200),
    exportedAt: z.string().min(10).max(64),
    libraryId: z.string().min(1).max(200),
    /** What was exported, in words ("tag سوريا", "whole library"). */
    selection: z.string().max(2_000),
    counts: z.object({ clips: count, tags: count, highlights: count, notes: count, people: count, quoteDecisions: count }).strict(),
    entries: z.array(z.object({ name: z.string().regex(ENTRY_NAME), bytes: count, sha256 }).strict()).min(MAX_ENTRIES).max(MAX_ENTRIES),
  })
  .strict();

export const recordsSchema = z
  .object({
    clips: z.array(storedClipSchema).max(MAX_BUNDLE_CLIPS),
    tagDefs: z.array(tagDefSchema).max(100_000),
    people: z.array(storedPersonSchema).max(100_000),
  })
  .strict();

export type BundleManifest = z.infer<typeof manifestSchema>;
export type BundleRecords = z.infer<typeof recordsSchema>;
export type BundleCounts = BundleManifest['counts'];

export const bodiesSchema = z.record(sha256, z.string());

/** Facts about the records the schema cannot state: unique clip ids, a text for every clip. */
export function recordsProblem(manifest: BundleManifest, records: BundleRecords, bodies: Record<string, string>): string | null {
  const ids = new Set<string>();
  for (const c of records.clips) {
    if (ids.has(c.id)) return `it lists the clip ${c.id} twice`;
    ids.add(c.id);
  }
  const missing = records.clips.find((c) => typeof bodies[c.bodySha256] !== 'string');
  if (missing) return `the text of the clip ${missing.id} is missing`;
  if (manifest.counts.clips !== records.clips.length) return `its manifest counts ${manifest.counts.clips} clips but it holds ${records.clips.length}`;
  return null;
}
