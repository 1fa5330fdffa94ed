// Settles the speaker of one detection in reading order: records explicit speakers (names, titles,
// organisations) with the resolver and the running history, and replaces a pronoun or a pro-drop
// cue (he said, وأضافت، добавила она) by the nearest prior speaker whose gender and kind fit.
// Pure: no DOM, no Node. Never reads ahead of `pos`; never invents a name the article lacks.
import { foldKey } from '../text/normalize.js';
import { admit, enGroup, NONE } from './admit.js';
import { tokAt, type Ctx } from './context.js';
import { arTitleGender, cueGender, cuePlural, nameGender, type Gender } from './gender.js';
import { EN_CUES, EN_ORG_HEADS, EN_STOP, EN_TITLES } from './lexicon-en.js';
import type { Person } from './speaker-resolver.js';
import { AR_COMPLEMENTISERS, AR_FRESH_HEADS, AR_HONORIFIC_OF, AR_HONORIFICS, AR_STOPS, isTopicHead } from './lexicon-ar.js';
import { RU_SOURCE_HEADS, RU_SUBORDINATORS } from './lexicon-ru.js';
import { ruDativeName } from './ru-nominative.js';
import { EXPLICIT_KINDS as EXPLICIT, type SpeakerRef } from './speaker-ref.js';
import { stripConj } from './tokens.js';
import { arRecentSubject, latestStatementIssuer } from './pro-drop-ar.js';
import { arFullNameFor } from './name-around-ar.js';
import { enGenericOrg } from './org-head-en.js';
import { ruEpithetName, ruFullNameFor, ruLastNamed, ruSubjectName } from './epithet-ru.js';
import { ruBodyOwner } from './body-owner-ru.js';
import { ruCurrentSpeaker } from './current-speaker-ru.js';
import { headlineHolder } from './headline-holder.js';

const INDEFINITE_EN = new Set(['a', 'an', 'one', 'another']);
// Anonymous heads: an indefinite "مصدر مسؤول", "a State Department spokesperson", "Источник в …" is a
// new speaker, never a person named earlier under a similar title.
const FRESH_ANON_HEADS = new Set([...AR_FRESH_HEADS, ...RU_SOURCE_HEADS]);
// Words after which an English capitalised pair is a place or an employer, not a person.
const NOT_SUBJECT_BEFORE = new Set([...EN_STOP, 'the', 'a', 'an']);

/** A title that introduces someone new: "a senior official", "مسؤول في الأمم المتحدة", "Источник в МИД". */
function freshTitle(ctx: Ctx, ref: SpeakerRef): boolean {
  if (ref.kind !== 'title') return false;
  // The article may sit inside the phrase's span (said a spokesman: from is "a") or just before it.
  if (ctx.lang === 'en') return [ref.from - 1, ref.from].some((k) => INDEFINITE_EN.has(ctx.toks[k]?.f ?? '')) || /^(?:an?|one)\s/i.test(ref.text);
  const first = (ref.text.match(/[\p{L}-]+/gu) ?? [])[0]?.toLowerCase() ?? '';
  const folded = ctx.toks[ref.from]?.f ?? first;
  return FRESH_ANON_HEADS.has(folded) && ref.text.trim().includes(' ');
}

/** BBC-style lede: "The leader of X Council has warned …" then "Priya Chandran told the BBC …". */
function ledeName(ctx: Ctx, ref: SpeakerRef, pos: number): void {
  if (ctx.lang !== 'en' || ref.kind !== 'name' || ref.title || !ctx.last || ctx.last.ref.kind !== 'title') return;
  const prev = ctx.last.ref;
  if (ctx.toks[prev.from - 1]?.f !== 'the') return;
  const pb = ctx.blockOf[tokAt(ctx.toks, ctx.last.pos)] ?? -1;
  const nb = ctx.blockOf[tokAt(ctx.toks, pos)] ?? -1;
  if (nb - pb > 1 || ctx.resolver.people.some((p) => !p.org && p.name !== prev.text && p.pos.some((x) => x > ctx.last!.pos && x < pos))) return;
  const named = ctx.resolver.people.find((p) => p.aliases.has(ref.text));
  if (named && named.titles.length === 0) ctx.resolver.absorbTitle(prev.text, named);
}

