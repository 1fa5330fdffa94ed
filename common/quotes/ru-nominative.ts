// A Russian person's name read in the genitive (по словам Антона Силуанова, слова Марии Ивановой)
// put back in the nominative for display (Антон Силуанов, Мария Иванова). Pure: no DOM, no Node.
// Only for phrases the grammar says are genitive; organisations and titles are left as written.
import { ruMenInA } from './gender.js';
import { RU_BODY_SUBJECT, RU_FEMALE_GIVEN_NAMES, RU_NAME_PARTICLE, RU_TITLES } from './lexicon-ru.js';

// Feminine genitive endings → nominative (surnames first: -овой is longer than -ой).
const FEMININE: [RegExp, string][] = [
  [/(ов|ев|ёв|ин|ын)ой$/u, '$1а'], [/(ск|цк)ой$/u, '$1ая'], [/ии$/u, 'ия'], [/ьи$/u, 'ья'], [/([гкхжчшщ])и$/u, '$1а'], [/ы$/u, 'а'],
  // A soft stem's -и is -я (Аси → Ася, Оли → Оля).
  [/([бвдзлмнпрстфц])и$/u, '$1я'],
  // An adjectival surname's -ой (Навальной → Навальная, Толстой → Толстая).
  [/ой$/u, 'ая'],
];
// Masculine genitive endings → nominative.
const MASCULINE: [RegExp, string][] = [
  [/(ск|цк)ого$/u, '$1ий'], [/(ов|ев|ёв|ин|ын)а$/u, '$1'], [/ия$/u, 'ий'], [/([еа])я$/u, '$1й'], [/([рл])я$/u, '$1ь'],
  [/([бвгдзклмнпрстфхжшщч])а$/u, '$1'], [/ы$/u, 'а'],
  // Men's names in -а / -я decline like women's (Ильи → Илья, Дерипаски → Дерипаска).
  [/ьи$/u, 'ья'], [/([гкхжчшщ])и$/u, '$1а'],
];

// A lone surname's genitive endings → nominative (Карпова → Карпов, Захаровой → Захарова).
const SURNAME: [RegExp, string][] = [[/(ов|ев|ёв|ин|ын)ой$/u, '$1а'], [/(ов|ев|ёв|ин|ын)а$/u, '$1'], [/(ск|цк)ого$/u, '$1ий'], [/(ск|цк)ой$/u, '$1ая']];

const fix = (w: string, rules: [RegExp, string][]): string => {
  for (const [re, to] of rules) if (re.test(w)) return w.replace(re, to);
  return w;
};

/**
 * The nominative of a genitive person's name: feminine when its last word ends in -ой (Ивановой,
 * Захаровой), masculine otherwise. Words that are not capitalised are left alone, and so is a
 * one-word name (МИД, Газпрома) unless it ends like a surname (Карпова, Захаровой, Вишневского).
 */
export function ruNominative(name: string): string {
  const words = name.split(/\s+/u);
  const indeclinable = femaleWithIndeclinable(words);
  if (indeclinable) return indeclinable;
  // An initial (И. Сечина) stays as written; the surname after it declines.
  const initial = (w: string): boolean => /^\p{Lu}\.$/u.test(w);
  // A surname alone (по словам Карпова, Захаровой, Вишневского): only by a surname's own endings.
  if (words.length === 1 && /^\p{Lu}\p{Ll}{2,}$/u.test(name)) return fix(name, SURNAME);
  // (A particle inside the name, фон дер, stays as written.)
  const particle = (w: string): boolean => RU_NAME_PARTICLE.test(w);
  if (words.length < 2 || !words.every((w) => initial(w) || particle(w) || /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(w))) return name;
  // (Or a woman's given name shows it: Юлии, Джорджи, whatever the surname does.)
  const feminine = /ой$/u.test(words[words.length - 1]!) || femaleGiven(words[0]!);
  // A family name after a particle is foreign and does not decline (Урсулы фон дер Ляйен).
  const at = words.findIndex(particle);
  // A woman's family name declines only in -ой (Сомовой, Навальной); a foreign one not at all (Мелони).
  const rules = (i: number) => (!feminine ? MASCULINE : i === 0 ? FEMININE : FEMININE.filter(([re]) => re.source.endsWith('ой$')));
  return words.map((w, i) => (initial(w) || particle(w) || (at >= 0 && i > at) ? w : fix(w, rules(i)))).join(' ');
}

