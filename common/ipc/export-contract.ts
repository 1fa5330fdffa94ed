// The report calls of the contract (issue 7): a live preview, a cancellable export job with
// progress, and the host's save dialog. Types and payload schemas, spread into Calls and INPUTS
// by contract.ts. Pure: no DOM, no Node.
import { z } from 'zod';
import {
  REPORT_FORMATS,
  REPORT_ORDERS,
  type ExportProgress,
  type ExportResult,
  type ReportFormat,
  type ReportOptions,
  type ReportSelection,
} from '../export/types.js';
import type { AppError } from '../result.js';

// Mirrors contract.ts (kept here so this file has no import cycle with it).
const MAX_TAG = 200;
const MAX_QUERY = 2_000;
const MAX_TITLE = 1_000;
// A report of more clips than this is built from a tag or query, not from ids sent over IPC.
const MAX_REPORT_IDS = 5_000;

export type ReportInput = { selection: ReportSelection; options: ReportOptions };

export type ExportJobView = {
  jobId: string;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  progress: ExportProgress;
  result: ExportResult | null;
  error: AppError | null;
};

export type ExportCalls = {
  /** The HTML report of (at most the first PREVIEW_CLIPS of) the selection, for a sandboxed iframe; without embedded fonts (the app adds its own). */
  previewReport: { in: ReportInput; out: { html: string; clips: number; shown: number } };
  /** Starts writing the report to `path` (absolute); poll exportProgress. Refuses to replace a file unless `overwrite`. */
  startExport: { in: ReportInput & { format: ReportFormat; path: string; overwrite?: boolean }; out: ExportJobView };
  exportProgress: { in: { jobId: string }; out: ExportJobView };
  cancelExport: { in: { jobId: string }; out: ExportJobView };
  /**
   * The desktop app's save dialog (it asks before replacing a file). `supported: false` in the
   * browser shell: the renderer asks for a path in a text field instead.
   */
  chooseReportPath: { in: { defaultName: string; format: ReportFormat }; out: { supported: boolean; path: string | null } };
};

/** How many clips the live preview renders: enough to judge the layout, quick to redraw. */
export const PREVIEW_CLIPS = 20;

const id = z.string().min(1).max(200);
const tagName = z.string().trim().min(1).max(MAX_TAG);
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'a date is written YYYY-MM-DD').max(40).nullable();
const format = z.enum(REPORT_FORMATS);

const reportInput = z
  .object({
    selection: z
      .object({
        clipIds: z.array(id).max(MAX_REPORT_IDS),
        query: z.string().max(MAX_QUERY),
        tags: z.array(tagName).max(200),
        savedSearchId: id,
        from: isoDay,
        to: isoDay,
      })
      .partial()
      .strict(),
    options: z
      .object({
        title: z.string().max(MAX_TITLE).optional(),
        lang: z.enum(['ar', 'en', 'ru']),
        order: z.enum(REPORT_ORDERS),
        include: z
          .object({
            cover: z.boolean(),
            toc: z.boolean(),
            metadata: z.boolean(),
            text: z.enum(['full', 'highlights', 'none']),
            quotes: z.boolean(),
            notes: z.boolean(),
            speakers: z.boolean(),
            manifest: z.boolean(),
          })
          .strict(),
      })
      .strict(),
  })
  .strict();

export const EXPORT_INPUTS: { [K in keyof ExportCalls]: z.ZodType<ExportCalls[K]['in'], unknown> } = {
  previewReport: reportInput,
  startExport: reportInput
    .extend({ format, path: z.string().min(1).max(4_096), overwrite: z.boolean().optional() })
    .strict(),
  exportProgress: z.object({ jobId: id }).strict(),
  cancelExport: z.object({ jobId: id }).strict(),
  chooseReportPath: z.object({ defaultName: z.string().min(1).max(300), format }).strict(),
};