export function settle(ctx: Ctx, read: SpeakerRef | null, pos: number, related: boolean, cue: string | null): SpeakerRef | null {
  const { resolver } = ctx;
  // "— говорится в сообщении ведомства", "в пресс-службе компании": the body of that kind named last.
  const owner = ctx.lang === 'ru' && read?.kind === 'org' ? ruBodyOwner(ctx, read.text, pos) : null;
  if (owner) read = { kind: 'org', text: owner.name, from: read!.from, to: read!.to };
  // Only an entity speaks: a phrase that is none leaves the cue pro-drop (its subject carried over).
  const admitted = read && EXPLICIT.has(read.kind) ? admit(ctx, read, pos) : read;
  if (admitted === NONE) {
    if (!related) ctx.unnamed.push({ text: read!.text, pos });
    return null;
  }
  const ref = admitted;
  if (ref && EXPLICIT.has(ref.kind)) {
    let out = ref;
    let person: Person | null = null;
    const generic = enGenericOrg(ctx, ref, pos);
    if (generic === null) return null; // "the company said" with no company named: nobody
    if (generic) {
      generic.pos.push(pos);
      out = { kind: 'name', text: generic.name, title: null, from: ref.from, to: ref.to };
    } else if (ref.kind === 'name') {
      // "وقال عيد" after "وجّه أحمد بن عيد الحربي …": the longer name written before.
      // (So after "Анна Котова и Петр Лунин подписали …" does "— заявила Котова".)
      const full = ref.title ? null : ctx.lang === 'ar' ? arFullNameFor(ctx, ref) : ruFullNameFor(ctx, ref);
      if (full) out = { ...ref, text: full };
      person = resolver.addName(out.text, ref.title, pos);
    }
    else if (ref.kind === 'org' || ref.kind === 'agency') {
      const o = resolver.addName(out.text, null, pos, true);
      if (ref.kind === 'org' && ref.outlet) o.outlet = true;
    }
    else if (ctx.lang === 'en' && (freshTitle(ctx, ref) || unnamedAgain(ctx, ref) || ownedSpokes(ctx, ref))) {
      // "A spokeswoman for X said": someone nobody can name, so unattributed, and a "she added" after it too.
      if (!related) ctx.unnamed.push({ text: ref.text, pos });
      return null;
    } else if (freshTitle(ctx, ref)) {
      // A new anonymous speaker: kept as a person under its own description.
      person = resolver.addName(ref.text, ref.text, pos);
      out = { kind: 'name', text: ref.text, title: ref.text, from: ref.from, to: ref.to };
    } else {
      // A title the article never puts a name to (العاهل الأردني) is a speaker in its own right, so
      // a later "المسؤول" or "the official" can point back to it.
      // Russian "— отметил высокопоставленный дипломат", "— сказал министр" right after someone's
      // words: the one speaking is meant, when the office fits them at all.
      const current = ctx.lang === 'ru' ? ruCurrentSpeaker(ctx, ref, pos, cue) : null;
      if (current) out = { kind: 'name', text: current.name, title: null, from: ref.from, to: ref.to };
      const titled = current ?? resolver.byTitle(ref.text, pos);
      // Russian "Министр отметил" after a quote of Карпов's, who has no title: the speaker just
      // quoted is the one described, before someone whose office has another head (главный тренер).
      const described = titled && ctx.lang === 'ru' && !holdsHead(titled, ref.text) ? describedPerson(ctx, ref, pos, cue) : null;
      person = described ?? titled ?? describedPerson(ctx, ref, pos, cue) ?? epithetPerson(ctx, ref, pos, cue) ?? headlineHolder(ctx, ref, pos);
      if (person) person.pos.push(pos);
      else if (bareTitle(ref.text)) {
        // "Эксперт уверен", "the official said", «الوزير» with nobody of that office named: nobody.
        if (!related) ctx.unnamed.push({ text: ref.text, pos });
        return null;
      } else person = resolver.addName(ref.text, ref.text, pos);
    }
    if (person && !person.gender) {
      // (A relay's verb agrees with the relay, not with whom it quotes: ونقلت الوكالة عن X.)
      const own = relayCue(ctx, cue) ? null : cueGender(ctx.lang, cue);
      person.gender = nameGender(ctx.lang, ref.text, ref.kind === 'name' ? ref.title : null) ?? own ?? followingPronoun(ctx, ref) ?? undefined;
    }
    if (ref.kind === 'name') ledeName(ctx, ref, pos);
    if (!related) {
      ctx.last = { ref: out, pos };
      ctx.history.push({ ref: out, pos });
    }
    return out;
  }
  if (ref?.kind === 'pronoun' && (unnamedPronoun(ctx, ref.text) || spokesAntecedent(ctx, ref))) return null;
  // "Они ответили", "فأجابوا", "They answered": a plural is nobody carried over, unless it is the
  // organisation that spoke last.
  if ((ref === null || ref.kind === 'pronoun') && cuePlural(ctx.lang, ref?.kind === 'pronoun' ? ref.text : cue)) {
    const last = ctx.last && resolver.resolve(ctx.last.ref, pos).person;
    return last?.org ? ctx.last!.ref : null;
  }
  // "وأضاف البيان": the issuer of the statement written last, when it has one.
  const issuer = ref?.kind === 'pronoun' && ctx.lang === 'ar' && /^(?:البيان|بيانه)$/u.test(foldKey(ref.text)) ? latestStatementIssuer(ctx, ref.from) : null;
  const issued = issuer ? admit(ctx, issuer, pos) : null;
  if (issued && issued !== NONE && EXPLICIT.has(issued.kind)) return settle(ctx, issued, pos, related, cue);
  const bearer = ref?.kind === 'pronoun' ? honorificBearer(ctx, ref.text, pos) : null;
  if (bearer) {
    const out: SpeakerRef = { kind: 'name', text: bearer.name, title: null, from: ref!.from, to: ref!.to };
    if (!related) ctx.last = { ref: out, pos };
    return out;
  }
  // A pro-drop cue continues the subject its sentence (or the one before) opened with, when that
  // subject came after the last speaker ("وأبدى الحكم سعادته …، وقال:").
  const sub = ref === null ? arRecentSubject(ctx, pos, cue) : null;
  const subRef = sub && (!ctx.last || ctx.last.pos < ctx.toks[sub.tok]!.start) ? admit(ctx, sub.ref, pos) : null;
  if (subRef && subRef !== NONE && EXPLICIT.has(subRef.kind)) return settle(ctx, subRef, pos, related, cue);
  // A pro-drop cue right after an unnamed subject (قال مسؤول … وأضاف) goes on unattributed.
  // Unless someone was named with a title since (ومحاولات البعض … وبدا المسرحي X …، فيقول).
  const unnamed = ctx.unnamed[ctx.unnamed.length - 1];
  const namedSince = unnamed && resolver.people.some((p) => !p.org && p.titles.some((t) => t !== p.name) && p.pos.some((x) => x > unnamed.pos && x < pos));
  // So does "المصدر ذاته" (the same source), though it reads as a pronoun.
  const sameSource = ref?.kind === 'pronoun' && / (?:ذاته|نفسه|ذاتها|نفسها)$/u.test(foldKey(ref.text));
  if (unnamed && !namedSince && (ref?.kind !== 'pronoun' || sameSource) && (!ctx.last || ctx.last.pos < unnamed.pos)) return null;
  const g = (ref?.kind === 'pronoun' ? cueGender(ctx.lang, ref.text) : null) ?? cueGender(ctx.lang, cue);
  const picked = (ref === null ? sameSentenceSubject(ctx, pos, g) : null) ?? prior(ctx, pos, g, ref);
  if (picked) {
    const p = resolver.resolve(picked, pos).person ?? (picked.kind === 'name' ? resolver.addName(picked.text, null, pos) : null);
    if (p && g && !p.org && !p.gender) p.gender = g;
    if (!related && picked !== ctx.last?.ref) ctx.last = { ref: picked, pos };
    return picked;
  }
  // No speaker yet: "he said" / "وقال معاليه" right after the person was introduced without a cue.
  // Not someone inside a fronted topic of this sentence (وعن … اللاعب X قال): the one before it.
  const k = tokAt(ctx.toks, pos);
  const s0 = ctx.sentStart[Math.min(k, ctx.toks.length - 1)] ?? k;
  const upTo = ctx.lang === 'ar' && inFrontedTopic(ctx, s0, s0, k) ? ctx.toks[s0]!.start : pos;
  // (Someone the verb's gender rules out is not meant: "— заявила Котова. «…», — добавил он".)
  // Russian only, where the past tense shows it (-л, -ла); the name's own gender first, since one a
  // verb gave earlier may be a relay's (сообщила ТАСС).
  const rg = ctx.lang === 'ru' ? g : null;
  const agrees = (p: Person): boolean => !p.org && !(rg && (nameGender(ctx.lang, p.name, null) ?? p.gender) === (rg === 'm' ? 'f' : 'm'));
  const name = resolver.latestBefore(upTo, agrees)?.name ?? nearestName(ctx, upTo, ref?.kind === 'pronoun', rg);
  if (!name) {
    if (!related && ctx.history.length === 0 && ctx.unnamed.length === 0) ctx.orphans.add(pos);
    return null;
  }
  const p = resolver.addName(name, null, pos);
  if (g && !p.gender) p.gender = g;
  const out: SpeakerRef = { kind: 'name', text: name, title: null, from: 0, to: 0 };
  if (!related) ctx.last = { ref: out, pos };
  return out;
}

