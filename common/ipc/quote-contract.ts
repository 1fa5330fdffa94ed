// The quote and people calls of the contract (issue 5): their input/output types and payload
// schemas, spread into Calls and INPUTS by contract.ts. Pure: no DOM, no Node.
import { z } from 'zod';
import type { PersonQuote, PersonView, QuoteDecision, QuoteView } from '../quotes/views.js';

const MAX_NAME = 300;
const MAX_PAGE = 500;

export type QuoteCalls = {
  /** The clip's quotes in reading order (title headline first), each with the analyst's decision. */
  getQuotes: { in: { id: string }; out: QuoteView[] };
  /** Kept as an annotation keyed by field, start, end and text; the clip's text is never edited. */
  decideQuote: {
    in: { clipId: string; field?: 'body' | 'title'; start: number; end: number; text: string; decision: QuoteDecision };
    out: QuoteView;
  };
  /** Every quote of one person in the clip gets the new speaker at once; answers the clip's quotes. */
  reattributeInClip: { in: { clipId: string; personId: string; speaker: string }; out: QuoteView[] };
  listPeople: { in: void; out: PersonView[] };
  /** One person's quotes across the library, newest clip first. */
  personQuotes: { in: { id: string; offset?: number; limit?: number }; out: { person: PersonView; quotes: PersonQuote[]; total: number } };
  mergePeople: { in: { from: string; into: string }; out: PersonView };
  addAlias: { in: { id: string; alias: string }; out: PersonView };
  removeAlias: { in: { id: string; alias: string }; out: PersonView };
  /** The person's shown name; the old name stays an alias so the articles still match it. */
  renamePerson: { in: { id: string; name: string }; out: PersonView };
  /** The entry is not a speaker (a stray word the engine took for a name): its quotes become unattributed. */
  markNotSpeaker: { in: { id: string }; out: { id: string } };
  /** Takes back the newest action when it is a speaker edit (the app's history, as Ctrl+Z); answers how many speaker edits are left. */
  undoSpeakerEdit: { in: void; out: { undone: boolean; left: number } };
};

const id = z.string().min(1).max(200);
const name = z.string().trim().min(1).max(MAX_NAME);
const offset = z.number().int().min(0);
const noArgs = z
  .union([z.undefined(), z.null(), z.object({}).strict()])
  .transform((): void => undefined);

export const QUOTE_INPUTS: { [K in keyof QuoteCalls]: z.ZodType<QuoteCalls[K]['in'], unknown> } = {
  getQuotes: z.object({ id }).strict(),
  decideQuote: z
    .object({
      clipId: id,
      field: z.enum(['body', 'title']).optional(),
      start: offset,
      end: offset,
      text: z.string().max(1_000_000),
      decision: z.union([z.literal('confirm'), z.literal('dismiss'), z.object({ speaker: name }).strict()]),
    })
    .strict()
    .refine((v) => v.end > v.start, 'end must be after start'),
  reattributeInClip: z.object({ clipId: id, personId: id, speaker: name }).strict(),
  listPeople: noArgs,
  personQuotes: z.object({ id, offset: offset.optional(), limit: z.number().int().min(1).max(MAX_PAGE).optional() }).strict(),
  mergePeople: z.object({ from: id, into: id }).strict().refine((v) => v.from !== v.into, 'a person cannot merge into itself'),
  addAlias: z.object({ id, alias: name }).strict(),
  removeAlias: z.object({ id, alias: name }).strict(),
  renamePerson: z.object({ id, name }).strict(),
  markNotSpeaker: z.object({ id }).strict(),
  undoSpeakerEdit: noArgs,
};
