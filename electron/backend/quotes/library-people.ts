// The people registry over the whole library: every live clip's quotes (cached), with the
// analyst's decisions applied, filed under stored or derived people. Also each person's quotes,
// newest clip first. Reads only; edits go through people-edits.ts.
import { applyDecisions } from '../../../common/quotes/decisions.js';
import { Registry, type RegistryPerson } from '../../../common/quotes/registry.js';
import type { PersonQuote, PersonView } from '../../../common/quotes/views.js';
import type { ClipViews } from '../clip-views.js';
import type { LibraryStore } from '../store/library-store.js';
import type { QuoteCache } from './quote-cache.js';

export type LibraryPeople = { registry: Registry; quotes: Map<RegistryPerson, PersonQuote[]> };

export async function libraryPeople(store: LibraryStore, views: ClipViews, cache: QuoteCache): Promise<LibraryPeople> {
  const registry = new Registry(store.data.people);
  const quotes = new Map<RegistryPerson, PersonQuote[]>();
  for (const clip of views.newestFirst()) {
    const decided = applyDecisions(await cache.quotes(clip), clip.quoteDecisions ?? []);
    for (const q of decided) {
      if (!q.speaker || q.state === 'dismissed' || q.fromRelatedLink) continue;
      const p = registry.add({ speaker: q.speaker, mentions: q.speakerMentions });
      const list = quotes.get(p) ?? [];
      list.push({
        clipId: clip.id,
        clipTitle: clip.title,
        date: clip.publishedAt ?? clip.capturedAt,
        kind: q.kind,
        field: q.field,
        text: q.text,
        start: q.start,
        end: q.end,
        cue: q.cue,
        via: q.via,
      });
      quotes.set(p, list);
    }
  }
  // Newest first by the clip's own date; within a clip, reading order (the sort is stable).
  for (const list of quotes.values()) list.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return { registry, quotes };
}

export const personView = (lp: LibraryPeople, p: RegistryPerson): PersonView => ({
  id: p.id,
  name: p.name,
  aliases: [...p.aliases],
  quoteCount: lp.quotes.get(p)?.length ?? 0,
});
