// The people registry: the analyst's stored people (merges, alias edits) plus every speaker the
// articles name, matched by folded name or alias, so "الشيباني" in one clip and "أسعد الشيباني"
// in another are one person. Pure: no DOM, no Node. Unedited people are derived, never stored.
import type { StoredPerson } from '../library/schema.js';
import { foldKey } from '../text/normalize.js';
import { lookupKeys, nameKeys } from './transliterate.js';

export type RegistryPerson = { id: string; name: string; aliases: string[]; removed: Set<string>; stored: boolean; notSpeaker?: boolean };

/** One speaker occurrence: the name the quote resolved to and the other forms the article used. */
export type SpeakerUse = { speaker: string; mentions: string[] };

/** A derived person's id: stable for the same (folded) first name form. */
export function personId(name: string): string {
  let h = 0x811c9dc5;
  for (const ch of foldKey(name)) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return `p-${(h >>> 0).toString(36)}`;
}

/** A name's folded form, its words and its registry keys, worked out once per spelling. */
type NameInfo = { folded: string; words: string[]; lookup: string[]; index: string[] };

export class Registry {
  readonly people: RegistryPerson[] = [];
  private readonly byKey = new Map<string, RegistryPerson>();
  /** Each person's folded name and aliases, so filing a use does not fold every alias again. */
  private readonly folded = new Map<RegistryPerson, Set<string>>();
  // A library repeats a few thousand spellings in tens of thousands of quotes: folding and keying
  // each spelling once keeps the Speakers view on 5,000 clips under 1 s (`npm run bench -- --only quotes`).
  private readonly names = new Map<string, NameInfo>();
  /** Spellings already indexed: indexing one again never changes a key (the first owner keeps it). */
  private readonly indexed = new Set<string>();

  constructor(stored: readonly StoredPerson[]) {
    for (const s of stored) {
      const p = { id: s.id, name: s.name, aliases: [...s.aliases], removed: new Set(s.removedAliases.map((a) => foldKey(a))), stored: true, notSpeaker: s.notSpeaker === true };
      this.people.push(p);
      this.folded.set(p, new Set([p.name, ...p.aliases].map((n) => foldKey(n))));
      for (const n of [p.name, ...p.aliases]) this.index(n, p);
    }
  }

  private info(name: string): NameInfo {
    let i = this.names.get(name);
    if (!i) {
      const folded = foldKey(name);
      i = { folded, words: folded.split(/\s+/), lookup: lookupKeys(name), index: nameKeys(name) };
      this.names.set(name, i);
    }
    return i;
  }

  /** A mention is a name form of the speaker (a surname, a spelling) when it shares a word; titles don't. */
  private isNameForm(mention: string, speaker: string): boolean {
    const words = this.info(speaker).words.filter((w) => w.length > 1);
    return this.info(mention).words.some((w) => words.includes(w));
  }

  private index(name: string, p: RegistryPerson): void {
    if (this.indexed.has(name)) return;
    this.indexed.add(name);
    for (const k of this.info(name).index) if (!this.byKey.has(k)) this.byKey.set(k, p);
  }

  /** The person a name belongs to, if any (folded, then transliteration-tolerant). */
  find(name: string): RegistryPerson | undefined {
    for (const k of this.info(name).lookup) {
      const p = this.byKey.get(k);
      if (p) return p;
    }
    return undefined;
  }

  /** Files one speaker use under its person, creating a derived person the first time. */
  add(use: SpeakerUse): RegistryPerson {
    const forms = [use.speaker, ...use.mentions.filter((m) => m !== use.speaker && this.isNameForm(m, use.speaker))];
    let p: RegistryPerson | undefined;
    for (const f of forms) if ((p = this.find(f))) break;
    if (!p) {
      p = { id: personId(use.speaker), name: use.speaker, aliases: [], removed: new Set(), stored: false };
      this.people.push(p);
      this.folded.set(p, new Set([foldKey(p.name)]));
    }
    const known = this.folded.get(p)!;
    // The fullest form the articles give names an unedited person.
    if (!p.stored && use.speaker.length > p.name.length && this.isNameForm(p.name, use.speaker)) {
      p.aliases.push(p.name);
      p.name = use.speaker;
      known.add(this.info(p.name).folded);
    }
    for (const f of forms) {
      const k = this.info(f).folded;
      if (p.removed.has(k)) continue;
      if (!known.has(k)) {
        p.aliases.push(f);
        known.add(k);
      }
      this.index(f, p);
    }
    return p;
  }
}