// Common women's given names: with a surname that does not decline (Сябренко, Черных), only the
// given name shows the case (Елену, Елены, Елене → Елена).
/** Is `w` (capitalised, ё as е) a listed woman's given name in the nominative? */
const femaleNominative = (w: string): boolean => RU_FEMALE_GIVEN_NAMES.has(w.toLowerCase());
const OBLIQUE: [RegExp, string][] = [[/ии$/u, 'ия'], [/ией$/u, 'ия'], [/ью$/u, 'ья'], [/ье$/u, 'ья'], [/ьи$/u, 'ья'], [/ьей$/u, 'ья'], [/(?:у|ы|е|ой)$/u, 'а'], [/(?:ю|и|е|ей)$/u, 'я']];

/** Is `w` a listed woman's given name in an oblique case (Юлии, Марии, Анны)? */
function femaleGiven(w: string): boolean {
  const v = w.replace(/ё/gu, 'е');
  return OBLIQUE.some(([re, to]) => {
    const n = v.replace(re, to);
    return n !== v && femaleNominative(n);
  });
}

/** "Елену Сябренко" → "Елена Сябренко", "Людмилу Зенькович" → "Людмила Зенькович": a listed woman's
 * given name in any case before a surname in -ко / -их / -ых or a consonant (which a woman's never
 * declines), else null. */
function femaleWithIndeclinable(words: string[]): string | null {
  if (words.length !== 2 || !/^\p{Lu}\p{Ll}+(?:ко|их|ых|[бвгджзклмнпрстфхцчшщ])$/u.test(words[1]!)) return null;
  const w = words[0]!.replace(/ё/gu, 'е');
  if (femaleNominative(w)) return null;
  for (const [re, to] of OBLIQUE) {
    const n = w.replace(re, to);
    if (n !== w && femaleNominative(n)) return `${n} ${words[1]}`;
  }
  return null;
}

/** A title word in the genitive (министра, главы, председателя), after which a name is genitive too. */
export function ruGenitiveTitle(f: string): boolean {
  if (!/[аяы]$/u.test(f)) return false;
  const stem = f.slice(0, -1);
  return RU_TITLES.has(stem) || (f.endsWith('я') && RU_TITLES.has(`${stem}ь`)) || (f.endsWith('ы') && RU_TITLES.has(`${stem}а`));
}

/** A title word in the instrumental (мэром, министром, председателем, главой), after which a name
 * is instrumental too (после беседы с главой поселка X Иваном Сомовым). */
export function ruInstrumentalTitle(f: string): boolean {
  const m = /^(\p{Ll}[\p{Ll}-]{2,})(ом|ем|ой)$/u.exec(f);
  if (!m) return false;
  const [, stem, end] = m;
  return end === 'ом' ? RU_TITLES.has(stem!) : end === 'ем' ? RU_TITLES.has(`${stem}ь`) : RU_TITLES.has(`${stem}а`);
}

/** "главой поселка X" → "глава поселка X": a title read in the instrumental with its head put back in
 * the nominative (what follows the head stays as written). */
export function ruInstrumentalTitleNominative(phrase: string): string {
  const [head, ...rest] = phrase.split(' ');
  const m = /^(\p{Ll}[\p{Ll}-]{2,})(ом|ем|ой)$/u.exec(head ?? '');
  if (!m || !ruInstrumentalTitle(head!)) return phrase;
  const nom = m[2] === 'ом' ? m[1]! : m[2] === 'ем' ? `${m[1]}ь` : `${m[1]}а`;
  return [nom, ...rest].join(' ');
}

