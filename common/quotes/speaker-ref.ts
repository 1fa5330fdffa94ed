// What a speaker phrase in the text turned out to be, before it is resolved against the article's
// people: a name (maybe with its title), a title alone, an organisation, an agency or a pronoun.
// Pure: no DOM, no Node.
import { INVISIBLE } from './tokens.js';

export type SpeakerRef =
  | { kind: 'name'; text: string; title: string | null; from: number; to: number }
  // outlet: an outlet named in brackets after its cue; issued: the subject of a statement it issued
  // (أصدر الاتحاد بيانا): each is its own evidence of being an organisation; relay: an outlet that
  // writes the words (— пишет The Guardian), which names nobody who spoke.
  | { kind: 'title' | 'org' | 'agency'; text: string; from: number; to: number; outlet?: boolean; issued?: boolean; relay?: boolean }
  | { kind: 'pronoun'; text: string; from: number; to: number };

/** Is this folded word part of a name the article has already given? `generation` grows whenever
 * the answer may change (a new name word learnt), so a reading made with it can be reused. */
export type KnownWords = ((f: string) => boolean) & { readonly generation?: number };

/** The kinds that name someone explicitly (not a pronoun or a carried-over speaker). */
export const EXPLICIT_KINDS: ReadonlySet<SpeakerRef['kind']> = new Set(['name', 'title', 'org', 'agency']);

/** Raw text of tokens [from, to) of `body`, as written. */
// (A speaker's name is shown without the invisible marks the tokenizer skips.)
export const spanText = (body: string, toks: { start: number; end: number }[], from: number, to: number): string =>
  to > from ? body.slice(toks[from]!.start, toks[to - 1]!.end).replace(INVISIBLE, '') : '';
