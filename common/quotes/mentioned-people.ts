// Which of the library's people an article mentions by name or alias, in any spelling search
// accepts (hamza, tashkeel, case), with Arabic prefixes (و، ب، ال …), Russian case endings
// (Фиданом → Фидан) and in another script by the registry's surname skeletons: the speaker picker
// offers them right after the clip's own speakers. Pure.
import type { PersonView } from './views.js';
import { foldKey } from '../text/normalize.js';
import { nameKeys } from './transliterate.js';

/** Arabic conjunctions and prepositions glued to a word: وال، بال، لل، و، ف، ب، ل، ك. */
const AR_GLUE = /^(?:[وف]?(?:بال|كال|لل|ال|[بلك]))|^[وف]/u;

/** The forms a written word may stand for: itself, without glued particles, without case endings. */
function forms(word: string): string[] {
  const out = [word];
  if (/^\p{Script=Arabic}/u.test(word)) {
    const bare = word.replace(AR_GLUE, (m) => (m.endsWith('لل') || m.endsWith('ال') ? 'ال' : ''));
    if (bare.length >= 3) out.push(bare, bare.replace(/^ال/u, ''));
  } else if (word.length >= 5) {
    for (let cut = 1; cut <= 3 && word.length - cut >= 4; cut++) out.push(word.slice(0, -cut));
  }
  return out;
}

const words = (text: string): string[] => foldKey(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);

/** A surname's consonant skeleton in Latin letters (Фидан, فيدان, Fidan → ~vdn), when long enough to tell. */
const skeletons = (name: string): string[] => nameKeys(name).filter((k) => k.startsWith('~') && !k.includes('|'));

/** Words that may be names: all Arabic words, and Latin or Cyrillic ones written with a capital. */
const nameLike = (text: string): string[] => (text.match(/[\p{L}\p{M}]+/gu) ?? []).filter((w) => /^(?:\p{Script=Arabic}|\p{Lu})/u.test(w));

/** The people whose name or an alias the text writes: every word of it (each of 3 letters or more),
 *  or its surname in another script (Хаканом Фиданом names هاكان فيدان). */
export function mentionedPeople(text: string, people: readonly PersonView[]): PersonView[] {
  const seen = new Set<string>();
  for (const w of words(text)) for (const f of forms(w)) seen.add(f);
  const sounds = new Set<string>();
  for (const w of nameLike(text)) for (const f of forms(foldKey(w))) for (const k of skeletons(f)) sounds.add(k);
  const written = (name: string) => {
    const ws = words(name).filter((w) => w.length >= 3);
    return ws.length > 0 && ws.every((w) => seen.has(w) || seen.has(w.replace(/^ال/u, '')));
  };
  const heard = (name: string) => skeletons(name).some((k) => sounds.has(k));
  return people.filter((p) => [p.name, ...p.aliases].some((n) => written(n) || heard(n)));
}
