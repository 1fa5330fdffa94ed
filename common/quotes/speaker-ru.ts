// Reads a Russian speaker phrase next to a cue: "— сказал Сомов", "заявил журналистам вице-премьер
// Андрей Сомов", "Глава Минэнерго Олег Тихонов сообщил", "сказала дипломат", "Она добавила",
// "В пресс-службе компании заявили". Pure: no DOM, no Node. Names are capitalised runs outside «».
import { agencyName } from './agencies.js';
import { ruMenInA } from './gender.js';
import { ruGenitiveTitle, ruInstrumentalNominative, ruNominative, ruOfficeNominative } from './ru-nominative.js';
import { isRuCue, isRuMannerAdverb, isRuOrgNoun, ruAgentNoun, RU_ADJ_END, RU_ADVERB_END, ruPersonNounAtEnd, RU_BODY_NOUN, RU_BODY_SUBJECT, RU_OUTLET_NOUN, RU_OUTLET_PLURAL, RU_CIRCUMSTANCE, RU_FEDERAL_AGENCY, RU_GIVEN_NAMES, RU_LEAD_WORDS, RU_MINISTRIES, RU_ASIDES, RU_NAME_PARTICLE, RU_PLACE_NOUNS, RU_SUBJECT_ADVERBS, RU_NAMING, RU_NOT_OFFICE, RU_OPENERS, RU_ORG_STEMS, RU_PREPS, RU_PRONOUNS, RU_SOURCE_HEADS, RU_TITLES } from './lexicon-ru.js';
import { spanText, type SpeakerRef } from './speaker-ref.js';
import { QUOTE_MARK } from './quote-marks.js';
import type { Tok } from './tokens.js';

// Sentence adverbs that are capitalised at a sentence start but are not names.
const ADVERBS = new Set(['ранее', 'также', 'позднее', 'затем', 'кроме', 'однако', 'при', 'как', 'по', 'это', 'об', 'между', 'тем', 'вместе', 'помимо', 'впрочем', ...RU_OPENERS]);
// (A capitalised adjective agreeing with the lower-case word after it opens an organisation's name:
// Независимого топливного союза, Федеральной антимонопольной службе.)
const ADJ_END = RU_ADJ_END;
// An initial written onto the surname with no space (Н.Белых, А.Л.Сомов), as wire copy does.
const GLUED_INITIAL = /^(?:\p{Lu}\.)+\p{Lu}/u;
// How many words may stand before a name as its title (Главный тренер сборной Сергей Лукин).
const LEAD_TITLE_WORDS = 4;
// A name is a given name and a surname, sometimes with a patronymic: three words at most.
const MAX_NAME_WORDS = 3;

// A news site named by its domain (Лента.ру, Lenta.ru, rbc.ua): an outlet, never a person.
const SITE = /^[\p{L}\p{N}-]+\.(?:ру|рф|ru|ua|by|kz|com|net|org|info)$/u;
/** An agency or a news site: who relays the words, never who said them. */
const outlet = (t: Tok | undefined): string | null => (t?.word ? agencyName(t.f) ?? (SITE.test(t.f) ? t.raw : null) : null);
// A ministry by its short name in any case (Минфина, Минтрудом); МИД is written in capitals.
const ministry = (f: string): boolean => RU_MINISTRIES.some(([m]) => m.length > 3 && f.startsWith(m));
const isOrg = (f: string): boolean => RU_ORG_STEMS.some((s) => f.startsWith(s)) || RU_FEDERAL_AGENCY.test(f) || isRuOrgNoun(f) || ministry(f) || agencyName(f) !== null || SITE.test(f);
// Abstract-noun suffixes (Подлинность, Честности, Создание, Ситуация, Руководство) that no
// Russian name or surname ends in: a capitalised one opens a sentence, it names nobody.
const ABSTRACT = /\p{L}{3}(?:ость|ости|остью|ание|ания|ение|ения|ация|ации|ция|ции|цию|ство|ства)$/u;
// An infinitive (Сформулировать, Сказать, Помочь) opening a sentence is never a name.
const INFINITIVE = /(?:ть|ться|чь)$/u;
// A neuter or plural adjective ending (Тверское издание, Местные власти): no surname ends so.
const NEUTER_PLURAL_ADJ = /\p{L}{3}(?:ое|ее|ые|ие)$/u;
// A past verb in the singular (сказал, сообщила), not the plural of an impersonal body (сообщили).
const SINGULAR_PAST = /\p{L}{2}(?:л|ла)(?:ся|сь)?$/u;
const nameWord = (t: Tok | undefined): boolean =>
  !!t && t.word && t.cap && t.raw !== t.raw.toUpperCase() && !ADVERBS.has(t.f) && !RU_TITLES.has(t.f) && !isOrg(t.f) && !ABSTRACT.test(t.f) && !INFINITIVE.test(t.f) && !NEUTER_PLURAL_ADJ.test(t.f);

// A genitive, dative or instrumental adjective ending (never -ий, a given name's: Дмитрий, Юрий;
// Андрей, Сергей end in -ей but are followed by a capitalised surname or a verb of saying).
const OBLIQUE_ADJ = /(?:ого|его|ому|ему|ой|ей|ым|ых|их|ую)$/u;
/** "Общественной палаты": an oblique-case adjective, then a lower-case noun that is no verb of saying. */
const adjBeforeNoun = (t: Tok, n: Tok): boolean => (OBLIQUE_ADJ.test(t.f) || feminineBeforeNoun(t, n)) && n.f.length >= 4 && !RU_PREPS.has(n.f) && !isRuCue(n.f);
/** "Украинская сторона", "Американская администрация": a feminine adjective before a feminine noun
 * (-а/-я/-ь), not a past-tense verb (писала, отказалась) nor an adverb (тогда, всегда). */
const feminineBeforeNoun = (t: Tok, n: Tok): boolean =>
  /(?:ая|яя)$/u.test(t.f) && /(?:[ая]|[^с]ь)$/u.test(n.f) && !/л[аи]$/u.test(n.f) && !RU_SUBJECT_ADVERBS.has(n.f) && !/(?:гда|юда|уда)$/u.test(n.f);

