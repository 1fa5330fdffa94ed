// The shape a quotes-cache.jsonl line must have before its quotes are served: a line edited by
// hand or damaged on disk fails here and its clip is detected again, instead of reaching the
// views as a quote whose text is a number. Extra fields pass (a newer engine may add some).
import { z } from 'zod';
import type { Quote } from '../../../common/quotes/index.js';

const OFFSET = z.number().int().nonnegative();

const QUOTE = z
  .looseObject({
    kind: z.enum(['direct', 'indirect', 'headline']),
    field: z.enum(['body', 'title']),
    text: z.string(),
    start: OFFSET,
    end: OFFSET,
    speaker: z.string().nullable(),
    speakerMentions: z.array(z.string()),
    cue: z.string().nullable(),
    via: z.string().nullable(),
    confidence: z.number().min(0).max(1),
    fromRelatedLink: z.boolean().optional(),
  })
  .refine((q) => q.start <= q.end && q.end - q.start === q.text.length, 'offsets do not span the text');

const ENTRY = z.tuple([z.string().min(1), z.array(QUOTE)]);

/** The entry when it is well formed, else null. */
export const validQuoteEntry = (row: unknown): [string, Quote[]] | null => {
  const r = ENTRY.safeParse(row);
  return r.success ? (r.data as [string, Quote[]]) : null;
};
