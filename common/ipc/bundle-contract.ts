// The bundle calls of the contract (issue 15): export a selection to a `.marsad` file, say what
// importing one would do, and do it as one undoable action. Types and payload schemas, spread
// into Calls and INPUTS by contract.ts. Pure: no DOM, no Node.
import { z } from 'zod';
import type { Change } from '../annotation.js';
import type { DroppedFile } from '../domain.js';
import type { BundleCounts } from '../bundle/manifest.js';
import type { MergeChoice, MergePlan } from '../bundle/plan.js';

// Mirrors contract.ts (kept here so this file has no import cycle with it).
const MAX_TAG = 200;
const MAX_QUERY = 2_000;
const MAX_IDS = 100_000;
// A bundle dropped on the browser shell's page travels as base64 in one call: 64 MB of bundle.
const MAX_BUNDLE_BASE64 = Math.ceil((64 * 1_048_576 * 4) / 3) + 4;

/** A bundle on disk (CLI, desktop grant, browser shell --import-dir) or dropped on the page. */
export type BundleSource = { path: string } | { file: DroppedFile };
/** Which clips to export: all (nothing given), or those with any of the tags, matching the query, … */
export type BundleSelection = { tags?: string[]; query?: string; savedSearchId?: string; clipIds?: string[] };

export type BundleExportResult = { path: string; bundleId: string; bytes: number; counts: BundleCounts; ms: number };
export type BundleImportResult = {
  plan: MergePlan;
  /** False when the bundle would change nothing (already merged). */
  applied: boolean;
  /** The backup taken just before the merge (restorable like any other). */
  backup: string | null;
  change: Change | null;
};

export type BundleCalls = {
  exportBundle: { in: { path: string; selection: BundleSelection; analyst?: string; overwrite?: boolean }; out: BundleExportResult };
  inspectBundle: { in: { source: BundleSource; choice?: MergeChoice }; out: MergePlan };
  importBundle: { in: { source: BundleSource; choice?: MergeChoice }; out: BundleImportResult };
  /** Settles a note conflict in the reader: `take` makes that version the note; either way it leaves the conflict list. One undo. */
  resolveNoteConflict: { in: { clipId: string; value: string; take: boolean }; out: Change };
  /** Bundles the OS asked the desktop app to open (double-click, "Open with"); always [] elsewhere. */
  openedBundles: { in: void; out: string[] };
};

const id = z.string().min(1).max(200);
const noArgs = z.union([z.undefined(), z.null(), z.object({}).strict()]).transform((): void => undefined);
const path = z.string().min(1).max(4_096);
const source = z.union([
  z.object({ path }).strict(),
  z.object({ file: z.object({ name: z.string().min(1).max(1_000), bytes: z.string().max(MAX_BUNDLE_BASE64) }).strict() }).strict(),
]);
const choice = z
  .object({
    skipClips: z.array(id).max(MAX_IDS),
    keepTagSpellings: z.array(z.string().min(1).max(MAX_TAG)).max(MAX_IDS),
    notes: z.record(id, z.enum(['both', 'local', 'incoming'])),
  })
  .partial()
  .strict();

export const BUNDLE_INPUTS: { [K in keyof BundleCalls]: z.ZodType<BundleCalls[K]['in'], unknown> } = {
  exportBundle: z
    .object({
      path,
      selection: z
        .object({ tags: z.array(z.string().trim().min(1).max(MAX_TAG)).max(200), query: z.string().max(MAX_QUERY), savedSearchId: id, clipIds: z.array(id).max(MAX_IDS) })
        .partial()
        .strict(),
      analyst: z.string().trim().min(1).max(200).optional(),
      overwrite: z.boolean().optional(),
    })
    .strict(),
  inspectBundle: z.object({ source, choice: choice.optional() }).strict(),
  importBundle: z.object({ source, choice: choice.optional() }).strict(),
  resolveNoteConflict: z.object({ clipId: id, value: z.string().max(100_000), take: z.boolean() }).strict(),
  openedBundles: noArgs,
};