/** A capital letter and its full stop (the "А." of "А. Кудрин"): a given name's initial. */
const initialAt = (toks: Tok[], k: number): boolean => {
  const t = toks[k];
  return !!t?.word && /^\p{Lu}$/u.test(t.raw) && toks[k + 1]?.raw === '.';
};
/** Past the initials from `k` (А. Л. Кудрин): where the surname must stand, or `k` if none. */
const pastInitials = (toks: Tok[], k: number): number => {
  let s = k;
  while (s < k + 4 && initialAt(toks, s)) s += 2;
  return s > k && nameWord(toks[s]) ? s : k;
};

// How many tokens a name in straight quotes may span.
const STRAIGHT_NAME_TOKENS = 8;
/** The closing straight quote of one that opens at `k` (no space after it, one before it), or -1. */
function straightClose(toks: Tok[], k: number, to: number): number {
  const prev = toks[k - 1];
  if (toks[k + 1]?.start !== toks[k]!.end || (prev?.word && prev.end === toks[k]!.start)) return -1;
  for (let e = k + 1; e < Math.min(to, k + STRAIGHT_NAME_TOKENS); e++) if (toks[e]!.raw === '"') return e;
  return -1;
}

/** The closing mark of a company's name in straight quotes at `k` (capitalised words only) with a
 * name right after it (директор "Вектора" Пётр Лунёв), or -1: never a short quote ("Вы что?"). */
function quotedCompany(toks: Tok[], k: number, to: number): number {
  const shut = toks[k]!.raw === '"' ? straightClose(toks, k, to) : -1;
  if (shut < 0 || !toks.slice(k + 1, shut).every((t) => t.word && t.cap)) return -1;
  return nameWord(toks[shut + 1]) ? shut : -1;
}

