// The small-chart calls of the contract (issue 14): weekly counts behind the sidebar's sparklines
// (every tag and watchlist), and shares of clips by source and language for what the list shows.
// Spread into Calls and INPUTS by contract.ts. Pure: no DOM, no Node.
import { z } from 'zod';
import type { Lang } from '../domain.js';
import type { SearchFilters } from '../search/types.js';

// Mirrors contract.ts (kept here so this file has no import cycle with it).
const MAX_QUERY = 2_000;
const MAX_NAME = 1_000;

/** Clips per week, oldest week first; `weeks` are the weeks' Monday starts. */
export type Sparklines = {
  weeks: string[];
  tags: { name: string; counts: number[] }[];
  saved: { id: string; counts: number[] }[];
};

/** Shares of what the list shows; a clip with no source counts under ''. */
export type ViewShares = {
  total: number;
  sources: { key: string; count: number }[];
  langs: { key: Lang; count: number }[];
};

export type ChartCalls = {
  /** The weeks up to the newest clip's week; tag counts include tags under it, as the sidebar does. */
  sparklines: { in: void; out: Sparklines };
  /** No query: every clip (under the filters); with one: its hits, however many pages. */
  viewShares: { in: { query?: string; filters?: SearchFilters }; out: ViewShares };
};

export const CHART_INPUTS: { [K in keyof ChartCalls]: z.ZodType<ChartCalls[K]['in'], unknown> } = {
  sparklines: z
    .union([z.undefined(), z.null(), z.object({}).strict()])
    .transform((): void => undefined),
  viewShares: z
    .object({
      query: z.string().max(MAX_QUERY).optional(),
      filters: z.object({ tag: z.string().trim().min(1).max(200), source: z.string().min(1).max(MAX_NAME) }).partial().strict().optional(),
    })
    .strict(),
};
