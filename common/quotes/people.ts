// Person candidates for the people registry, from one article's quotes: each speaker once, with
// every alias the article used and how many quotes they have. Pure: no DOM, no Node. Titles stay
// out of aliases (a title is not a name) unless no name was ever given.
import { foldKey } from '../text/normalize.js';
import type { PersonCandidate, Quote } from './types.js';

export function extractPeople(quotes: Quote[]): PersonCandidate[] {
  const byKey = new Map<string, PersonCandidate>();
  for (const q of quotes) {
    if (!q.speaker || q.fromRelatedLink) continue;
    const key = foldKey(q.speaker);
    let p = byKey.get(key);
    if (!p) byKey.set(key, (p = { name: q.speaker, aliases: [], titles: [], quotes: 0 }));
    p.quotes++;
    for (const m of q.speakerMentions) if (!p.aliases.includes(m)) p.aliases.push(m);
  }
  return [...byKey.values()].sort((a, b) => b.quotes - a.quotes);
}
