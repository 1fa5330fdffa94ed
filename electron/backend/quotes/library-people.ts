// The people registry over the whole library: every live clip's quotes (cached), with the
// analyst's decisions applied, filed under stored or derived people. Also each person's quotes,
// newest clip first, and the quotes no one is named for (the Unattributed group). A quote that a
// near-identical copy of the same story repeats (one near-duplicate group, same words) is listed
// and counted once, from the copy the analyst decided on, else one naming a speaker, else the
// newest. Speakers are filed in the order the library got their clips, so a person keeps the name
// the analyst saw first (a later article or bundle in another script adds an alias). Reads only.
import { entityKind } from '../../../common/quotes/entity-kind.js';
import { applyDecisions, type Decided } from '../../../common/quotes/decisions.js';
import type { Quote } from '../../../common/quotes/types.js';
import type { StoredClip } from '../../../common/library/schema.js';
import { Registry, type RegistryPerson } from '../../../common/quotes/registry.js';
import type { PersonQuote, PersonView } from '../../../common/quotes/views.js';
import type { ClipViews } from '../clip-views.js';
import type { LibraryStore } from '../store/library-store.js';
import type { QuoteCache } from './quote-cache.js';

export type LibraryPeople = {
  registry: Registry;
  quotes: Map<RegistryPerson, PersonQuote[]>;
  unattributed: PersonQuote[];
  /** People the engine found speaking as an organisation (in a quote the analyst did not correct). */
  organisations: Set<RegistryPerson>;
};

/** A clip's quotes as the analyst decided them, less dismissed ones and a related-links list's. */
function listedQuotes(clip: StoredClip, quotes: Quote[]): Quote[] {
  const decisions = clip.quoteDecisions ?? [];
  // Most clips carry no decision: their cached quotes are listed as they are, not copied.
  const decided = decisions.length > 0 ? applyDecisions(quotes, decisions).filter((q) => q.state !== 'dismissed') : quotes;
  return decided.filter((q) => !q.fromRelatedLink);
}

/** Indexes into `newestFirst`, in the order this library got the clips: a clip that came in a
 *  bundle counts from the bundle's merge (it keeps its older capture time), others from capture. */
function seenOrder(store: LibraryStore, newestFirst: readonly StoredClip[]): number[] {
  const merged = new Map(store.data.bundles.map((b) => [b.id, b.importedAt]));
  const seen = newestFirst.map((c) => (c.via !== undefined ? merged.get(c.via) : undefined) ?? c.capturedAt);
  return newestFirst.map((_, i) => newestFirst.length - 1 - i).sort((a, b) => (seen[a]! < seen[b]! ? -1 : seen[a]! > seen[b]! ? 1 : 0));
}

/** One story's words: the near-duplicate group and the quote's text, spaces evened out. */
const storyWords = (groupId: string, q: Quote): string => `${groupId}\u0000${q.text.replace(/\s+/gu, ' ').trim()}`;

/** For words a story's copies repeat, the copy whose attribution is listed (an index into `clips`):
 *  one the analyst decided on, else one that names a speaker, else the newest. So a speaker assigned
 *  in any copy takes the words out of Unattributed for all of them, and they are counted once. */
function copyWinners(clips: readonly StoredClip[], listed: Quote[][], named: (i: number, j: number) => RegistryPerson | null): Map<string, number> {
  const best = new Map<string, { i: number; score: number }>();
  for (const [i, clip] of clips.entries()) {
    if (clip.groupId === null) continue;
    for (const [j, q] of listed[i]!.entries()) {
      const state = (q as Partial<Decided>).state;
      const score = (state === 'corrected' || state === 'confirmed' ? 2 : 0) + (named(i, j) ? 1 : 0);
      const words = storyWords(clip.groupId, q);
      const had = best.get(words);
      if (!had || score > had.score) best.set(words, { i, score });
    }
  }
  return new Map([...best].map(([k, v]) => [k, v.i]));
}

export async function libraryPeople(store: LibraryStore, views: ClipViews, cache: QuoteCache): Promise<LibraryPeople> {
  const registry = new Registry(store.data.people);
  const quotes = new Map<RegistryPerson, PersonQuote[]>();
  const unattributed: PersonQuote[] = [];
  const organisations = new Set<RegistryPerson>();
  const clips = views.newestFirst();
  const listed: Quote[][] = [];
  for (const clip of clips) listed.push(listedQuotes(clip, await cache.quotes(clip)));
  // The registry names a derived person by the first form it files: the one this library saw first.
  const filed: (RegistryPerson | null)[][] = [];
  for (const i of seenOrder(store, clips)) filed[i] = listed[i]!.map((q) => (q.speaker ? registry.add({ speaker: q.speaker, mentions: q.speakerMentions }) : null));
  const named = (i: number, j: number): RegistryPerson | null => {
    const p = filed[i]![j];
    return p && !p.notSpeaker ? p : null;
  };
  const winners = copyWinners(clips, listed, named);
  // Who said these words in this story already: group id, speaker and the words.
  const seen = new Set<string>();
  for (const [i, clip] of clips.entries()) {
    for (const [j, q] of listed[i]!.entries()) {
      const person = named(i, j);
      if (clip.groupId !== null) {
        const words = storyWords(clip.groupId, q);
        if (winners.get(words) !== i) continue;
        const key = `${words}\u0000${person?.id ?? ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
      }
      if (person && q.speakerIsOrganisation && (q as Partial<Decided>).state !== 'corrected') organisations.add(person);
      const list = person ? (quotes.get(person) ?? []) : unattributed;
      list.push({
        clipId: clip.id,
        clipTitle: clip.title,
        lang: clip.lang,
        date: clip.publishedAt ?? clip.capturedAt,
        kind: q.kind,
        field: q.field,
        text: q.text,
        start: q.start,
        end: q.end,
        cue: q.cue,
        via: q.via,
      });
      if (person) quotes.set(person, list);
    }
  }
  // Newest first by the clip's own date; within a clip, reading order (the sort is stable).
  for (const list of [...quotes.values(), unattributed]) list.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return { registry, quotes, unattributed, organisations };
}

export const personView = (lp: LibraryPeople, p: RegistryPerson): PersonView => ({
  id: p.id,
  name: p.name,
  aliases: [...p.aliases],
  quoteCount: lp.quotes.get(p)?.length ?? 0,
  kind: lp.organisations.has(p) ? 'organisation' : entityKind(p.name),
});
