// The public shapes of quote detection: what goes in (one article) and what comes out (quotes and
// person candidates). Pure: no DOM, no Node. Offsets are UTF-16 units into the raw field named by
// `field` (the body, or the title for a title headline); `text` is always raw.slice(start, end).
import type { Block, Lang } from '../domain.js';

export type QuoteInput = { title: string; body: string; blocks: Block[]; lang: Lang };

export type QuoteKind = 'direct' | 'indirect' | 'headline';

export type Quote = {
  kind: QuoteKind;
  /** Which raw string `start`/`end` index: the body, or the title (a title headline only). */
  field: 'body' | 'title';
  /** The quoted or reported words without quote marks: exactly raw.slice(start, end). */
  text: string;
  start: number;
  end: number;
  /** The fullest name form the article gives, an organisation, or a title when no name is given. */
  speaker: string | null;
  /** Every form the article used for this speaker (الشيباني، أسعد الشيباني، وزير الخارجية السوري). */
  speakerMentions: string[];
  /** The verb or cue as written (وأضاف، said, — сказал), or ':' for a colon pattern. */
  cue: string | null;
  /** A relay source: the agency or outlet the words came through (سانا، Reuters, ТАСС). */
  via: string | null;
  /** 0–1: how sure the rules are; the analyst always confirms. */
  confidence: number;
  /** Set when the quote sits in a "read also" line, which is not part of the article. */
  fromRelatedLink?: boolean;
  /** Set when the engine knows the speaker is an organisation (a ministry, a party, an outlet named
   * in brackets) even where its name has no organisation word. */
  speakerIsOrganisation?: boolean;
};

/** A person (or organisation) candidate for the people registry, built from one article's quotes. */
export type PersonCandidate = { name: string; aliases: string[]; titles: string[]; quotes: number };