/** An Arabic verb by which an outlet relays someone's words (نقلت الوكالة عن X، نسبت الصحيفة إلى X). */
const relayCue = (ctx: Ctx, cue: string | null): boolean => ctx.lang === 'ar' && /^(?:نقل|نسب)/u.test(stripConj(foldKey(cue ?? '')));

const enHead = (title: string): string => (title.toLowerCase().split(/\s+(?:of|for|at|in|from|with)\s+/u)[0]!.match(/[\p{L}-]+/gu) ?? []).pop() ?? '';

/** "the official said" after "a senior official … said": the same unnamed person again (English),
 * unless the article names someone with that title in between. */
function unnamedAgain(ctx: Ctx, ref: SpeakerRef): boolean {
  if (ref.kind !== 'title' || ctx.toks[ref.from - 1]?.f !== 'the') return false;
  const head = enHead(ref.text);
  for (let i = ctx.unnamed.length - 1; i >= 0; i--) {
    const u = ctx.unnamed[i]!;
    if (enHead(u.text) !== head) continue;
    return !ctx.resolver.people.some((p) => !p.org && p.titles.some((t) => enHead(t) === head) && p.pos.some((x) => x > u.pos));
  }
  return indefiniteBefore(ctx, ref.from - 1, head);
}

/** Does token `j` open its sentence or clause (after punctuation, or after one opening word)? */
function opensClause(ctx: Ctx, j: number): boolean {
  const p = ctx.toks[j - 1];
  return !p || !p.word || ctx.sentStart[j] === j || ctx.sentStart[j - 1] === j - 1 || p.f === 'and' || p.f === 'but';
}

