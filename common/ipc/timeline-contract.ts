// The timeline call of the contract (issue 14): clips per day, week or month for what the list
// shows (a query and/or the sidebar's tag or source). Spread into Calls and INPUTS by
// contract.ts. Pure: no DOM, no Node.
import { z } from 'zod';
import type { SearchFilters } from '../search/types.js';
import type { Timeline } from '../view/timeline.js';

// Mirrors contract.ts (kept here so this file has no import cycle with it).
const MAX_QUERY = 2_000;
const MAX_NAME = 1_000;

export type TimelineCalls = {
  /** No query: every clip (under the filters); with one: its hits, however many pages. */
  timeline: { in: { query?: string; filters?: SearchFilters }; out: Timeline };
};

export const TIMELINE_INPUTS: { [K in keyof TimelineCalls]: z.ZodType<TimelineCalls[K]['in'], unknown> } = {
  timeline: z
    .object({
      query: z.string().max(MAX_QUERY).optional(),
      filters: z.object({ tag: z.string().trim().min(1).max(200), source: z.string().min(1).max(MAX_NAME) }).partial().strict().optional(),
    })
    .strict(),
};
