// Whether a speaker name the registry files is a person (or an office held by one) or an
// organisation: a news agency (سانا، Reuters, ТАСС), a ministry, a party, a paper. The Speakers view
// lists the two apart. Reads the engine's word lists; never changes what the engine finds. Pure.
import { foldKey } from '../text/normalize.js';
import { agencyName, AGENCY_HEADS } from './agencies.js';
import { AR_MEDIA_HEADS, AR_ORG_HEADS } from './lexicon-ar.js';
import { EN_ORG_HEADS } from './lexicon-en.js';
import { RU_NAMING, RU_ORG_STEMS } from './lexicon-ru.js';

export type EntityKind = 'person' | 'organisation';

// Beyond the engine's word lists: institutions and outlets that speak in news as often as ministries
// do (seen among the speakers it finds on real news: the White House, the Weather Service, Госдеп).
const EN_MORE_HEADS = new Set(['service', 'assembly', 'parliament', 'senate', 'congress', 'kremlin', 'pentagon', 'nato', 'fc', 'club', 'inc', 'ltd', 'corp', 'plc']);
const EN_OUTLETS = new Set(['cnn', 'bbc', 'nbc', 'cbs', 'abc', 'fox', 'rt', 'msnbc', 'npr', 'white house', 'the white house', 'downing street']);
const RU_MORE_STEMS = ['госдеп', 'государственн', 'федерац', 'сенат', 'парламент', 'минфин', 'мвд', 'фсб', 'оон', 'нато', 'рбк', 'белый дом'];
const AR_MORE_HEADS = new Set(['الكونغرس', 'البنتاغون', 'الناتو', 'حلف', 'الكنيست', 'مجلس']);

/** A news agency by its own name: one word (سانا، Reuters, ТАСС) or its whole known form (فرانس برس، РИА Новости). */
function isAgency(words: string[]): boolean {
  const name = agencyName(words[0]!);
  return name !== null && (words.length === 1 || foldKey(name) === words.join(' '));
}

/** Arabic: the first word heads an organisation (وزارة الخارجية، الكرملين، صحيفة الوطن), with و or ال or without. */
function arOrgHead(first: string): boolean {
  const forms = [first, first.replace(/^[وف](?=\p{L}{3})/u, ''), first.replace(/^ال(?=\p{L}{3})/u, ''), `ال${first}`];
  return forms.some((f) => AR_ORG_HEADS.has(f) || AR_MEDIA_HEADS.has(f) || AR_MORE_HEADS.has(f));
}

/** English: the phrase's head is an organisation word (the Foreign Ministry, Ministry of Defence). */
function enOrgHead(words: string[]): boolean {
  if (EN_OUTLETS.has(words.join(' '))) return true;
  const w = words[0] === 'the' ? words.slice(1) : words;
  const head = (x: string) => EN_ORG_HEADS.has(x) || EN_MORE_HEADS.has(x);
  return w.length > 0 && (head(w[0]!) || (w.length > 1 && head(w[w.length - 1]!)));
}

/** Russian: the first word is an organisation (МИД России, Министерство обороны, газета, агентство). */
function ruOrgHead(words: string[]): boolean {
  const first = words[0]!;
  const joined = words.join(' ');
  // A short stem (мид, оон) takes a case ending at most; a long one (госдеп…) any compound.
  const stem = (s: string) => (s.includes(' ') ? joined.startsWith(s) : first.startsWith(s) && (s.length >= 6 || first.length - s.length <= 4));
  return RU_NAMING.has(first) || RU_ORG_STEMS.some(stem) || RU_MORE_STEMS.some(stem);
}

/** The kind of entity a speaker name denotes; anything not recognised as an organisation is a person. */
export function entityKind(name: string): EntityKind {
  const words = foldKey(name).split(/[\s\u00a0]+/u).filter(Boolean);
  if (words.length === 0) return 'person';
  const first = words[0]!;
  const org = isAgency(words) || AGENCY_HEADS.has(first) || arOrgHead(first) || enOrgHead(words) || ruOrgHead(words);
  return org ? 'organisation' : 'person';
}