// Office nouns after в/во (prepositional) or на (accusative: на пресс-службу) → nominative: в
// правительстве → правительство, в Кремле → Кремль, в Госдуме → Госдума; acronyms (МЧС) do not decline.
const OFFICE_CASES: [RegExp, string][] = [
  [/стве$/u, 'ство'], [/нии$/u, 'ние'], [/жбу$/u, 'жба'], [/ии$/u, 'ия'], [/жбе$/u, 'жба'], [/уре$/u, 'ура'], [/уме$/u, 'ума'],
  [/([бтдн])е$/u, '$1'], [/([вкмрсз])е$/u, '$1'], [/ле$/u, 'ль'],
];

// A capitalised adjective in the prepositional before the office noun (в Следственном комитете,
// в Верховном суде) → nominative; the noun after it follows OFFICE_CASES.
const ADJ_PREPOSITIONAL: [RegExp, string][] = [[/([гкхжчшщ])ом$/u, '$1ий'], [/ом$/u, 'ый'], [/ем$/u, 'ий']];

/** "правительстве Москвы" → "правительство Москвы", "Верховном суде" → "Верховный суд": the office
 * word (and a masculine adjective before it) put back in the nominative. */
export function ruOfficeNominative(phrase: string): string {
  const [head, ...rest] = phrase.split(' ');
  if (/^\p{Lu}\p{Ll}{2,}(?:ом|ем)$/u.test(head!) && rest.length > 0) {
    const [noun, ...tail] = rest;
    return [fix(head!, ADJ_PREPOSITIONAL), fix(noun!, OFFICE_CASES), ...tail].join(' ');
  }
  return [fix(head!, OFFICE_CASES), ...rest].join(' ');
}

// A title's or body's head noun in the genitive → nominative (по словам эксперта, руководителя
// пресс-службы; в сообщении пресс-службы, администрации, министерства, управления).
const HEAD_GENITIVE: [RegExp, string][] = [
  [/ства$/u, 'ство'], [/([ан])ия$/u, '$1ие'], [/ии$/u, 'ия'], [/тел[яю]$/u, 'тель'], [/([лр])я$/u, '$1ь'],
  [/([гкхжчшщ])и$/u, '$1а'], [/ы$/u, 'а'], [/([бвгдзклмнпрстфхжшщч])а$/u, '$1'],
];
// Adjectives before it (официального представителя, городской администрации).
const ADJ_GENITIVE: [RegExp, string][] = [[/([гкхжчшщ])ого$/u, '$1ий'], [/ого$/u, 'ый'], [/его$/u, 'ий'], [/ой$/u, 'ая']];

/**
 * The nominative of a lower-case title or body read where Russian puts the genitive (по словам
 * эксперта Центра …, в сообщении пресс-службы Госдумы): the adjectives and head noun at its start
 * decline back; what follows the head (its own genitive complement) stays as written.
 */
export function ruTitleNominative(phrase: string): string {
  const words = phrase.split(' ');
  if (!/^\p{Ll}/u.test(words[0] ?? '')) return [ruBodyNominative(words[0] ?? ''), ...words.slice(1)].join(' ');
  let i = 0;
  while (i < words.length - 1 && /^\p{Ll}+(?:ого|его|ой)$/u.test(words[i]!)) {
    words[i] = fix(words[i]!, ADJ_GENITIVE);
    i++;
  }
  // замминистра, замглавы: a short form that never declines.
  if (/^зам\p{Ll}/u.test(words[i]!)) return words.join(' ');
  words[i] = words[i]!.split('-').map((part, n, all) => (n === all.length - 1 ? fix(part, HEAD_GENITIVE) : part)).join('-');
  return words.join(' ');
}

