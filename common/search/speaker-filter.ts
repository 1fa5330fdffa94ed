// What `speaker:NAME` asks for: the name keys of NAME and, when NAME belongs to a person in the
// analyst's registry, of that person's name and aliases; and whether a detected quote's speaker
// is that person. Alias- and spelling-tolerant through the registry's own keys (folded names and
// the Latin consonant skeleton that makes لافروف, Lavrov and Лавров meet). Pure: no DOM, no Node.
// It decides on names only: which clips to look at is the caller's business.
import type { StoredPerson } from '../library/schema.js';
import { Registry } from '../quotes/registry.js';
import { lookupKeys, nameKeys } from '../quotes/transliterate.js';
import { foldKey } from '../text/normalize.js';

export type SpeakerQuery = {
  /** The forms the value stands for: itself, then the registry person's name and aliases. */
  forms: string[];
  /** lookupKeys of every form (matched against the nameKeys of a quote's speaker). */
  keys: Set<string>;
  /** Folded words of each form (a one-word value matches a speaker whose name holds that word). */
  words: string[][];
};

const wordsOf = (s: string): string[] => foldKey(s).split(/\s+/).filter((w) => w.length > 1);
/** A word without the Arabic article, so الشيباني and شيباني are one surname. */
const bare = (w: string): string => (w.startsWith('ال') && w.length > 4 ? w.slice(2) : w);

export function speakerQuery(value: string, people: readonly StoredPerson[]): SpeakerQuery {
  const p = new Registry(people).find(value);
  const forms = [value, ...(p ? [p.name, ...p.aliases] : [])];
  return { forms, keys: new Set(forms.flatMap(lookupKeys)), words: forms.map((f) => wordsOf(f).map(bare)) };
}

/** A mention is a name form of the speaker when it shares a word with it (titles do not). */
function isNameForm(mention: string, speaker: string): boolean {
  const ws = new Set(wordsOf(speaker));
  return wordsOf(mention).some((w) => ws.has(w));
}

/** Is the quote by the person `q` names? `speaker` is the quote's speaker, `mentions` the article's forms of it. */
export function speakerMatches(q: SpeakerQuery, speaker: string, mentions: readonly string[]): boolean {
  const forms = [speaker, ...mentions.filter((m) => m !== speaker && isNameForm(m, speaker))];
  for (const f of forms) {
    if (nameKeys(f).some((k) => q.keys.has(k))) return true;
    const ws = new Set(wordsOf(f).map(bare));
    if (q.words.some((qw) => qw.length > 0 && qw.every((w) => ws.has(w)))) return true;
  }
  return false;
}