// How far before its head an indefinite article may stand ("an unnamed senior Cabinet minister").
const INDEFINITE_REACH = 4;

/** "Elsewhere an unnamed Cabinet minister attacked …. The minister told …": the last time the
 * story wrote this title head (outside quotes, within two paragraphs) it was an indefinite one with
 * no name after it. */
function indefiniteBefore(ctx: Ctx, from: number, head: string): boolean {
  const minBlock = (ctx.blockOf[from] ?? 0) - MENTION_BLOCKS;
  for (let k = from - 1; k >= 0 && (ctx.blockOf[k] ?? 0) >= minBlock; k--) {
    if (ctx.inQuote[k] || ctx.toks[k]!.f !== head) continue;
    if (ctx.toks[k + 1]?.word && ctx.toks[k + 1]!.cap) return false;
    for (let j = k - 1; j >= Math.max(0, k - INDEFINITE_REACH); j--) {
      const t = ctx.toks[j]!;
      if (!t.word || ctx.inQuote[j]) break;
      // Only a subject: "Elsewhere an unnamed minister", not "who became a minister".
      if (INDEFINITE_EN.has(t.f)) return opensClause(ctx, j);
      if (t.f === 'the' || EN_STOP.has(t.f)) break;
    }
    return false;
  }
  return false;
}

// Heads of someone who speaks for another: "his spokesman", "Mrs Hale's aide".
const EN_SPOKES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'aide']);
const EN_OWNERS = new Set(['his', 'her', 'their', 'its']);

/** "His official spokesman said", "said her spokeswoman", "Mrs Hale's spokesman said": a spokesperson
 * with an owner and no name of their own is someone nobody names (not the owner, not a person). */
