// A Russian description that is no office (парламентарий, предприниматель, писатель, автор, or any
// agent noun the lists lack: градоначальник), alone
// after a cue, means the person the story named last before the quote, within two paragraphs,
// whatever office it gave them (or, with no name outside quotes there, who spoke last); a
// commentator (эксперт, аналитик) means only who spoke last. Pure: no DOM, no Node. Never reads inside quotes.
import { tokAt, type Ctx } from './context.js';
import { nameGender, type Gender } from './gender.js';
import { isRuOrgNoun, ruAgentNoun, ruPersonNounAtEnd, RU_BODY_SUBJECT, RU_COMMENTATORS, RU_EPITHETS, RU_GIVEN_NAMES, RU_PREPS } from './lexicon-ru.js';
import { ruDativeName } from './ru-nominative.js';
import type { SpeakerRef } from './speaker-ref.js';

const INSTRUMENTAL = /(?:ом|ем|ым|им|ой|ей)$/u;
// How many words an epithet and its complement may have (автор открытого письма).
const EPITHET_WORDS = 3;
// How many paragraphs before the quote's own the person may have been named.
const EPITHET_BLOCKS = 1;

/** The name the story wrote last before `pos` (a capitalised pair outside quotes, not after a
 * preposition, not dative, agreeing with the cue's gender) when `ref` is a bare epithet; else null. */
export function ruEpithetName(ctx: Ctx, ref: SpeakerRef, pos: number, g: Gender | null): string | null {
  const head = ctx.toks[ref.from]?.f ?? '';
  if (ctx.lang !== 'ru' || ref.kind !== 'title' || !(RU_EPITHETS.has(head) || RU_COMMENTATORS.has(head) || ruAgentNoun(head) || (ref.to - ref.from === 1 && ruPersonNounAtEnd(head)))) return null;
  const { toks } = ctx;
  // "Ветеран футбола", "автор статьи": what follows the epithet is a lower-case complement at most.
  // (An agent noun's complement may be a body's name: создатель Facebook.)
  if (ref.to - ref.from > EPITHET_WORDS || toks.slice(ref.from + 1, ref.to).some((t) => !t.word || (t.cap && !ruAgentNoun(head)))) return null;
  const q = tokAt(toks, pos);
  const minBlock = (ctx.blockOf[q] ?? 0) - EPITHET_BLOCKS;
  if (RU_COMMENTATORS.has(head)) return lastSpeaker(ctx, q, minBlock, g);
  return ruLastNamed(ctx, q, minBlock, g) ?? lastSpeaker(ctx, q, minBlock, g);
}

/** The name the story wrote last before token `q`, from paragraph `minBlock` on: a capitalised
 * pair outside quotes, not after a preposition, not dative or instrumental, agreeing with `g`; or a
 * surname alone the story already gave a person. Null when there is none. */
export function ruLastNamed(ctx: Ctx, q: number, minBlock: number, g: Gender | null): string | null {
  const { toks } = ctx;
  for (let k = q - 1; k > 0 && (ctx.blockOf[k] ?? 0) >= minBlock; k--) {
    const t = toks[k]!;
    const p = toks[k - 1]!;
    // Not a word in Latin letters: Russian news writes people in Cyrillic (The Outsider is a book).
    if (ctx.inQuote[k] || !t.word || !t.cap || t.raw === t.raw.toUpperCase() || isRuOrgNoun(t.f) || /^[A-Za-z]/u.test(t.raw)) continue;
    // "Навальный подчеркнул": a surname alone that the story already gave a person.
    // (Not a body with its country: МИД России, Минфин США.)
    const pair = !ctx.inQuote[k - 1] && p.word && p.cap && ctx.sentStart[k] !== k && !isRuOrgNoun(p.f) && p.raw !== p.raw.toUpperCase() && !RU_BODY_SUBJECT.test(p.f);
    if (!pair) {
      if (ctx.resolver.knows(t.f) && !RU_PREPS.has(p.f)) return t.raw;
      continue;
    }
    // Only a whole capitalised run: "Москвы Сергеем" is a piece of "мэра Москвы Сергеем Собяниным".
    if (RU_PREPS.has(toks[k - 2]?.f ?? '') || (toks[k + 1]?.word && toks[k + 1]!.cap)) continue;
    const name = ctx.body.slice(p.start, t.end);
    // "с врио мэра Сергеем Собяниным": a name in the instrumental or dative is no one's subject.
    if (ruDativeName(name) || [p, t].every((w) => INSTRUMENTAL.test(w.f))) continue;
    const own = nameGender('ru', name, null);
    if (g && own && own !== g) continue;
    return name;
  }
  return null;
}

/** "Иван Сомов возглавил комиссию. «…», — сказал он": the last sentence between tokens `from` and
 * `q` that opens with a full name in the nominative (a listed given name, then a capitalised word),
 * or a known surname alone, outside quotes, agreeing with `g`: that sentence's subject, whom a pronoun after it means. Returns
 * the name and the character offset where it starts, or null. */
export function ruSubjectName(ctx: Ctx, q: number, from: number, g: Gender | null): { name: string; at: number } | null {
  const { toks } = ctx;
  for (let k = q - 1; k >= Math.max(0, from); k--) {
    const t = toks[k]!;
    const n = toks[k + 1];
    if (ctx.sentStart[k] !== k || ctx.inQuote[k] || !t.word || !t.cap) continue;
    // (Or a surname alone that the story already gave a person: Лунин встретился с …)
    if (ctx.resolver.knows(t.f) && !(n?.word && n.cap)) return { name: t.raw, at: t.start };
    if (!RU_GIVEN_NAMES.has(t.f) || !n?.word || !n.cap || ctx.inQuote[k + 1]) continue;
    // (A double surname or a patronymic may follow: Иван Петрович Сомов.)
    const e = toks[k + 2]?.word && toks[k + 2]!.cap ? k + 3 : k + 2;
    const name = ctx.body.slice(t.start, toks[e - 1]!.end);
    const own = nameGender('ru', name, null);
    if (g && own && own !== g) continue;
    return { name, at: t.start };
  }
  return null;
}

/** "Анна Котова и Петр Лунин подписали … «…», — заявила Котова": the earlier full name (a listed
 * given name, then the surname as written) of a surname alone the story has given no one yet. */
export function ruFullNameFor(ctx: Ctx, ref: SpeakerRef): string | null {
  const { toks } = ctx;
  if (ctx.lang !== 'ru' || ref.kind !== 'name' || /\s/u.test(ref.text.trim()) || ctx.resolver.knows(toks[ref.from]?.f ?? '')) return null;
  const sur = ref.text.trim();
  for (let k = ref.from - 1; k > 0; k--) {
    const given = toks[k - 1]!;
    if (ctx.inQuote[k] || toks[k]!.raw !== sur || ctx.inQuote[k - 1] || !given.word || !RU_GIVEN_NAMES.has(given.f)) continue;
    return `${given.raw} ${sur}`;
  }
  return null;
}

/** The person who spoke last, within the same reach, when the story named nobody outside quotes
 * there (his words filled the paragraphs before: "Как указал эксперт, …"). */
function lastSpeaker(ctx: Ctx, q: number, minBlock: number, g: Gender | null): string | null {
  const last = ctx.last;
  if (!last || last.ref.kind !== 'name' || (ctx.blockOf[tokAt(ctx.toks, last.pos)] ?? -1) < minBlock || tokAt(ctx.toks, last.pos) > q) return null;
  const p = ctx.resolver.resolve(last.ref, last.pos).person;
  if (!p || p.org || (g && p.gender && p.gender !== g)) return null;
  return p.name;
}
