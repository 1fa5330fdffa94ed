// Russian news names whoever is speaking again by an office or a description right after their
// words ("«…», — подчеркнул высокопоставленный дипломат", "— сказал министр"): that speaker is
// meant, not whoever else the article gave a fitting office. Pure: no DOM, no Node. Reads the
// context's last speaker; never adds people.
import { tokAt, type Ctx } from './context.js';
import { cueGender } from './gender.js';
import type { Person } from './speaker-resolver.js';
import type { SpeakerRef } from './speaker-ref.js';
import { ruOtherCountry, RU_BODY_KINDS, RU_MEMBER, RU_OFFICIAL_DESCRIPTIONS, RU_PARLIAMENT } from './lexicon-ru.js';
import { foldKey } from '../text/normalize.js';

// How many paragraphs back the speaker may have spoken.
const CURRENT_BLOCKS = 2;
// An adjective before the head (высокопоставленный, опытный, российский).
const ADJECTIVE = /^\p{Ll}+(?:ый|ий|ой|ая|яя|ое|ее)$/u;

/** The head noun of a lower-case title phrase, past its adjectives. */
function headOf(title: string): string {
  const ws = foldKey(title).split(/\s+/u);
  let i = 0;
  while (i < ws.length - 1 && ADJECTIVE.test(ws[i]!)) i++;
  return ws[i] ?? '';
}

// Spokespeople go by either word (представитель главы государства = his пресс-секретарь).
const SPOKES = /^(?:представител|пресс-секретар|спикер)/u;

export const stemOf = (w: string): string => w.slice(0, Math.max(4, w.length - 2));

/** Does `p` hold an office with this head (министр ~ министерства; the stem, case aside)? */
const holds = (p: Person, head: string): boolean => {
  const stem = stemOf(head);
  return p.titleWords.some((w) => w.startsWith(stem) || (SPOKES.test(head) && SPOKES.test(w)));
};

// The country a body belongs to, written after it (глава СК РФ, МВД России): it names no other body.
const COUNTRY = /^(?:рф|россии|сша)$/u;
// An acronym of two to four letters (СК, МВД): the initials of the words of a body's name.
const ACRONYM = /^\p{Ll}{2,4}$/u;
/** Do consecutive words of `theirs` open with the letters of `acronym` (ск ~ следственного комитета)? */
const spells = (acronym: string, theirs: string[]): boolean =>
  theirs.some((_, i) => i + acronym.length <= theirs.length && [...acronym].every((c, j) => theirs[i + j]!.startsWith(c)));

/** "глава банка" for "глава Сбербанка", "глава Роскосмоса" for "глава ведомства", "глава СК РФ" for the
 * chairman of the Следственный комитет: past the head, each word of one names a body the other
 * names too, by its kind, inside its name or by its initials. */
function sameBody(p: Person, title: string, head: string): boolean {
  const rest = foldKey(title).split(/\s+/u).filter((w) => w !== head && !ADJECTIVE.test(w) && !COUNTRY.test(w));
  const theirs = p.titleWords.filter((w) => !w.startsWith(stemOf(head)) && !ADJECTIVE.test(w));
  const kind = (w: string) => RU_BODY_KINDS.test(w);
  return rest.every((w) => kind(w) || theirs.some((t) => kind(t) || t.includes(stemOf(w))) || (ACRONYM.test(w) && spells(w, p.titleWords)));
}

// "Глава" or "руководитель" names the holder of any office that heads a body (председатель комитета,
// директор, губернатор, министр): "глава ведомства" after the words of its chairman is that chairman.
const HEAD_OFFICE = /^(?:председател|руководител|директор|гендиректор|начальник|министр|губернатор|мэр|президент|ректор|префект|командующ|управляющ|глав)/u;
// (Not a deputy's: заместитель министра heads nothing.)
const DEPUTY = /^(?:заместител|зам|вице)/u;
const headsBody = (p: Person, title: string, head: string): boolean =>
  /^(?:глав[аеуы]|руководител\p{L}*)$/u.test(head) && p.titleWords.some((w) => HEAD_OFFICE.test(w)) && !p.titleWords.some((w) => DEPUTY.test(w)) && sameBody(p, title, head);

/** The person who spoke last, within two paragraphs, when the title read at `pos` describes them;
 * or, first, someone named since with an office of that title ("Лидер партии Иван Сомов внес
 * законопроект. «…», — сказал лидер партии"), whom no quote has yet introduced as a speaker. */
export function ruCurrentSpeaker(ctx: Ctx, ref: SpeakerRef, pos: number, cue: string | null): Person | null {
  const h = ctx.last;
  const spoke = h && (h.ref.kind === 'name' || h.ref.kind === 'title') && near(ctx, h.pos, pos) ? ctx.resolver.resolve(h.ref, h.pos).person : null;
  const named = ctx.resolver.latestBefore(pos);
  const since = named && named !== spoke && near(ctx, Math.max(...named.pos.filter((x) => x <= pos)), pos) && (!h || named.pos.some((x) => x > h.pos && x <= pos));
  if (since && describes(ctx, named, ref, pos, cue, false)) return named;
  return spoke && describes(ctx, spoke, ref, pos, cue, true) ? spoke : null;
}

/** Is `at` no more than CURRENT_BLOCKS paragraphs before `pos`? */
const near = (ctx: Ctx, at: number, pos: number): boolean =>
  (ctx.blockOf[tokAt(ctx.toks, pos)] ?? 0) - (ctx.blockOf[tokAt(ctx.toks, at)] ?? 0) <= CURRENT_BLOCKS;

/** Does the title `ref` describe `p`: the same office, one heading the same body, or (for the one
 * who spoke, `loose`) a description any official goes by (дипломат, политик)? */
function describes(ctx: Ctx, p: Person, ref: SpeakerRef, pos: number, cue: string | null, loose: boolean): boolean {
  if (p.org || p.titles.length === 0 || p.titles.includes(p.name)) return false;
  const g = cueGender('ru', cue ?? '');
  if (g && p.gender && g !== p.gender) return false;
  const head = headOf(ref.text);
  // "российский президент" is not the Turkish one who spoke last.
  if (ruOtherCountry(foldKey(ref.text).split(/\s+/u), p.titleWords)) return false;
  // The same office, unless its portfolio differs (министр обороны is not the finance minister).
  if (holds(p, head)) return ctx.resolver.fitsTitle(p, ref.text, pos) || !ref.text.trim().includes(' ') || sameBody(p, ref.text, head);
  if (RU_OFFICIAL_DESCRIPTIONS.test(head)) return loose;
  // A member of parliament is anyone whose office is in one (вице-спикер Госдумы, глава комитета Рады).
  if (RU_MEMBER.test(head)) return p.titleWords.some((w) => RU_PARLIAMENT.test(w));
  if (!headsBody(p, ref.text, head)) return false;
  // (Unless the story gave that very office to someone else: Глава поселка X, named with it.)
  const other = ctx.resolver.byTitle(ref.text, pos);
  return other === null || other === p;
}