function ownedSpokes(ctx: Ctx, ref: SpeakerRef): boolean {
  if (ref.kind !== 'title' || !EN_SPOKES.has(enHead(ref.text))) return false;
  return [ref.from - 1, ref.from].some((k) => EN_OWNERS.has(ctx.toks[k]?.f ?? '')) || /['’]s\s/u.test(ref.text);
}

// Spokesperson words and the pronoun each can be.
const EN_SPOKES_GENDER: Record<string, Gender | null> = { spokesman: 'm', spokeswoman: 'f', spokesperson: null };

/**
 * English "Mrs May's spokesman also made clear …. “…,” he said": the nearest one the pronoun can
 * mean, walking back within two paragraphs outside quotes, is a spokesperson nobody names (no known
 * person's name comes first), so the quote is unattributed.
 */
function spokesAntecedent(ctx: Ctx, ref: SpeakerRef): boolean {
  if (ctx.lang !== 'en' || !/^(?:he|she)$/iu.test(ref.text)) return false;
  const g = cueGender('en', ref.text);
  const minBlock = (ctx.blockOf[ref.from] ?? 0) - MENTION_BLOCKS;
  const known = new Set(ctx.resolver.people.filter((p) => !p.org).flatMap((p) => p.words));
  for (let k = ref.from - 1; k >= 0 && (ctx.blockOf[k] ?? 0) >= minBlock; k--) {
    const t = ctx.toks[k]!;
    if (ctx.inQuote[k] || !t.word) continue;
    if (t.f in EN_SPOKES_GENDER) {
      const sg = EN_SPOKES_GENDER[t.f];
      return !ctx.toks[k + 1]?.cap && !namedBefore(ctx, k, known) && (!sg || sg === g);
    }
    if (t.cap && !/['’]s$/u.test(t.raw) && known.has(t.f)) return false;
  }
  return false;
}

/** "John Smith, a spokesman for …": the spokesperson word at `k` is in apposition to a known name. */
function namedBefore(ctx: Ctx, k: number, known: Set<string>): boolean {
  let j = k - 1;
  if (/^(?:a|an|the)$/u.test(ctx.toks[j]?.f ?? '')) j--;
  const name = ctx.toks[j - 1];
  return ctx.toks[j]?.raw === ',' && !!name?.cap && known.has(name.f);
}

/** English "she said" right after "a spokeswoman for X said" (unnamed since the last speaker, gender fits) is hers. */
function unnamedPronoun(ctx: Ctx, pronoun: string): boolean {
  const u = ctx.unnamed[ctx.unnamed.length - 1];
  if (ctx.lang !== 'en' || !u || (ctx.last && ctx.last.pos > u.pos)) return false;
  // "Councillors said …" then "he told them": a group is never "he" or "she".
  if (enGroup(u.text)) return false;
  const g = cueGender('en', pronoun);
  const own = nameGender('en', '', u.text);
  return g !== null && (own === null || own === g);
}

/** Does one of `p`'s title words begin like the head (first word) of `title` (министр, министра)? */
function holdsHead(p: Person, title: string): boolean {
  const head = (foldKey(title).match(/[\p{L}-]+/gu) ?? [])[0] ?? '';
  const stem = head.slice(0, Math.max(4, head.length - 2));
  return p.titleWords.some((w) => w.startsWith(stem));
}

/** "— заявил парламентарий": the person an epithet means (epithet-ru.ts), who takes it as a title. */
function epithetPerson(ctx: Ctx, ref: SpeakerRef, pos: number, cue: string | null): Person | null {
  const name = ruEpithetName(ctx, ref, pos, cueGender(ctx.lang, cue));
  if (!name) return null;
  const p = ctx.resolver.addName(name, null, pos);
  ctx.resolver.absorbTitle(ref.text, p);
  return p;
}

const FORMER = /(?:^|\s)(?:السابق|السابقة|الأسبق|المتقاعد|المتقاعدة|former|retired|ex|бывш\p{L}*|отставн\p{L}*)(?:\s|$)/iu;
/** A title of one word (with its article at most): it names an office nobody in particular holds. */
const bareTitle = (text: string): boolean => (text.match(/[\p{L}\p{N}-]+/gu) ?? []).filter((w) => !/^(?:the|a|an)$/iu.test(w)).length === 1;

// How many paragraphs back a title alone may look for the person it describes.
const DESCRIBED_BLOCKS = 3;

/** A title that is only honorifics (الأمير، الشيخ، Mr), which names no office. */
function honorificOnly(ctx: Ctx, title: string): boolean {
  const ws = foldKey(title).match(/[\p{L}]+/gu) ?? [];
  if (ctx.lang === 'ar') return ws.every((w) => AR_HONORIFICS.has(w));
  return ws.every((w) => /^(?:mr|mrs|ms|dr|sir|lord|lady|dame|господин|госпожа)$/u.test(w));
}

/**
 * A definite title no registered office matches ("the party leader said", «وقال الرئيس العام»,
 * "сказал глава государства") describes someone already speaking in the story: the last explicit
 * speaker, within a few paragraphs, whose gender fits and whom the article gave no other office.
 * The title joins that person, so a later title alone finds them too. An indefinite, anonymous or
 * plural title (a source, analysts) never gets here or is refused.
 */
function describedPerson(ctx: Ctx, ref: SpeakerRef, pos: number, cue: string | null): Person | null {
  const { resolver } = ctx;
  if (ctx.lang === 'en' && /\b\p{L}+s\b(?!\s+(?:of|for|at)\b)/u.test(ref.text.split(/\s+(?:of|for|at|in)\s+/u)[0] ?? '')) return null;
  // (Or the verb's: "— заявила канцлер" is a woman, whatever the office's own gender.)
  const g = nameGender(ctx.lang, '', ref.text) ?? officeGender(ctx, ref.text) ?? cueGender(ctx.lang, cue);
  const minBlock = (ctx.blockOf[tokAt(ctx.toks, pos)] ?? 0) - DESCRIBED_BLOCKS;
  const latest = resolver.latestBefore(pos - 1);
  for (let i = ctx.history.length - 1; i >= 0; i--) {
    const h = ctx.history[i]!;
    if ((ctx.blockOf[tokAt(ctx.toks, h.pos)] ?? 0) < minBlock) return null;
    if (h.ref.kind !== 'name') continue;
    const p = resolver.resolve(h.ref, h.pos).person;
    if (!p || p.org || p.titles.includes(p.name) || (g && p.gender && p.gender !== g)) continue;
    // Someone the article gave another office is not described by this one (نائب الوزير ≠ المحافظ).
    // A former office (مدرب برشلونة السابق، the former minister) describes them whatever they are now.
    if (!FORMER.test(ref.text) && p.titles.some((t) => !honorificOnly(ctx, t))) return null;
    // Someone else named since that speaker (Президент Владимир Путин провел …) may be the one meant.
    if (latest && latest !== p && Math.max(...latest.pos.filter((x) => x < pos)) > Math.max(...p.pos.filter((x) => x < pos))) return null;
    resolver.absorbTitle(ref.text, p);
    return p;
  }
  return namedUntitled(ctx, ref, pos, minBlock, g);
}

/** "Иван Сомов провел совещание. «…», — сказал президент": in Russian, with nobody speaking yet,
 * the name written last before the quote (ruLastNamed), untitled, within reach. */
function namedUntitled(ctx: Ctx, ref: SpeakerRef, pos: number, minBlock: number, g: Gender | null): Person | null {
  if (ctx.lang !== 'ru' || ctx.history.some((h) => h.pos < pos)) return null;
  const name = ruLastNamed(ctx, tokAt(ctx.toks, pos), minBlock, g);
  const p = name ? ctx.resolver.addName(name, null, pos) : null;
  if (!p || p.org || p.titles.length > 0) return null;
  ctx.resolver.absorbTitle(ref.text, p);
  return p;
}

/** An Arabic office's own gender from its head word (المدير m, المديرة f), else null. */
function officeGender(ctx: Ctx, title: string): Gender | null {
  if (ctx.lang !== 'ar') return null;
  const head = stripConj(foldKey(title.split(/\s+/u)[0] ?? ''));
  return arTitleGender(head.replace(/^ال(?=\p{L}{3})/u, ''));
}

/** The person last written with the honorific a possessive honorific stands for, if any. */
function honorificBearer(ctx: Ctx, raw: string, pos: number): Person | null {
  const h = AR_HONORIFIC_OF.get(foldKey(raw));
  if (!h) return null;
  let best: Person | null = null;
  let at = -1;
  for (const p of ctx.resolver.people) {
    if (!p.honorifics?.includes(h)) continue;
    const x = Math.max(-1, ...p.pos.filter((q) => q <= pos));
    if (x > at) [best, at] = [p, x];
  }
  return best;
}

// How far after an English subject its own pronoun may come ("Tom Braddock said he would …").
const OWN_PRONOUN_REACH = 8;

/** "X said he/she …": the first personal pronoun right after the speaker, before any other name. */
function followingPronoun(ctx: Ctx, ref: SpeakerRef): Gender | null {
  if (ctx.lang !== 'en' || ref.to <= ref.from) return null;
  const { toks } = ctx;
  for (let k = ref.to; k < Math.min(toks.length, ref.to + OWN_PRONOUN_REACH); k++) {
    const t = toks[k]!;
    if (ctx.inQuote[k] || ctx.sentStart[k] !== ctx.sentStart[ref.from]) return null;
    if (t.cap && t.word) return null;
    const g = cueGender('en', t.raw);
    if (g && /^(?:he|she|his|her|him)$/.test(t.f)) return g;
  }
  return null;
}

/**
 * A pro-drop cue coordinated with an earlier verb of the same sentence shares its subject:
 * "انتقدت النائبة جنان بوشهري بطء الإنجاز، وقالت: «…»" — the person written last in that sentence
 * (a registered title + name), when they fit the cue's gender and came after the last speaker.
 */
function sameSentenceSubject(ctx: Ctx, pos: number, g: Gender | null): SpeakerRef | null {
  if (ctx.lang !== 'ar') return null;
  const k = tokAt(ctx.toks, pos);
  const from = ctx.toks[ctx.sentStart[Math.min(k, ctx.toks.length - 1)] ?? k]?.start ?? pos;
  if (ctx.last && ctx.last.pos >= from) return null;
  let best: Person | null = null;
  let at = -1;
  for (const p of ctx.resolver.people) {
    if (p.org || (g && p.gender && p.gender !== g)) continue;
    for (const x of p.pos) if (x >= from && x < pos && x > at) [best, at] = [p, x];
  }
  // Only the opening verb's subject: a person after a preposition or أن (ولفت إلى أنه توافق مع
  // الوزير X، وقال) is that verb's complement, and the cue's subject is carried over instead.
  if (best && (!subjectSlot(ctx, tokAt(ctx.toks, from), tokAt(ctx.toks, at)) || inFrontedTopic(ctx, tokAt(ctx.toks, from), tokAt(ctx.toks, at), k))) return null;
  return best ? { kind: 'name', text: best.name, title: null, from: 0, to: 0 } : null;
}


/** "وعن المشكلة مع اللاعب X، قال …": a mention inside a fronted topic phrase, before the cue at
 * token `k`, is what the speaker talks about, not the speaker. */
function inFrontedTopic(ctx: Ctx, s: number, m: number, k: number): boolean {
  if (!isTopicHead(ctx.toks[s]?.f ?? '')) return false;
  // The topic runs up to a comma or straight into the pro-drop cue (وعن … اللاعب X قال).
  return m < k;
}

/** Is the mention at token `m` the subject of a verb right before it (انتقدت النائبة X، وكان الوزير X),
 * not the complement of a preposition or of أن (توافق مع الوزير X، أنه التقى X)? */
function subjectSlot(ctx: Ctx, s: number, m: number): boolean {
  // A stop word with a pronoun suffix (بدوره، من جانبه) is a topic adverb before the subject, not a link.
  const link = (k: number) => {
    const t = ctx.toks[k];
    if (!t?.word || /(?:ه|ها)$/u.test(t.f)) return false;
    return AR_STOPS.has(t.f) || AR_COMPLEMENTISERS.has(t.f) || AR_STOPS.has(stripConj(t.f)) || AR_COMPLEMENTISERS.has(stripConj(t.f));
  };
  return m > s && !link(m - 1) && !(m - 2 >= s && link(m - 2));
}

/** The nearest prior speaker a pronoun or pro-drop cue can mean. */
function prior(ctx: Ctx, pos: number, g: Gender | null, ref: SpeakerRef | null): SpeakerRef | null {
  const { resolver } = ctx;
  const it = ref?.kind === 'pronoun' && /^(?:it)$/i.test(ref.text);
  // English he/she mean a person; Arabic and Russian verbs agree with organisations too
  // (قالت الوزارة، сообщило министерство), so gender only rules out people there.
  const personal = g !== null && ctx.lang === 'en';
  const fits = (p: Person | null): boolean => {
    if (!p) return !personal;
    if (it) return p.org;
    if (personal && p.org) return false;
    return p.org || !(g && p.gender && p.gender !== g);
  };
  // "he", "she" and a descriptor (the Portuguese, the 28-year-old) mean the person written last.
  if (ctx.lang === 'en' && ref?.kind === 'pronoun' && /^(?:he|she|the\s.+)$/iu.test(ref.text)) {
    const m = priorMention(ctx, ref.from, fits);
    if (m) return m;
  }
  let best: SpeakerRef | null = null;
  let at = -1;
  for (let i = ctx.history.length - 1; i >= 0; i--) {
    const h = ctx.history[i]!;
    if (h.pos > pos) continue;
    if (fits(resolver.resolve(h.ref, h.pos).person)) {
      best = h.ref;
      at = h.pos;
      break;
    }
  }
  if (!best && ctx.last && g === null) return ctx.last.ref;
  // English "he said" may mean someone introduced after the last speaker without a cue
  // ("The Saudi commerce minister, Faisal al-Otaibi, struck a similar tone. “…,” he said"); so may
  // Russian "сказал он" ("Урбанист Святослав Мурунов отнесся к новости скептически. «…», — сказал он").
  if ((ctx.lang === 'en' || ctx.lang === 'ru') && ref?.kind === 'pronoun' && !it) {
    for (const p of resolver.people) {
      // A person who has not spoken yet has no gender on record: the name may say it (Джон Керри).
      const named = !p.titles.includes(p.name) && /^\p{Lu}/u.test(p.name);
      const said = p.gender ?? (named ? nameGender(ctx.lang, p.name, null) : null);
      if (p.org || !fits(p) || p.titles.length === 0 || (g && said && said !== g) || (p.oblique && p.pos.length === 1)) continue;
      const x = Math.max(-1, ...p.pos.filter((q) => q <= pos && !(ctx.lang === 'ru' && subordinateMention(ctx, p, q))));
      if (x > at) {
        best = { kind: 'name', text: p.name, title: null, from: 0, to: 0 };
        at = x;
      }
    }
  }
  // "Иван Сомов отнесся к новости скептически. «…», — сказал он": a sentence opening with a full
  // name since that speaker, though the article gave the name no office.
  // (With no speaker before, the name nearest the quote is read later, by nearestName.)
  const since = at >= 0 ? at : ctx.last?.pos ?? -1;
  if (ctx.lang === 'ru' && ref?.kind === 'pronoun' && since >= 0) {
    const subject = ruSubjectName(ctx, ref.from, tokAt(ctx.toks, since) + 1, g);
    if (subject && subject.at > since) return { kind: 'name', text: subject.name, title: null, from: 0, to: 0 };
  }
  return best;
}

// A closing quote mark, or the comma a quote ends on.
const QUOTE_END = /^[“”"’,]$/u;
// How many paragraphs back "he said" may look for the person it means.
const MENTION_BLOCKS = 2;

/**
 * English "he"/"she": the nearest person written before the pronoun in subject position (after a
 * sentence start, punctuation, a title word or "and"; never "Ferrer's opponent" or "told Middle East
 * Eye"): a known speaker by any of their name words, or a new two- or three-word capitalised name.
 */
/** The first что/чтобы/будто outside quotes in token `k`'s sentence before `k`, or -1: what
 * follows it tells what was said, so a name or a verb of saying there is no one speaking next. */
export function ruSubordinatorBefore(ctx: Ctx, k: number): number {
  for (let j = ctx.sentStart[k] ?? k; j < k; j++) if (!ctx.inQuote[j] && RU_SUBORDINATORS.has(ctx.toks[j]!.f)) return j;
  return -1;
}

/** Is the mention of `p` at `at` inside a Russian subordinate clause (после "что") whose sentence's
 * main clause names someone else the story knows? Then "он" after it means that other. */
function subordinateMention(ctx: Ctx, p: Person, at: number): boolean {
  const k = tokAt(ctx.toks, at);
  const s = ctx.sentStart[k] ?? k;
  const sub = ruSubordinatorBefore(ctx, k);
  if (sub < 0) return false;
  // (A main clause naming the other by a word of a known name: Сомов опроверг слухи о том, что …)
  for (let j = s; j < sub; j++) {
    const t = ctx.toks[j]!;
    if (t.word && t.cap && !ctx.inQuote[j] && ctx.resolver.knows(t.f) && !p.words.includes(t.f)) return true;
  }
  return false;
}

function priorMention(ctx: Ctx, from: number, fits: (p: Person | null) => boolean): SpeakerRef | null {
  const { toks, resolver } = ctx;
  const minBlock = (ctx.blockOf[from] ?? 0) - MENTION_BLOCKS;
  for (let k = from - 1; k >= 0 && (ctx.blockOf[k] ?? 0) >= minBlock; k--) {
    const t = toks[k]!;
    if (ctx.inQuote[k] || !t.word || !t.cap || /['’]s$/.test(t.f)) continue;
    let a = k;
    while (a > 0 && toks[a - 1]!.word && toks[a - 1]!.cap && !ctx.inQuote[a - 1] && !EN_TITLES.has(toks[a - 1]!.f)) a--;
    const before = toks[a - 1];
    // "…," said Clifford Miranda: a name right after an inverted cue (not "told") is its subject.
    const inverted = !!before?.word && EN_CUES.has(before.f) && !/^tel|^told/u.test(before.f) && QUOTE_END.test(ctx.toks[a - 2]?.raw ?? '');
    const subject = !before || !before.word || ctx.sentStart[a] === a || EN_TITLES.has(before.f) || before.f === 'and' || inverted;
    const run = toks.slice(a, k + 1);
    // "accused the Prime Minister of …": a run of title words alone names an office, no one here.
    const office = run.every((w) => EN_TITLES.has(w.f)) && before?.word && EN_TITLES.has(before.f);
    if (subject && !office && !run.some((w) => EN_ORG_HEADS.has(w.f) || EN_STOP.has(w.f))) {
      // The person whose name holds every word of the run, else its last (the surname): "Charles
      // Kennedy" is not the Charles Clarke quoted before.
      const people = resolver.people.filter((p) => !p.org);
      const known = people.find((p) => run.every((w) => p.words.includes(w.f))) ?? people.find((p) => p.words.includes(run[run.length - 1]!.f));
      if (known && fits(known)) return { kind: 'name', text: known.name, title: null, from: a, to: k + 1 };
      // A new full name; at a sentence start only before a comma or a lower-case verb ("Carmen
      // Ruiz, 67, has …"), since any sentence starts with a capital.
      const next = toks[k + 1];
      const named = !known && run.length >= 2 && run.length <= 3;
      if (named && (ctx.sentStart[a] !== a || next?.raw === ',' || (next?.word && !next.cap))) {
        return { kind: 'name', text: ctx.body.slice(run[0]!.start, t.end), title: null, from: a, to: k + 1 };
      }
      // "Starmer accused …": a surname opening its sentence before a verb, whose full name the
      // article wrote earlier (Keir Starmer) though he never spoke.
      const full = !known && run.length === 1 && !EN_TITLES.has(t.f) && next?.word && !next.cap && !EN_STOP.has(next.f) ? fullNameBefore(ctx, k) : null;
      if (full) return { kind: 'name', text: full, title: null, from: a, to: k + 1 };
    }
    k = a;
  }
  return null;
}

/** The full name ("Keir Starmer") written before token `k` outside quotes that ends with its word. */
function fullNameBefore(ctx: Ctx, k: number): string | null {
  const { toks } = ctx;
  for (let j = k - 1; j > 0; j--) {
    const t = toks[j]!;
    const g = toks[j - 1]!;
    if (t.f !== toks[k]!.f || ctx.inQuote[j] || !g.word || !g.cap || ctx.inQuote[j - 1] || EN_TITLES.has(g.f) || EN_STOP.has(g.f) || NOT_SUBJECT_BEFORE.has(g.f)) continue;
    return ctx.body.slice(g.start, t.end);
  }
  return null;
}

/** The nearest capitalised full name (two words or more) before `pos`, outside quotes, not after a
 * preposition; for a Russian pronoun, a later sentence that opens with a full name (ruSubjectName). */
function nearestName(ctx: Ctx, pos: number, pronoun: boolean, g: Gender | null = null): string | null {
  if (ctx.lang !== 'en' && ctx.lang !== 'ru') return null;
  const { toks } = ctx;
  for (let k = tokAt(toks, pos) - 1; k > 0; k--) {
    const t = toks[k]!;
    const p = toks[k - 1]!;
    if (ctx.inQuote[k] || ctx.inQuote[k - 1] || !t.cap || !p.cap || !t.word || !p.word || ctx.sentStart[k - 1] === k - 1) continue;
    // "the door of School No. 4": a capitalised pair after a preposition is a place.
    if (NOT_SUBJECT_BEFORE.has(toks[k - 2]?.f ?? '') || t.raw.length <= 2) continue;
    const name = ctx.body.slice(p.start, t.end);
    // "вдове писателя Анне Павловне": a name in the dative is nobody's subject.
    if (ctx.lang === 'ru' && ruDativeName(name)) continue;
    if (g && nameGender(ctx.lang, name, null) === (g === 'm' ? 'f' : 'm')) continue;
    return ctx.lang === 'ru' && pronoun ? laterSubject(ctx, pos, k, name) : name;
  }
  // "Иван Сомов отнесся к новости скептически. «…», — сказал он": a Russian pronoun also means a
  // full name that opens a sentence (where any word is capitalised, so only after a given name).
  return ctx.lang === 'ru' && pronoun ? ruSubjectName(ctx, tokAt(toks, pos), 0, null)?.name ?? null : null;
}

/** Russian: the pair found at token `k`, unless a sentence after it opens with a full name. */
function laterSubject(ctx: Ctx, pos: number, k: number, name: string): string {
  return ruSubjectName(ctx, tokAt(ctx.toks, pos), k, null)?.name ?? name;
}