// Genitive endings of a one-word body's name and their nominative (Минфина, Кремля, Госдумы, Еврокомиссии).
const BODY_GENITIVE: [RegExp, string][] = [[/а$/u, ''], [/я$/u, 'ь'], [/ы$/u, 'а'], [/и$/u, 'я']];
/** A capitalised body's name in the genitive (Минфина, Пентагона, Кремля, Госдумы) in the nominative,
 * when that nominative is a body the lexicon knows (RU_BODY_SUBJECT); else the word as written. */
export function ruBodyNominative(word: string): string {
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word) || RU_BODY_SUBJECT.test(word.toLowerCase())) return word;
  for (const [end, to] of BODY_GENITIVE) {
    const nom = word.replace(end, to);
    if (nom !== word && RU_BODY_SUBJECT.test(nom.toLowerCase())) return nom;
  }
  return word;
}

/**
 * A person's name in the dative (вдове писателя Анне Павловне, сыну Петру Ивановичу, Ивану Петрову):
 * whom something is given or said to, never who speaks. Read only where the endings leave no doubt:
 * a patronymic in -овне/-ичу, a masculine -у/-ю given name before an -ову/-ину surname, a feminine
 * -е given name before an -овой/-ской surname; likewise an accusative -у/-ю given name before an
 * -скую surname (an object, never the subject).
 */
export function ruDativeName(name: string): boolean {
  const ws = name.toLowerCase().replace(/ё/gu, 'е').split(/\s+/u);
  if (ws.length < 2) return false;
  if (ws.some((w) => /(?:овн|евн|ичн)е$|(?:вич|ьич)у$/u.test(w))) return true;
  const [given, last] = [ws[0]!, ws[ws.length - 1]!];
  // "называет главреда Елену Ямпольскую": a feminine -скую / -цкую surname is an object (accusative).
  if (/[ую]$/u.test(given) && /(?:ск|цк)ую$/u.test(last)) return true;
  return (/[ую]$/u.test(given) && /(?:ов|ев|ин|ын)у$/u.test(last)) || (/[^и]е$/u.test(given) && /(?:ов|ев|ин|ын|ск|цк)ой$/u.test(last));
}
// Instrumental endings → nominative (с Иваном Сомовым, с Сергеем Петровским, с Анной Сомовой).
const INSTR_FEMININE: [RegExp, string][] = [[/(ов|ев|ёв|ин|ын)ой$/u, '$1а'], [/(ск|цк)ой$/u, '$1ая'], [/ией$/u, 'ия'], [/ей$/u, 'я'], [/ой$/u, 'а']];
const INSTR_MASCULINE: [RegExp, string][] = [[/(ск|цк)им$/u, '$1ий'], [/(ов|ев|ёв|ин|ын)ым$/u, '$1'], [/ием$/u, 'ий'], [/([еа])ем$/u, '$1й'], [/([бвгдзклмнпрстфхжшщч])ом$/u, '$1'], [/([жшщчц])ем$/u, '$1'],
  // A soft stem (Игорем, Кемалем, Гоголем): the nominative ends in -ь.
  [/([бвдзлмнпрстф])ем$/u, '$1ь']];

/** A man's given name of the -а declension in the instrumental (Никитой, Ильёй), in the nominative;
 * else null. */
function manInA(w: string): string | null {
  const m = /^(.+?)(?:ь[её]й|ой|ей)$/u.exec(w);
  if (!m) return null;
  const base = /ь[её]й$/u.test(w) ? `${m[1]}ья` : `${m[1]}а`;
  return ruMenInA(base.toLowerCase().replace(/ё/gu, 'е')) ? base : null;
}