/** Brackets at `k` that hold only capitalised Latin words (the original spelling of a name). */
function latinGloss(toks: Tok[], k: number): boolean {
  let e = k + 1;
  while (toks[e]?.word && /^[A-Z][A-Za-z'-]*$/u.test(toks[e]!.raw)) e++;
  return e > k + 1 && toks[e]?.raw === ')';
}

/** The end of the capitalised run from `k`: one word past a name's length at most. */
/** Past the name particles from `e`, when a capitalised name word follows them (its index); else `e`. */
function particlesEnd(toks: Tok[], e: number, to: number): number {
  let p = e;
  while (p < to && toks[p]?.word && RU_NAME_PARTICLE.test(toks[p]!.raw)) p++;
  return p > e && p < to && nameWord(toks[p]) ? p : e;
}

function runEnd(toks: Tok[], k: number, to: number): number {
  let e = k;
  while (e < to && e - k <= MAX_NAME_WORDS) {
    if (nameWord(toks[e])) e++;
    // "Халид аль-Мансури", "Абу Бакр ибн Саид": a lower-case Arabic particle with its name, after a first part.
    else if (e > k && /^(?:аль|эль|ас|ад|ан|ар|аш|ат|аз)-\p{Lu}\p{Ll}+$/u.test(toks[e]?.raw ?? '')) e++;
    // "Урсула фон дер Ляйен", "Мухаммед бен Сальман": lower-case particles before the family name.
    else if (e > k && particlesEnd(toks, e, to) > e) e = particlesEnd(toks, e, to) + 1;
    // "Джордж Х. Кинг", "Майкл Дж. Фокс": a middle initial between the given name and the surname.
    else if (e === k + 1 && middleInitial(toks, e) && e + 2 < to && nameWord(toks[e + 2])) e += 3;
    else break;
  }
  return e;
}
const cyrillicIn = (toks: Tok[], from: number, to: number): boolean => toks.slice(from, to).some((t) => /^\p{Script=Cyrillic}/u.test(t.raw));
/** "Х." or "Дж." at `k`: a one- or two-letter capitalised abbreviation and its full stop. */
const middleInitial = (toks: Tok[], k: number): boolean => /^\p{Lu}\p{Ll}?$/u.test(toks[k]?.raw ?? '') && toks[k + 1]?.raw === '.';

/** Capitalised runs in [from, to) that are not inside «…» and not after a preposition. */
function candidates(toks: Tok[], from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let depth = 0;
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    if (t.raw === '«' || t.raw === '„') depth++;
    else if (t.raw === '»' || t.raw === '“') depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    // A name in straight quotes (телеканала "Россия 1", программы "Вести") names a thing.
    const shut = t.raw === '"' ? straightClose(toks, k, to) : -1;
    if (shut > 0) {
      k = shut;
      continue;
    }
    // "Барри Лоуенкрон (Barry Lowenkron)": a Latin spelling in brackets glosses the name before it.
    if (t.raw === '(' && latinGloss(toks, k)) {
      while (k < to && toks[k]!.raw !== ')') k++;
      continue;
    }
    // Initials and a surname (А. Кудрин, И. П. Сомов) are one name.
    const surname = pastInitials(toks, k);
    if (surname > k) {
      if (!(toks[k - 1]?.word && RU_PREPS.has(toks[k - 1]!.f))) out.push([k, surname + 1]);
      k = surname;
      continue;
    }
    if (!nameWord(t)) continue;
    // "мэр города Немуро", "губернатор области X": the name after a place noun is the place's.
    // (One word: a name may follow it, острова Хоккайдо Сюнскэ Хасэгава.)
    // (Not a given name with a surname after it: "мэр города Павел Сомов" names the city before.)
    const given = RU_GIVEN_NAMES.has(t.f) && nameWord(toks[k + 1]);
    if (toks[k - 1]?.word && RU_PLACE_NOUNS.test(toks[k - 1]!.f) && !given) continue;
    const n = toks[k + 1];
    // A capitalised adjective before a lower-case noun opens an organisation's name, whether or not
    // their endings agree in spelling (Общественной палаты, Верховного суда).
    // (Not a surname with its initial glued on, Н.Белых: no adjective carries an initial.)
    const end = GLUED_INITIAL.test(t.raw) ? undefined : ADJ_END.exec(t.f)?.[0];
    // So does one before a title or a source (Дипломатический источник, Российский дипломат).
    if (end && n?.word && !n.cap && (n.f.endsWith(end) || adjBeforeNoun(t, n) || RU_TITLES.has(n.f) || RU_SOURCE_HEADS.has(n.f))) continue;
    let e = runEnd(toks, k, to);
    // A company or outlet in Latin letters before a Cyrillic name (директора Philips Елену X,
    // изданию Daily Mirror Y) is the office's or the outlet's: a name keeps to one script. (Read
    // before the name is cut to three words: группы Black Sun Марка Сомова.)
    while (k < e - 1 && /^[A-Za-z]/u.test(toks[k]!.raw) && cyrillicIn(toks, k + 1, e)) k++;
    // Three capitalised words or more, the second no patronymic (Сергей Викторович Лавров), open
    // with a place in the genitive when the first ends like one (МИД России Вера Соболева, президент
    // Турции Реджеп Тайип Эрдоган, Новой Зеландии); a foreign name may have three words.
    const patronymic = (): boolean => /(?:вич|вна|ична|ич)$/u.test(toks[k + 1]!.f);
    const mid = middleInitial(toks, k + 1) ? 2 : 0;
    // (Also a plural one: послом Нидерландов Яном Маасом.)
    // (Particles inside the name, фон дер, are no words of it here.)
    const particles = (): number => toks.slice(k, e).filter((w) => RU_NAME_PARTICLE.test(w.raw)).length;
    while (!mid && e - k - particles() >= 3 && !patronymic() && /(?:[аяыи]|ой|ого|его|ов)$/u.test(toks[k]!.f)) e = runEnd(toks, ++k, to);
    e = Math.min(e, k + MAX_NAME_WORDS + mid + particles());
    // "Роман Коноплев Русской службы": a third word with no patronymic before it that is an
    // adjective before a lower-case noun opens what follows.
    if (e - k === 3 && !patronymic() && OBLIQUE_ADJ.test(toks[e - 1]!.f) && toks[e]?.word && !toks[e]!.cap) e--;
    // "Неожиданно Иван Сомов заявил", "Инициативу Сомов поддержал": a sentence's first word before a
    // name is an adverb or a fronted object, no part of the name.
    if (e - k >= 2 && sentenceOpener(toks, k)) k++;
    const before = toks[k - 1];
    // A lone Latin word (в интервью Fox, телеканалу CNN) is an outlet, not a person.
    const outlet = e - k === 1 && /^[A-Za-z]/u.test(toks[k]!.raw);
    // A lone capitalised gerund opening the sentence (Комментируя, Отвечая, Говоря) is no name; a
    // surname in -ская / -цкая (Соколовская, Вишневецкая) is no gerund.
    // So is one in -дя or -ясь (Подводя, Ссылаясь), and a lone plural adjective or participle
    // (Правозащитные, Заключенные).
    const gerund = e - k === 1 && !before?.word && (/(?:уя|ая|яя|оря|дя|ясь)$/u.test(toks[k]!.f) || /(?:ые|ие)$/u.test(toks[k]!.f)) && !/[сц]кая$/u.test(toks[k]!.f);
    // "в Москве Олег Белов": a place after a preposition, then a given name: the name is the rest.
    const placeThenName = !!before?.word && RU_PREPS.has(before.f) && e - k >= 3 && RU_GIVEN_NAMES.has(toks[k + 1]!.f);
    if (placeThenName) out.push([k + 1, e]);
    else if (!(before?.word && RU_PREPS.has(before.f)) && !outlet && !gerund) out.push([k, e]);
    k = e - 1;
  }
  return out;
}

/** Is the word at `k`, which opens its sentence before other capitalised words, no name: an adverb,
 * a noun in the accusative (-у/-ю after a consonant: Критику, Инициативу), or any word that is no
 * given name before one that is (Приговор Иван Сомов)? */
function sentenceOpener(toks: Tok[], k: number): boolean {
  const before = toks[k - 1];
  const f = toks[k]!.f;
  if ((before && !/^[.!?…]$/u.test(before.raw)) || RU_GIVEN_NAMES.has(f)) return false;
  return RU_GIVEN_NAMES.has(toks[k + 1]!.f) || RU_ADVERB_END.test(f) || /\p{L}{3}[бвгджзклмнпрстфхцчшщ][ую]$/u.test(f);
}

// How many words an office's place and its body (России при ООН) may run before the holder's name.
const PLACE_SPAN = 4;
/** "постпред России при ООН Иван Сомов": a lone country in the genitive after an office, then a
 * preposition and its body, then a given name: the name after them holds the office. Else the first. */
function placeHolder(toks: Tok[], cs: [number, number][]): [number, number] {
  const [a, b] = cs[0]!;
  const lone = b - a === 1 && RU_TITLES.has(toks[a - 1]?.f ?? '') && /(?:ии|ы|а|я)$/u.test(toks[a]!.f) && RU_PREPS.has(toks[b]?.f ?? '');
  const next = cs.find(([s, e]) => s > b && s - b <= PLACE_SPAN && e - s >= 2 && RU_GIVEN_NAMES.has(toks[s]!.f));
  return lone && next && toks.slice(b, next[0]).every((t) => t.word) ? next : cs[0]!;
}

const titleBefore = (body: string, toks: Tok[], floor: number, k: number): string | null => {
  let s = k;
  while (s > floor && toks[s - 1]?.word && !RU_PRONOUNS.has(toks[s - 1]!.f) && s > k - 5) s--;
  const words = toks.slice(s, k);
  return words.some((w) => RU_TITLES.has(w.f)) ? spanText(body, toks, s, k) : null;
};

// A man's name in the genitive (Петра Лунина, Лунина, Сергея Сомова): every word ends like one
// and none is a man's given name in -а (Никита, Илья).
const GENITIVE_NAME_WORD = /\p{L}{2}(?:а|я|ого|его)$/u;
const MASCULINE_PAST = /л(?:ся)?$/u;
/** Is the name at [from, to) a man's in the genitive, a man's verb right after it (пресс-секретарь
 * Петра Лунина сказал)? Then a title before it is of that man: its holder speaks. */
export function ruOwnerName(toks: Tok[], from: number, to: number): boolean {
  const verb = toks[to];
  if (!verb?.word || !MASCULINE_PAST.test(verb.f) || to <= from) return false;
  return toks.slice(from, to).every((w) => w.word && GENITIVE_NAME_WORD.test(w.f) && !ruMenInA(w.f));
}
/** A nominative title right before an owner's name (ruOwnerName): the title with its owner, or null. */
function titleOf(body: string, toks: Tok[], floor: number, c: [number, number]): SpeakerRef | null {
  if (!RU_TITLES.has(toks[c[0] - 1]?.f ?? '') || !ruOwnerName(toks, c[0], c[1])) return null;
  let s = c[0] - 1;
  while (s > floor && toks[s - 1]?.word && (RU_TITLES.has(toks[s - 1]!.f) || ADJ_END.test(toks[s - 1]!.f)) && s > c[0] - 4) s--;
  return { kind: 'title', text: spanText(body, toks, s, c[1]), from: s, to: c[1] };
}

// Offices that speak as a body: "— сообщили в пресс-службе ведомства".
const RU_OFFICE_STEMS = [...RU_ORG_STEMS, 'пресс-служб', 'ведомств', 'штаб', 'аппарат', 'департамент', 'управлени', 'мэри', 'посольств', 'прокуратур', 'полици', 'суд'];

// How many words an addressee in guillemets may have (рассказал «Российской газете»).
const ADDRESSEE_WORDS = 4;

/** Past an outlet in guillemets right after the cue (рассказал «Известиям» депутат …), or a news
 * agency told (сообщил РИА Новости источник, заявил ТАСС министр): whom it was said to. */
function pastAddressee(toks: Tok[], i: number, limit: number): number {
  // "ИА Regnum", "агентство БелТА": the outlet after its head word.
  const at = (toks[i]?.f === 'иа' || toks[i]?.f === 'агентство') && outlet(toks[i + 1]) ? i + 1 : i;
  const agency = outlet(toks[at]);
  // "РИА Новости", "РИА «Новости»": the agency's second word, in guillemets or not.
  if (agency === 'РИА Новости' && toks[at + 1]?.raw === '«' && toks[at + 2]?.f === 'новости' && toks[at + 3]?.raw === '»') return at + 4;
  if (agency) return agency === 'РИА Новости' && toks[at + 1]?.f === 'новости' ? at + 2 : at + 1;
  // In guillemets or straight quotes (заявил "Интерфаксу"), a capitalised outlet in the dative.
  const straight = toks[i]?.raw === '"';
  if (toks[i]?.raw !== '«' && !(straight && toks[i + 1]?.cap)) return i;
  let e = i + 1;
  while (e < limit && e <= i + ADDRESSEE_WORDS && toks[e]!.word) e++;
  return toks[e]?.raw === (straight ? '"' : '»') && e > i + 1 ? e + 1 : i;
}

// A lower-case dative plural (журналистам, репортерам, студентам): whom the words were told, never
// the institution of a title (a genitive: представитель прокуратуры, глава ведомств).
const DATIVE_PLURAL = /^\p{Ll}{3,}(?:ам|ям)$/u;

// How many words a company's name in guillemets after its office may have (пресс-службе «Яндекса»).
const OFFICE_OWNER_WORDS = 4;
/** Past a capitalised name in guillemets at `k` (в пресс-службе «Яндекса»), else `k`. */
function pastGuillemetName(toks: Tok[], k: number, limit: number): number {
  if (toks[k]?.raw !== '«' || !toks[k + 1]?.cap) return k;
  let e = k + 1;
  while (e < limit && e <= k + OFFICE_OWNER_WORDS && toks[e]!.word) e++;
  return toks[e]?.raw === '»' ? e + 1 : k;
}

/** Is the word at `at` (past an outlet or a dative plural told: журналистам) a title in the
 * nominative (пресс-секретарь, министр)? After a verb that is its subject: an object or addressee
 * would be in another case (министра, министру). */
export function ruNominativeTitleAfter(toks: Tok[], at: number, limit: number): boolean {
  let i = pastAddressee(toks, at, limit);
  if (toks[i]?.word && DATIVE_PLURAL.test(toks[i]!.raw)) i++;
  const t = toks[i];
  return !!t?.word && !t.cap && RU_TITLES.has(t.f) && !ruGenitiveTitle(t.f);
}

const circumstanceAt = (w: Tok, next: Tok | undefined): boolean => {
  if (!w.word || !(w.f in RU_CIRCUMSTANCE)) return false;
  const nouns = RU_CIRCUMSTANCE[w.f];
  return nouns === null ? !!next?.word && !next.cap : !!next?.word && nouns!.has(next.f);
};

/** After a cue, up to the clause end: the first name, else a title ("сказала дипломат"). */
export function ruSpeakerAfter(body: string, toks: Tok[], at: number, limit: number): SpeakerRef | null {
  const i = pastAddressee(toks, at, limit);
  const first = toks[i];
  if (!first?.word) return null;
  // "— сообщает rbc.ua со ссылкой на пресс-службу МИДа": the source cited speaks, the outlet relays.
  if ((first.f === 'с' || first.f === 'со') && toks[i + 1]?.f === 'ссылкой' && toks[i + 2]?.f === 'на') return citedSource(body, toks, i + 3, limit);
  // "— сообщили в пресс-службе ведомства": the office speaks.
  const oh = first.f === 'в' || first.f === 'во' ? officeHead(toks, i + 1) : -1;
  // "— сказал в суде Сомов": after a singular verb the office is where it was said; a name
  // right after it speaks ("сообщили в суде" is the court); so does a titled one ("— заявил в суде
  // адвокат обвиняемого Иван Сомов").
  const here = oh > 0 && SINGULAR_PAST.test(toks[at - 1]?.f ?? '') && !toks[oh]!.cap && (nameWord(toks[oh + 1]) || RU_TITLES.has(toks[oh + 1]?.f ?? '')) ? ruSpeakerAfter(body, toks, oh + 1, limit) : null;
  if (here?.kind === 'name' || (here?.kind === 'title' && RU_TITLES.has(toks[oh + 1]!.f))) return here;
  if (oh > 0) {
    let e = oh;
    while (e < limit && e < oh + 3 && toks[e]!.word && !RU_PREPS.has(toks[e]!.f)) e++;
    e = pastGuillemetName(toks, e, limit);
    return { kind: 'org', text: ruOfficeNominative(spanText(body, toks, oh, e)), from: i + 1, to: e };
  }
  if (RU_PRONOUNS.has(first.f)) return { kind: 'pronoun', text: first.raw, from: i, to: i + 1 };
  // "— сообщило Министерство финансов", "как отмечает Роспотребнадзор": a body after the verb that
  // ends its clause (not "попросили Министерство связи не продлевать …", an object).
  const be = bodyEnd(toks, i, limit);
  if (be > i && (!toks[be]?.word || RU_PREPS.has(toks[be]!.f))) return { kind: 'org', text: spanText(body, toks, i, be), from: i, to: be };
  // "— сообщает пресс-служба президента Украины": an office as the subject speaks, not the title
  // of whom it serves.
  if (!first.cap && /^(?:пресс-служб[аы]|пресс-центр|министерство|ведомство|посольство|прокуратура|администрация|правительство)$/u.test(first.f)) {
    let e = i + 1;
    while (e < limit && e < i + 4 && toks[e]!.word && !RU_PREPS.has(toks[e]!.f) && !isRuCue(toks[e]!.f)) e++;
    return { kind: 'org', text: spanText(body, toks, i, e), from: i, to: e };
  }
  let end = i;
  while (end < limit) {
    if (toks[end]!.word || ['«', '»', '-'].includes(toks[end]!.raw) || initialAt(toks, end - 1) || middleInitial(toks, end - 1)) end++;
    // A company in straight quotes after the office (генеральный директор "Вектора" Пётр Лунёв).
    else {
      const shut = quotedCompany(toks, end, limit);
      if (shut < 0) break;
      end = shut + 1;
    }
  }
  // "— сказал спикер палаты в ходе выступления Лунина": a name past a circumstance opened by a
  // preposition before a lower-case word (во время, в ходе, на встрече) is not the title's holder.
  const cs = candidates(toks, i, end);
  const circumstance = (a: number) => toks.slice(i + 1, a).some((w, n) => circumstanceAt(w, toks[i + 2 + n]));
  const c = cs[0] && !(RU_TITLES.has(first.f) && circumstance(cs[0][0])) ? placeHolder(toks, cs) : undefined;
  if (c) {
    const title = toks.slice(i, c[0]).some((w) => RU_TITLES.has(w.f)) ? spanText(body, toks, i, c[0]) : null;
    return { kind: 'name', text: spanText(body, toks, c[0], c[1]), title, from: i, to: c[1] };
  }
  // (An agent noun the lists lack, right after the verb, describes its subject: сообщил градоначальник.)
  // So does a lower-case noun shaped like a man's that ends the clause (— сказал банкир.).
  const described = (w: Tok, n: number) => n === 0 && (ruAgentNoun(w.f) || (!toks[i + 1]?.word && ruPersonNounAtEnd(w.f)));
  const t = toks.slice(i, end).findIndex((w, n) => RU_TITLES.has(w.f) || described(w, n));
  if (t >= 0) {
    // The office's institution in the genitive goes with it (представитель ФАС, глава ведомства).
    let e = i + t + 1;
    // Its lower-case adjectives go with it too: "турецкий лидер" is Turkey's, not any leader.
    let b = i + t;
    while (b > i && toks[b - 1]!.word && !toks[b - 1]!.cap && ADJ_END.test(toks[b - 1]!.f)) b--;
    // (Not the outlet that quotes the office: цитирует представителя ведомства агентство …)
    while (e < end && e < i + t + 4 && toks[e]!.word && !RU_PRONOUNS.has(toks[e]!.f) && !RU_PREPS.has(toks[e]!.f) && !isRuCue(toks[e]!.f) && !DATIVE_PLURAL.test(toks[e]!.raw) && !outletAt(toks, e)) e++;
    return { kind: 'title', text: spanText(body, toks, b, e), from: b, to: e };
  }
  return null;
}

// An outlet named by its kind (RU_OUTLET_NOUN): whoever quotes. Its plural counts only after an
// adjective in the nominative plural (RU_OUTLET_PLURAL).
/** Does an outlet's kind start at `k`, maybe after its adjective (информационное агентство)? */
const outletAt = (toks: Tok[], k: number): boolean => {
  const f = toks[k]!.f;
  const n = toks[k + 1]?.f ?? '';
  return RU_OUTLET_NOUN.test(f) || (ADJ_END.test(f) && RU_OUTLET_NOUN.test(n)) || (/(?:ые|ие)$/u.test(f) && RU_OUTLET_PLURAL.test(n));
};

/** "Тверское издание «Вечер» сообщало": an outlet named after its kind, reporting in its own
 * name, from `s` to the verb at `end`. */
function outletSubject(body: string, toks: Tok[], s: number, end: number): SpeakerRef | null {
  let k = s;
  if (toks[k]?.word && ADJ_END.test(toks[k]!.f) && RU_OUTLET_NOUN.test(toks[k + 1]?.f ?? '')) k++;
  if (k >= end || !RU_OUTLET_NOUN.test(toks[k]!.f)) return null;
  let a = k + 1;
  let b = end;
  while (a < b && QUOTE_MARK.test(toks[a]!.raw)) a++;
  while (b > a && QUOTE_MARK.test(toks[b - 1]!.raw)) b--;
  if (b - a < 1 || b - a > 3 || !toks[a]!.cap || toks.slice(a, b).some((t) => !t.word)) return null;
  return { kind: 'org', text: spanText(body, toks, a, b), outlet: true, from: s, to: end };
}

/** The source after "со ссылкой на" (accusative): an office (пресс-службу МИДа), else a person. */
function citedSource(body: string, toks: Tok[], k: number, limit: number): SpeakerRef | null {
  const oh = officeHead(toks, k);
  if (oh < 0) {
    const who = ruSpeakerAfter(body, toks, k, limit);
    return who?.kind === 'name' ? { ...who, text: ruNominative(who.text) } : who;
  }
  let e = oh + 1;
  while (e < limit && e < oh + 3 && toks[e]!.word && !RU_PREPS.has(toks[e]!.f)) e++;
  return { kind: 'org', text: ruOfficeNominative(spanText(body, toks, oh, e)), from: k, to: e };
}

// An organisation's acronym (МЧС, МИД, ФАС): two or more capitals.
const ACRONYM = /^\p{Lu}{2,}$/u;

/** The office noun at `k`, past up to two lower-case adjectives (в региональном управлении МЧС), or
 * a named body written as one capitalised word (в МЧС, в Минздраве, в Кремле); else -1. */
function officeHead(toks: Tok[], k: number): number {
  const named = toks[k];
  if (named?.word && named.cap && (ACRONYM.test(named.raw) || isOrg(named.f))) return k;
  // "в Следственном комитете", "в Верховном суде": a capitalised masculine adjective before a body's noun.
  if (named?.word && named.cap && /\p{L}{3}(?:ом|ем)$/u.test(named.f) && toks[k + 1]?.word && isRuOrgNoun(toks[k + 1]!.f)) return k;
  let h = k;
  while (h < k + 2 && toks[h]?.word && !toks[h]!.cap && /(?:ом|ем|ой|ей|ых|их)$/u.test(toks[h]!.f) && !RU_OFFICE_STEMS.some((x) => toks[h]!.f.startsWith(x))) h++;
  const t = toks[h];
  return t?.word && !t.cap && RU_OFFICE_STEMS.some((x) => t.f.startsWith(x)) ? h : -1;
}

// A date opening a sentence (29 апреля 2011 года): a number, a month in the genitive, "года".
const MONTH_OF = /^(?:январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)я$|^марта$|^августа$|^года?$/u;
const dateWord = (t: Tok): boolean => /^\d+$/u.test(t.raw) || (!t.cap && MONTH_OF.test(t.f));
const isV = (t: Tok | undefined): boolean => t?.f === 'в' || t?.f === 'во';
/** Where a clause's subject may start: past punctuation, adverbs and a time or circumstance
 * opening with «в» (В среду, В 2010 году, В ходе визита), which names no office. */
function clauseStart(toks: Tok[], floor: number, end: number): number {
  let s = floor;
  for (;;) {
    while (s < end && (!toks[s]!.word || ADVERBS.has(toks[s]!.f) || dateWord(toks[s]!))) s++;
    const t = toks[s + 1];
    if (!isV(toks[s]) || !t?.word || !(RU_NOT_OFFICE.has(t.f) || /^\d/u.test(t.raw))) return s;
    s += 2;
    if (/^год/u.test(toks[s]?.f ?? '')) s++;
  }
}

/** "В правительстве Москвы", "В пресс-службе ведомства" opening the clause right up to the cue. */
function officeClause(body: string, toks: Tok[], floor: number, until: number): SpeakerRef | null {
  const s = clauseStart(toks, floor, until);
  if ((toks[s]?.f !== 'в' && toks[s]?.f !== 'во') || officeHead(toks, s + 1) < 0) return null;
  // "В пресс-службе Минпромторга «Интерфаксу» сообщили": the outlet told stands before the verb.
  let end = until;
  if (toks[end - 1]?.raw === '»') {
    let b = end - 2;
    while (b > s && toks[b]!.word) b--;
    // Not a name after its naming word (компании «Вологдатеплосеть»), which belongs to the office.
    if (toks[b]?.raw === '«' && end - 2 - b <= ADDRESSEE_WORDS && !RU_NAMING.has(toks[b - 1]?.f ?? '')) end = b;
  }
  if (end - s - 1 > 4 || toks.slice(s + 1, end).some((t) => !t.word)) return null;
  return { kind: 'org', text: ruOfficeNominative(spanText(body, toks, officeHead(toks, s + 1), end)), from: s + 1, to: end };
}

/** The last name in [floor, end) set off by commas: followed by one, and opening the sentence
 * (maybe after its title) or, unless `opening`, following a comma. */
function appositionHead(toks: Tok[], floor: number, end: number, opening = false): [number, number] | null {
  let s = floor;
  while (s < end && (!toks[s]!.word || ADVERBS.has(toks[s]!.f))) s++;
  const lead = (a: number): boolean => {
    const ws = toks.slice(s, a);
    return ws.length <= LEAD_TITLE_WORDS && ws.every((w) => w.word) && ws.some((w) => RU_TITLES.has(w.f));
  };
  const heads = candidates(toks, floor, end).filter(([a, b]) => toks[b]?.raw === ',' && (a === s || (!opening && toks[a - 1]?.raw === ',') || lead(a)));
  return heads.pop() ?? null;
}

/** "Марк завершил беседу, сказав «…»": the name that opens the sentence (maybe after its title),
 * the subject of the clause a gerund of saying hangs on. */
export function ruClauseSubject(body: string, toks: Tok[], cue: number, floor: number): SpeakerRef | null {
  const s = clauseStart(toks, floor, cue);
  // A sentence that opens with a quote ("Те варианты …", – пояснил X, уточнив): its first
  // capitalised word is the quote's; the speaker is read before the gerund instead.
  if (toks.slice(floor, s).some((t) => /^["«“„]$/u.test(t.raw))) return null;
  const c = candidates(toks, s, cue)[0];
  if (!c) return ruBodySubject(body, toks, s, cue);
  const lead = toks.slice(s, c[0]);
  if (lead.length > 0 && !(lead.length <= LEAD_TITLE_WORDS && lead.every((w) => w.word) && lead.some((w) => RU_TITLES.has(w.f)))) return null;
  return { kind: 'name', text: spanText(body, toks, c[0], c[1]), title: lead.length > 0 ? spanText(body, toks, s, c[0]) : null, from: c[0], to: c[1] };
}

/** "Марк, рабочий завода, назвал …": the head of the apposition that the comma before the cue closes. */
export function ruAppositionBefore(body: string, toks: Tok[], cue: number, floor: number, opening = false): SpeakerRef | null {
  const c = toks[cue - 1]?.raw === ',' ? appositionHead(toks, floor, cue, opening) : null;
  return c ? { kind: 'name', text: spanText(body, toks, c[0], c[1]), title: titleBefore(body, toks, floor, c[0]), from: c[0], to: c[1] } : null;
}

// How many words a body named after «в» before the verb may have (в компании «Северный курьер»).
const BODY_WORDS = 5;
// Pronouns after «в» (в нем, в ней, в этом): a document or a place spoken of, never a body.
const IN_PRONOUN = new Set(['нем', 'ней', 'них', 'этом', 'том', 'этой', 'той', 'котором', 'которой', 'которых']);
/** "В компании «Х» сообщили": a short run of words (or an outlet's guillemets) from `from` to the
 * verb, not a pronoun — never a clause (в нем руководитель требует, чтобы …). */
function inBody(toks: Tok[], from: number, end: number): boolean {
  const span = toks.slice(from, end);
  const words = span.filter((t) => t.word).length;
  return words > 0 && words <= BODY_WORDS && span.every((t) => t.word || t.raw === '«' || t.raw === '»') && !IN_PRONOUN.has(span[0]!.f);
}

// A past-tense verb (сообщило, провел, вынесла), long enough to be no genitive plural (дел, сил).
const PAST_VERB = /^\p{Ll}{4,}(?:ло|ла|ли|ил|ал|ел|ял|ул)(?:сь|ся)?$/u;
// How many words a body's name may run to before its verb (Министерство иностранных дел Российской Федерации).
const BODY_SUBJECT_WORDS = 6;

/** "Министерство финансов сообщило", "МИД России заявил": a body in the nominative opening the
 * clause right up to the verb (its genitive complements included, a time phrase after «в» not). */
function ruBodySubject(body: string, toks: Tok[], s: number, end: number): SpeakerRef | null {
  let a = s;
  const lead = (t: Tok, n: Tok | undefined) => ADVERBS.has(t.f) || RU_LEAD_WORDS.has(t.f) || (t.f === 'в' && RU_LEAD_WORDS.has(n?.f ?? ''));
  while (a < end && (!toks[a]!.word || lead(toks[a]!, toks[a + 1]))) a++;
  const e = bodyEnd(toks, a, end);
  if (e < 0) return null;
  // Its predicate follows (Роскосмос пока не считает …, но признает), or no other capitalised word
  // stands before the verb (another subject, a name: Министерство и Иван Петров заявили).
  if (!(toks[e]?.word && bodyStop(toks[e]!.f)) && toks.slice(e, end).some((t) => t.word && !RU_PREPS.has(t.f) && !/^\p{Ll}/u.test(t.raw))) return null;
  return { kind: 'org', text: spanText(body, toks, a, e), from: a, to: e };
}

/** A word that ends a body's name: a verb of saying or a past verb, a negation, an infinitive, a
 * present-tense verb (Министерство не включать …, Роскосмос признает) or an adverb before one. */
const bodyStop = (f: string): boolean =>
  isRuCue(f) || PAST_VERB.test(f) || f === 'не' || RU_SUBJECT_ADVERBS.has(f) || /^\p{Ll}{3,}(?:ть|чь)(?:ся)?$/u.test(f) || /^\p{Ll}{3,}(?:ает|яет|ует|ит|ют|ят)$/u.test(f);

/** Where a body named in the nominative at `a` ends (its genitive complements, up to a preposition
 * or a verb), or -1 when none starts there. Capitalised: a lower-case "министерство" mid-sentence
 * points back to a body already named. A federal agency (Роспотребнадзор) counts too. */
function bodyEnd(toks: Tok[], a: number, end: number): number {
  const t = toks[a];
  if (!t?.word || !t.cap || !(RU_BODY_SUBJECT.test(t.f) || RU_FEDERAL_AGENCY.test(t.f) || ACRONYM.test(t.raw) || adjectiveBody(t, toks[a + 1]))) return -1;
  let e = a + 1;
  // "Министерство по делам …" keeps its «по»; another preposition (во вторник, на сайте) ends the name.
  while (e < end && (toks[e]!.word || toks[e]!.raw === '«' || toks[e]!.raw === '»') && !bodyStop(toks[e]!.f) && !(RU_PREPS.has(toks[e]!.f) && !(e === a + 1 && toks[e]!.f === 'по'))) e++;
  return e - a > BODY_SUBJECT_WORDS ? -1 : e;
}

/** "Следственный комитет", "Белый дом": a capitalised nominative adjective and a body's noun. */
const adjectiveBody = (t: Tok, n: Tok | undefined): boolean => /(?:ый|ий|ой|ая)$/u.test(t.f) && !!n?.word && !n.cap && RU_BODY_NOUN.test(n.f);

/** Where a subject ends before `end` once an aside written without commas is taken off it
 * (в ответ, в свою очередь, со своей стороны): its first word, else `end`. */
function pastAsideBefore(toks: Tok[], floor: number, end: number): number {
  for (const a of [...RU_ASIDES, 'в ответ']) {
    const w = a.split(' ');
    const s = end - w.length;
    if (s > floor && w.every((x, i) => toks[s + i]?.f === x)) return s;
  }
  return end;
}

/** Before a cue, from the clause start: the last name, a pronoun, a title phrase or "В X". */
export function ruSpeakerBefore(body: string, toks: Tok[], cue: number, floor: number): SpeakerRef | null {
  let end = cue;
  // "Министр не сказал": the negation before the verb is no part of its subject.
  // (So are adverbs of manner, joined by и: В Кремле прямо и открыто заявили.)
  const adverb = (t: Tok | undefined): boolean => !!t?.word && !t.cap && (RU_SUBJECT_ADVERBS.has(t.f) || isRuMannerAdverb(t.f));
  while (end > floor && toks[end - 1]?.word && (ADVERBS.has(toks[end - 1]!.f) || adverb(toks[end - 1]) || toks[end - 1]!.f === 'не' || (toks[end - 1]!.f === 'и' && adverb(toks[end]) && adverb(toks[end - 2])))) end--;
  // "Глава государства в ответ заявил": an aside right before the verb is no part of its subject.
  end = pastAsideBefore(toks, floor, end);
  const last = toks[end - 1];
  if (!last) return null;
  if (last.word && RU_PRONOUNS.has(last.f)) return { kind: 'pronoun', text: last.raw, from: end - 1, to: end };
  // "ТАСС сообщает, что …": an agency reporting in its own name.
  const agency = last.word && last.cap ? outlet(last) : null;
  if (agency && (end - 1 === floor || !toks[end - 2]?.word)) return { kind: 'agency', text: agency, from: end - 1, to: end };
  // "В правительстве Москвы отметили": the office speaks, not the city in its genitive.
  const office = officeClause(body, toks, floor, end);
  if (office) return office;
  // "Марк Тоунер, представитель ведомства, выступил": a comma before the verb closes an apposition
  // (or a participle phrase) whose head, the name before it, is the subject.
  const s = clauseStart(toks, floor, end);
  const press = outletSubject(body, toks, s, end);
  if (press) return press;
  // "В ходе заседания Совета президент заявил", "После доклада министра Ивана Сомова президент
  // объявил": a title in the nominative right before the verb is the subject; the clause before it
  // (names in it too) only sets the scene.
  if (end - 1 > s && last.word && RU_TITLES.has(last.f) && !ruGenitiveTitle(last.f) && !RU_TITLES.has(toks[end - 2]!.f)) {
    return { kind: 'title', text: last.raw, from: end - 1, to: end };
  }
  const bodySubject = ruBodySubject(body, toks, s, end);
  if (bodySubject) return bodySubject;
  const c = (last.raw === ',' ? appositionHead(toks, floor, end) : null) ?? candidates(toks, floor, end).pop();
  // "пресс-секретарь Петра Лунина сказал": the title's holder speaks, not the man it is of.
  const of = c ? titleOf(body, toks, floor, c) : null;
  if (of) return of;
  if (c) return { kind: 'name', text: spanText(body, toks, c[0], c[1]), title: titleBefore(body, toks, floor, c[0]), from: c[0], to: c[1] };
  if (isV(toks[s]) && inBody(toks, s + 1, end)) return { kind: 'org', text: spanText(body, toks, s + 1, end), from: s + 1, to: end };
  const words = toks.slice(s, end);
  // A title, maybe after its adjective (Дипломатический источник в Анкаре, Российский дипломат).
  const head = RU_TITLES.has(words[0]?.f ?? '') || (ADJ_END.test(words[0]?.f ?? '') && RU_TITLES.has(words[1]?.f ?? ''));
  if (words.length > 0 && words.length <= 6 && head) return { kind: 'title', text: spanText(body, toks, s, end), from: s, to: end };
  return null;
}

/** "Алексей Клименко, член совета, называет это злом: «…»": a sentence with no verb of saying that
 * opens with a person's full name (maybe after its title) and ends in the colon before a quote. */
export function ruSentenceSubject(body: string, toks: Tok[], floor: number, colon: number): SpeakerRef | null {
  let s = floor;
  while (s < colon && (!toks[s]!.word || ADVERBS.has(toks[s]!.f))) s++;
  const all = candidates(toks, s, colon);
  // "Оптимизм Карпова разделил директор института Александр Сомов: «…»": the subject inverted after
  // the verb, a title and a full name closing the lead-in, is who speaks.
  const last = all[all.length - 1];
  if (last && all.length > 1 && last[1] === colon && last[1] - last[0] >= 2 && toks.slice(Math.max(s, last[0] - LEAD_TITLE_WORDS), last[0]).some((w) => RU_TITLES.has(w.f))
    && toks.slice(all[0]![1], last[0]).some((w) => w.word && !w.cap && /(?:л|ла|ли|ет|ит|ют|ят)$/u.test(w.f))) {
    return { kind: 'name', text: spanText(body, toks, last[0], last[1]), title: titleBefore(body, toks, s, last[0]), from: last[0], to: last[1] };
  }
  const c = all[0];
  if (!c || c[1] - c[0] < 2) return null;
  const lead = toks.slice(s, c[0]);
  // The title may hold a club or a company in guillemets (Главный тренер «Динамо» Петр Лунин).
  const words = lead.filter((w) => w.word);
  const titled = words.length <= LEAD_TITLE_WORDS && lead.every((w) => w.word || w.raw === '«' || w.raw === '»') && words.slice(0, 2).some((w) => RU_TITLES.has(w.f));
  if (lead.length > 0 && !titled) return null;
  // The name is the subject: a comma (its apposition) or a lower-case verb follows it.
  const next = toks[c[1]];
  if (!next || !(next.raw === ',' || (next.word && !next.cap && !RU_PREPS.has(next.f)))) return null;
  return { kind: 'name', text: spanText(body, toks, c[0], c[1]), title: lead.length > 0 ? spanText(body, toks, s, c[0]) : null, from: c[0], to: c[1] };
}

// Nouns of an occasion of speech (выступление, обращение, послание, интервью, прямая линия, встреча)
// in any case: a verbless lead-in they head dates or places the words that follow its colon.
const SPEECH_EVENT = /^(?:выступлени|обращени|послани|интервью|пресс-конференци|брифинг|реч[иьью]|лини[яиюей]|встреч|бесед)/u;

/**
 * "18 марта, обращение президента: «…»", "Прямая линия с Иваном Сомовым: «…»": a verbless lead-in
 * naming an occasion of speech before a colon. Undefined when it names none; else the speaker
 * written right after the occasion noun (a genitive title or name, or a name after «с»), or null
 * when it names nobody (the speaker already in the story goes on).
 */
export function ruSpeechEvent(body: string, toks: Tok[], floor: number, colon: number): SpeakerRef | null | undefined {
  let e = -1;
  for (let k = floor; k < colon; k++) {
    const t = toks[k]!;
    if (t.word && !t.cap && isRuCue(t.f)) return undefined;
    if (e < 0 && t.word && SPEECH_EVENT.test(t.f)) e = k;
  }
  if (e < 0) return undefined;
  // "линия с Иваном Сомовым": a full name in the instrumental after «с».
  if (toks[e + 1]?.f === 'с' || toks[e + 1]?.f === 'со') {
    const n = runEnd(toks, e + 2, colon);
    if (n - (e + 2) < 2) return null;
    return { kind: 'name', text: ruInstrumentalNominative(spanText(body, toks, e + 2, n)), title: null, from: e + 2, to: n };
  }
  const who = e + 1 < colon ? ruSpeakerAfter(body, toks, e + 1, colon) : null;
  if (!who || who.from !== e + 1 || (who.kind !== 'name' && who.kind !== 'title')) return null;
  if (who.kind === 'name') return { ...who, text: ruNominative(who.text) };
  // "Послание президента Федеральному собранию": the title ends before a capitalised addressee.
  let t = who.from + 1;
  while (t < who.to && !toks[t]!.cap) t++;
  return { ...who, text: spanText(body, toks, who.from, t), to: t };
}