/** The nominative of a person's name read in the instrumental (after «с»: линия с Иваном Сомовым). */
export function ruInstrumentalNominative(name: string): string {
  const words = name.split(/\s+/u);
  if (words.length < 2 || !words.every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(w))) return name;
  // (Or a woman's given name shows it: Юлии, Джорджи, whatever the surname does.)
  const feminine = /ой$/u.test(words[words.length - 1]!) || femaleGiven(words[0]!);
  return words.map((w, i) => (!feminine && i === 0 && words.length > 1 ? manInA(w) : null) ?? fix(w, feminine ? INSTR_FEMININE : INSTR_MASCULINE)).join(' ');
}

// Feminine accusative endings → nominative (цитирует Наталью Белову, Анну Петровскую).
const ACC_FEMININE: [RegExp, string][] = [[/(ов|ев|ёв|ин|ын)у$/u, '$1а'], [/(ск|цк)ую$/u, '$1ая'], [/ию$/u, 'ия'], [/ью$/u, 'ья'], [/у$/u, 'а'], [/ю$/u, 'я']];

/** The nominative of a person's name read in the accusative (after «цитирует»): a feminine one
 * when its surname ends in -ову / -ину / -скую, else masculine, whose accusative is the genitive. */
export function ruAccusativeNominative(name: string): string {
  const words = name.split(/\s+/u);
  if (words.length < 2 || !words.every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(w))) return name;
  const indeclinable = femaleWithIndeclinable(words);
  if (indeclinable) return indeclinable;
  if (!/(?:(?:ов|ев|ёв|ин|ын)у|(?:ск|цк)ую)$/u.test(words[words.length - 1]!)) return ruNominative(name);
  return words.map((w) => fix(w, ACC_FEMININE)).join(' ');
}

/** A title word in the dative (президенту, министру, председателю, главе), after which a name is
 * dative too (письмо президенту X Игорю Сомову). */
export function ruDativeTitle(f: string): boolean {
  const m = /^(\p{Ll}[\p{Ll}-]{2,})([ую]|е)$/u.exec(f);
  if (!m) return false;
  const [, stem, end] = m;
  // (Not министре: a title whose stem is one already, министр, has no nominative in -а.)
  return end === 'у' ? RU_TITLES.has(stem!) : end === 'ю' ? RU_TITLES.has(`${stem}ь`) : RU_TITLES.has(`${stem}а`) && !RU_TITLES.has(stem!);
}

/** "президенту Молдавии" → "президент Молдавии": a dative title's head back in the nominative. */
const DAT_TITLE: [RegExp, string][] = [[/у$/u, ''], [/ю$/u, 'ь'], [/е$/u, 'а']];
export function ruDativeTitleNominative(phrase: string): string {
  const [head, ...rest] = phrase.split(' ');
  return [fix(head!, DAT_TITLE), ...rest].join(' ');
}

// Dative endings → nominative (Игорю Сомову, Петру Лунину, Анне Котовой, Марии Сомовой).
const DAT_FEMININE: [RegExp, string][] = [[/(ов|ев|ёв|ин|ын)ой$/u, '$1а'], [/(ск|цк)ой$/u, '$1ая'], [/ии$/u, 'ия'], [/ье$/u, 'ья'], [/е$/u, 'а']];
const DAT_MASCULINE: [RegExp, string][] = [[/(ск|цк)ому$/u, '$1ий'], [/(ов|ев|ёв|ин|ын)у$/u, '$1'], [/ию$/u, 'ий'], [/([еа])ю$/u, '$1й'], [/([рл])ю$/u, '$1ь'], [/([бвгдзклмнпрстфхжшщч])у$/u, '$1']];

/** The nominative of a person's name read in the dative (after a dative title): feminine when its
 * last word ends in -ой or its first in -е (Анне Котовой, Ирине Черных), else masculine. */
export function ruDativeNominative(name: string): string {
  const words = name.split(/\s+/u);
  if (words.length < 2 || !words.every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(w))) return name;
  const feminine = /ой$/u.test(words[words.length - 1]!) || /[^и]е$|ии$/u.test(words[0]!);
  return words.map((w) => fix(w, feminine ? DAT_FEMININE : DAT_MASCULINE)).join(' ');
}
