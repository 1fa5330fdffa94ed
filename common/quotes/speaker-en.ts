// Reads an English speaker phrase next to a cue: "Lavrov said", "said Marta Quental, chief …",
// "Cal Fire Chief Rosa Delgado said", "X, who …, said", "the Syrian minister said", "he said".
// Pure: no DOM, no Node. Capitalisation finds names; titles and organisation heads come from the lexicon.
import { agencyName } from './agencies.js';
import { EN_AUX, EN_CUES, EN_ORG_HEADS, EN_PRONOUNS, EN_STOP, EN_TITLES } from './lexicon-en.js';
import { spanText, type SpeakerRef } from './speaker-ref.js';
import type { Tok } from './tokens.js';

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'one']);
const NAME_PARTICLES = new Set(['al', 'bin', 'de', 'van', 'von', 'der', 'den', 'da', 'dos', 'du', 'del', 'della', 'abu', 'el', 'la', 'le', 'di', 'ibn', 'ben']);
// Words a sentence may start with (capitalised) that are not names.
const NOT_NAMES = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'but', 'and', 'one', 'local', 'this', 'that', 'in', 'on', 'at', 'after', 'every', 'about', 'he', 'she', 'they', 'it', 'we', 'i', 'you']);
// How far back an organisation head may sit before the cue ("the ministry of transport said").
const ORG_WINDOW = 5;

// A particle glued to a capitalised surname is a name part too (al-Otaibi, el-Sisi, bin-Zayed).
const GLUED_PARTICLE = /^(?:al|el|ad|ash|as|at|az|ibn|bin|abu|ben|de|da|di|du|van|von|le|la)-\p{Lu}/u;
const isCap = (t: Tok): boolean => t.cap || GLUED_PARTICLE.test(t.raw);
const isNamePart = (t: Tok | undefined): boolean =>
  !!t && t.word && ((isCap(t) && !NOT_NAMES.has(t.f) && !EN_TITLES.has(t.f) && !EN_ORG_HEADS.has(t.f)) || NAME_PARTICLES.has(t.f));
/** A title or organisation word, plurals included ("Analysts at Goldman Sachs", "delegates"). */
const isTitleWord = (t: Tok): boolean => EN_TITLES.has(t.f) || EN_ORG_HEADS.has(t.f) || (t.f.endsWith('s') && EN_TITLES.has(t.f.slice(0, -1)));
/** Prepositions that make the capitalised words after them a place or an employer, not the speaker. */
const PLACE_PREPS = new Set(['in', 'at', 'from', 'of', 'for', 'to', 'with', 'by', 'on', 'near', 'outside', 'inside']);
// Adverbs between a subject and its cue ("Al-Otaibi later told reporters").
const ADVERBS = new Set(['also', 'later', 'earlier', 'then', 'again', 'still', 'previously', 'once', 'now', 'too', 'further', 'repeatedly', 'never', 'not']);
// An appositive or clause between commas before the cue is at most this many tokens long.
const APPOSITIVE_MAX = 24;

/** A one-letter capital word: an initial before its full stop (the W of George W. Bush). */
const initial = (t: Tok | undefined): boolean => !!t?.word && t.cap && t.raw.length === 1;
// A generational suffix after a surname (Martin Luther King Jr., Ken Griffey Sr.).
const SUFFIX = new Set(['jr', 'sr']);
/** Past the name words from `e`, a middle initial with its full stop included (George W. Bush);
 * a generational suffix is a name word, its full stop left out (Martin Luther King Jr). */
function nameRunEnd(toks: Tok[], e: number): number {
  const start = e;
  for (;;) {
    if (isNamePart(toks[e])) e++;
    else if (e > start && toks[e]?.raw === '.' && initial(toks[e - 1]) && isNamePart(toks[e + 1])) e++;
    else return e;
  }
}
/** Backwards: where the name run ending at `to` starts, initials included (Robert F. Kennedy). */
function nameRunStart(toks: Tok[], from: number, to: number): number {
  let s = to;
  for (;;) {
    if (s > from && isNamePart(toks[s - 1])) s--;
    else if (s - 1 > from && toks[s - 1]?.raw === '.' && initial(toks[s - 2]) && isNamePart(toks[s])) s--;
    else return s;
  }
}

/** The trailing run of name words in [from, to): "Cal Fire Chief Rosa Delgado" → "Rosa Delgado". */
function trailingName(toks: Tok[], from: number, end: number): [number, number] | null {
  // "Martin Luther King Jr. said": a suffix's full stop ends the name, outside it.
  const to = toks[end - 1]?.raw === '.' && SUFFIX.has(toks[end - 2]?.f ?? '') ? end - 1 : end;
  // "Mr Sergeant", "Mrs Judge": after an honorific a title word is a surname ("Mr President" is not).
  const last = toks[to - 1];
  if (last?.word && isCap(last) && to - 2 >= from && HONORIFIC.has(toks[to - 2]!.f) && EN_TITLES.has(last.f) && !ADDRESSED.has(last.f)) return [to - 1, to];
  let s = nameRunStart(toks, from, to);
  while (s < to && NAME_PARTICLES.has(toks[s]!.f) && !toks[s]!.cap) s++;
  return s < to && isCap(toks[to - 1]!) ? [s, to] : null;
}

/** A name phrase after a cue ("said Marta Quental", "said the minister", "he said" is handled before). */
// How many words a description between a determiner and an appositive name may run.
const DESCRIPTION_MAX = 6;
const EN_HONORIFIC_ABBR = new Set(['dr', 'prof', 'mr', 'mrs', 'ms', 'gen', 'col', 'capt', 'sen', 'rep', 'gov']);

export function enSpeakerAfter(body: string, toks: Tok[], i: number): SpeakerRef | null {
  const t = toks[i];
  if (!t?.word) return null;
  if (EN_PRONOUNS.has(t.f)) return { kind: 'pronoun', text: t.raw, from: i, to: i + 1 };
  const agency = agencyName(t.f);
  if (agency && t.cap) return { kind: 'agency', text: t.raw, from: i, to: i + 1 };
  const someone = indefiniteSubject(body, toks, i);
  if (someone) return someone;
  // "said a statement by Chief Constable Pippa Mills": whoever issued the statement speaks.
  if (DETERMINERS.has(t.f) && ISSUED.has(toks[i + 1]?.f ?? '') && ['by', 'from'].includes(toks[i + 2]?.f ?? '')) return enSpeakerAfter(body, toks, i + 3);
  let j = descriptorEnd(toks, i);
  // (A capitalised field right before a title word is the office's: Finance Minister, Defence Secretary.)
  const field = (k: number): boolean => !!toks[k]?.word && isCap(toks[k]!) && !EN_TITLES.has(toks[k]!.f) && !!toks[k + 1]?.word && toks[k + 1]!.cap && EN_TITLES.has(toks[k + 1]!.f);
  while (toks[j]?.word && (EN_TITLES.has(toks[j]!.f) || DETERMINERS.has(toks[j]!.f) || field(j))) {
    j++;
    // "Dr. Stan Hall": an abbreviated honorific's full stop.
    if (toks[j]?.raw === '.' && EN_HONORIFIC_ABBR.has(toks[j - 1]!.f) && toks[j + 1]?.cap) j++;
  }
  // "Mayor of London Tom Baker", "Governor of the Bank of England Anna Grey": the office's place or
  // body after "of", then the name: its last two capitalised words.
  const ofPlace = j > i && toks[j]?.f === 'of' && EN_TITLES.has(toks[j - 1]!.f) ? placeThenName(body, toks, i, j) : null;
  if (ofPlace) return ofPlace;
  // "according to his daughter, Sarah Nolan": a short description, a comma, then the name.
  // "said the study's lead author, Dr. Yousef Al-Sabah": a short lower-case description after the
  // determiner, then the comma.
  let c = j;
  if (DETERMINERS.has(t.f)) while (c < i + DESCRIPTION_MAX && toks[c]?.word && !toks[c]!.cap && !EN_CUES.has(toks[c]!.f) && !EN_AUX.has(toks[c]!.f) && !EN_STOP.has(toks[c]!.f)) c++;
  if (c > j && toks[c]?.raw === ',') {
    let e = c + 1;
    while (toks[e]?.word && EN_HONORIFIC_ABBR.has(toks[e]!.f) && toks[e + 1]?.raw === '.') e += 2;
    const n = e;
    e = nameRunEnd(toks, e);
    if (e > n + 1 && isCap(toks[e - 1]!)) return { kind: 'name', text: spanText(body, toks, n, e), title: spanText(body, toks, i + 1, c), from: i, to: e };
  }
  if (DETERMINERS.has(t.f) && toks[j]?.raw === ',' && j > i + 1) {
    const e = nameRunEnd(toks, j + 1);
    if (e > j + 1 && isCap(toks[e - 1]!)) return { kind: 'name', text: spanText(body, toks, j + 1, e), title: spanText(body, toks, i + 1, j), from: i, to: e };
  }
  const e = nameRunEnd(toks, j);
  // "said one Dubai-based banker", "said the Syrian minister": after a determiner, capitalised
  // modifiers before a lower-case noun make a description, not a name.
  if (DETERMINERS.has(t.f) && e > j && toks[e]?.word && !toks[e]!.cap) {
    let d = e;
    while (toks[d]?.word && !toks[d]!.cap && !EN_STOP.has(toks[d]!.f) && !EN_AUX.has(toks[d]!.f) && !EN_CUES.has(toks[d]!.f) && d < e + 3) d++;
    const from = t.f === 'the' || t.f === 'a' || t.f === 'an' ? i + 1 : i;
    return { kind: 'title', text: spanText(body, toks, from, d), from: i, to: d };
  }
  if (e > j && isCap(toks[e - 1]!)) {
    const title = j > i ? spanText(body, toks, i, j) : trailingTitle(body, toks, e);
    return { kind: 'name', text: spanText(body, toks, j, e), title, from: i, to: e };
  }
  if (j > i + 1 && DETERMINERS.has(t.f)) return { kind: 'title', text: spanText(body, toks, i + 1, j), from: i, to: j };
  return null;
}

/** After a title and its "of" at `of`: a capitalised place or body (linked by of, the, and) and a
 * two-word name closing the run, when the run has three capitalised words or more; else null. */
function placeThenName(body: string, toks: Tok[], i: number, of: number): SpeakerRef | null {
  let e = of + 1;
  let caps = 0;
  while (toks[e]?.word && (isCap(toks[e]!) || ['of', 'the', 'and'].includes(toks[e]!.f))) {
    if (isCap(toks[e]!)) caps++;
    e++;
  }
  while (e > of && !isCap(toks[e - 1]!)) e--;
  if (caps < 3 || !isNamePart(toks[e - 1]) || !isNamePart(toks[e - 2])) return null;
  return { kind: 'name', text: spanText(body, toks, e - 2, e), title: spanText(body, toks, i, e - 2), from: i, to: e };
}

// Words for what someone issued ("a statement by X").
const ISSUED = new Set(['statement', 'letter', 'message', 'note']);

// How many lower-case words may describe a title after a cue ("study lead author").
const DESCRIPTOR_MAX = 3;

/** "said team captain Jo Ruiz", "says study lead author Dr. Stan Hall": the title word after a few
 * lower-case descriptor words starting at `i`, or `i` when there is none. */
function descriptorEnd(toks: Tok[], i: number): number {
  let d = i;
  while (d < i + DESCRIPTOR_MAX && toks[d]?.word && !toks[d]!.cap && !EN_TITLES.has(toks[d]!.f) && !DETERMINERS.has(toks[d]!.f)
    && !EN_STOP.has(toks[d]!.f) && !EN_CUES.has(toks[d]!.f) && !EN_AUX.has(toks[d]!.f) && !EN_PRONOUNS.has(toks[d]!.f)) d++;
  return d > i && toks[d]?.word && EN_TITLES.has(toks[d]!.f) ? d : i;
}

// Subjects that are someone nobody names: "fumed another", "as one raged", "wrote a fourth".
const INDEFINITE_ONES = new Set(['one', 'another', 'others']);
const ORDINALS = new Set(['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);

/** "another", "a fourth" (maybe "a fourth viewer") right after a cue: a title only an indefinite
 * article introduces, which the settling step leaves unattributed. */
function indefiniteSubject(body: string, toks: Tok[], i: number): SpeakerRef | null {
  const t = toks[i]!;
  if ((t.f === 'another' || t.f === 'others') && !toks[i + 1]?.word) return { kind: 'title', text: t.raw, from: i, to: i + 1 };
  if ((t.f === 'a' || t.f === 'one') && ORDINALS.has(toks[i + 1]?.f ?? '')) {
    const e = toks[i + 2]?.word && !toks[i + 2]!.cap ? i + 3 : i + 2;
    return { kind: 'title', text: spanText(body, toks, i, e), from: i, to: e };
  }
  return null;
}

/** The subject before a cue, within [floor, cue): see the module header for the shapes handled. */
export function enSpeakerBefore(body: string, toks: Tok[], cue: number, floor: number): SpeakerRef | null {
  let end = cue;
  while (end > floor && toks[end - 1]?.word && (EN_AUX.has(toks[end - 1]!.f) || /ly$/.test(toks[end - 1]!.f) || ADVERBS.has(toks[end - 1]!.f))) end--;
  const last = toks[end - 1];
  if (!last) return null;
  if (last.word && EN_PRONOUNS.has(last.f)) return { kind: 'pronoun', text: last.raw, from: end - 1, to: end };
  if (last.f === 'but' || last.f === 'and') return enSentenceSubject(body, toks, floor, end);
  // "as one raged:", "others said": someone nobody names.
  const beforeOne = toks[end - 2];
  if (last.word && INDEFINITE_ONES.has(last.f) && (!beforeOne?.word || ['as', 'and', 'but', 'while'].includes(beforeOne.f))) return { kind: 'title', text: last.raw, from: end - 1, to: end };
  // "X, who voted against the measure, said", "X, 71, said", "X, speaking on condition of anonymity, said",
  // "Marcus Lindqvist, Sweden's trade minister, said": peel the parts between commas; a name inside
  // the last one is the speaker ("An analyst at Hanmore Capital, Lisa Brandt, said"), else the
  // speaker stands before them with the appositive as title.
  let appositive: string | null = null;
  while (toks[end - 1]?.raw === ',' && end - 1 > floor) {
    let k = end - 2;
    while (k > floor && k > end - APPOSITIVE_MAX && toks[k]!.raw !== ',') k--;
    // A long relative clause ("Mr Grey, who had to say sorry twelve months ago over …, said") is peeled whole.
    if (toks[k]?.raw !== ',') k = relativeClauseStart(toks, floor, end - 1) ?? k;
    if (toks[k]?.raw !== ',') {
      end = end - 1;
      break;
    }
    const first = toks[k + 1]!;
    const inner = trailingName(toks, k + 1, end - 1);
    const clause = ['who', 'which', 'whose', 'whom'].includes(first.f) || (first.f.endsWith('ing') && !first.cap) || /^\d/.test(first.raw);
    // "X, for the Green Party, said", "X, MP for Henley, Oxfordshire, said": an affiliation or
    // a one-word place is part of the appositive; a name there is a full name (", Lisa Brandt,").
    const affiliation = ['for', 'of', 'at', 'from', 'with', 'in'].includes(first.f);
    const fullName = !!inner && (inner[1] - inner[0] >= 2 || HONORIFIC.has(toks[inner[0] - 1]?.f ?? ''));
    if (!clause && !affiliation && fullName && !PLACE_PREPS.has(toks[inner![0] - 1]?.f ?? '')) {
      end = end - 1;
      break;
    }
    if (!clause && !appositive) appositive = spanText(body, toks, k + 1, end - 1);
    end = k + 1; // keep the comma: the part before it may be peeled too ("Lorraine Petit, 71, who …,")
  }
  // An organisation ("The Department for Levelling Up", "the ministry of transport"), unless a
  // title follows its head ("Union spokesman Rui Bettencourt" is a person).
  for (let k = end - 1; k >= Math.max(floor, end - ORG_WINDOW); k--) {
    const t = toks[k]!;
    if (!t.word) break;
    if (EN_ORG_HEADS.has(t.f) && !toks.slice(k + 1, end).some((w) => EN_TITLES.has(w.f))) {
      let s = k; // back over modifiers ("Local officials", "Ohio Secretary of State's"), not over determiners
      while (s > floor && toks[s - 1]?.word && !DETERMINERS.has(toks[s - 1]!.f) && !EN_AUX.has(toks[s - 1]!.f) && (!EN_STOP.has(toks[s - 1]!.f) || (INSTITUTION_LINKS.has(toks[s - 1]!.f) && isCap(toks[s - 2] ?? toks[s - 1]!)))) s--;
      // "A spokeswoman for the … office": a person speaking for the organisation.
      const d = DETERMINERS.has(toks[s - 1]?.f ?? '') ? s - 1 : s;
      const tw = ['for', 'of', 'at', 'with'].includes(toks[d - 1]?.f ?? '') ? spokesTitle(toks, floor, d - 1) : null;
      if (tw !== null) {
        let ts = tw;
        while (ts > floor && toks[ts - 1]?.word && !DETERMINERS.has(toks[ts - 1]!.f) && !EN_STOP.has(toks[ts - 1]!.f) && !EN_CUES.has(toks[ts - 1]!.f)) ts--;
        return { kind: 'title', text: spanText(body, toks, ts, end), from: ts, to: end };
      }
      if (isNamePart(toks[k - 1]) && s === k) continue;
      return { kind: 'org', text: spanText(body, toks, s, end), from: s, to: end };
    }
  }
  const name = trailingName(toks, floor, end);
  const institution = name ? institutionStart(toks, floor, name[0]) : null;
  if (name && institution !== null) return { kind: 'org', text: spanText(body, toks, institution, name[1]), from: institution, to: name[1] };
  // "The BBC said", "the PSNI confirmed": an acronym after "the" is an organisation.
  if (name && name[1] - name[0] === 1 && toks[name[0] - 1]?.f === 'the' && ACRONYM.test(toks[name[0]]!.raw)) {
    return { kind: 'org', text: toks[name[0]]!.raw, from: name[0], to: name[1] };
  }
  // "the Portuguese said", "the 28-year-old said": a descriptor that points back like "he".
  if (name && name[1] - name[0] === 1 && name[1] === end && toks[name[0] - 1]?.f === 'the') {
    return { kind: 'pronoun', text: spanText(body, toks, name[0] - 1, end), from: name[0] - 1, to: end };
  }
  if (!name && end - 1 > floor && toks[end - 2]?.f === 'the' && /^\d+-year-old$/u.test(toks[end - 1]!.f)) {
    return { kind: 'pronoun', text: spanText(body, toks, end - 2, end), from: end - 2, to: end };
  }
  // "An Israeli diplomat in Washington said": a name after a preposition is not the subject.
  // So is one whose honorific follows a preposition ("A source close to Mr Hale said").
  const honored = name && HONORIFIC.has(toks[name[0] - 1]?.f ?? '') ? name[0] - 1 : name?.[0] ?? 0;
  if (name && !PLACE_PREPS.has(toks[name[0] - 1]?.f ?? '') && !PLACE_PREPS.has(toks[honored - 1]?.f ?? '')) {
    let ts = name[0];
    while (ts > floor && toks[ts - 1]?.word && (EN_TITLES.has(toks[ts - 1]!.f) || toks[ts - 1]!.cap) && !NOT_NAMES.has(toks[ts - 1]!.f)) ts--;
    const title = ts < name[0] ? spanText(body, toks, ts, name[0]) : appositive;
    return { kind: 'name', text: spanText(body, toks, name[0], name[1]), title, from: ts, to: name[1] };
  }
  // A title or plural noun phrase: "the Syrian minister", "Local officials", "The leader of … Council".
  // It stops at a determiner, a pronoun or another verb ("He describes a senior official").
  let s = end;
  while (s > floor && toks[s - 1]?.word) {
    const f = toks[s - 1]!.f;
    if (EN_PRONOUNS.has(f) || ((EN_CUES.has(f) || EN_AUX.has(f)) && !toks[s - 1]!.cap)) break;
    if (EN_STOP.has(f) && !(PLACE_PREPS.has(f) && toks[s]?.word && isCap(toks[s]!) && !['and', 'but', 'or'].includes(f))) break;
    s--;
    if (DETERMINERS.has(f)) break;
  }
  while (s < end && DETERMINERS.has(toks[s]!.f)) s++;
  const words = toks.slice(s, end);
  if (words.length > 0 && words.length <= 6 && words.some(isTitleWord)) {
    // "an aide to the mayor insisted": the title before "to/for/of the …" is the subject.
    const own = ownerTitle(toks, floor, s);
    if (own !== null) return { kind: 'title', text: spanText(body, toks, own, end), from: own, to: end };
    return { kind: 'title', text: spanText(body, toks, s, end), from: s, to: end };
  }
  return null;
}

// How many words of place ("at the scene", "on the ground") may part a title from its "for X".
const SPOKES_PLACE_MAX = 4;

/** "A spokeswoman | for …", "A spokesman at the scene | for …": the title word before the
 * preposition at `p`, across a short lower-case place phrase; or null. */
function spokesTitle(toks: Tok[], floor: number, p: number): number | null {
  for (let t = p - 1; t >= Math.max(floor, p - 1 - SPOKES_PLACE_MAX); t--) {
    const w = toks[t]!;
    if (EN_TITLES.has(w.f)) return t === p - 1 || PLACE_PREPS.has(toks[t + 1]!.f) ? t : null;
    if (!w.word || w.cap || EN_CUES.has(w.f) || EN_AUX.has(w.f)) return null;
  }
  return null;
}

/** "an aide to | the mayor": the start of a title word (with its article) before a preposition and a
 * determiner that end right at `s`, or null. */
function ownerTitle(toks: Tok[], floor: number, s: number): number | null {
  const d = DETERMINERS.has(toks[s - 1]?.f ?? '') ? s - 1 : s;
  const p = toks[d - 1];
  if (!p || !['to', 'for', 'of', 'at', 'with'].includes(p.f) || d - 2 < floor || !isTitleWord(toks[d - 2]!)) return null;
  let t = d - 2;
  while (t > floor && toks[t - 1]?.word && !toks[t - 1]!.cap && !EN_STOP.has(toks[t - 1]!.f) && !EN_CUES.has(toks[t - 1]!.f) && !DETERMINERS.has(toks[t - 1]!.f) && t > d - 5) t--;
  return DETERMINERS.has(toks[t - 1]?.f ?? '') && t - 1 >= floor ? t - 1 : t;
}

// How long a trailing ", the prime minister" description may be.
const TRAILING_TITLE_MAX = 6;

/** ", the prime minister." after a name read after its cue ("…," said Tony Blair, the prime
 * minister): that description, when it holds a title word and ends the sentence or clause. */
function trailingTitle(body: string, toks: Tok[], e: number): string | null {
  if (toks[e]?.raw !== ',' || !DETERMINERS.has(toks[e + 1]?.f ?? '')) return null;
  let k = e + 2;
  while (k < e + 2 + TRAILING_TITLE_MAX && toks[k]?.word && !EN_CUES.has(toks[k]!.f) && !EN_AUX.has(toks[k]!.f)) k++;
  const end = toks[k];
  if (k === e + 2 || (end && end.word) || !toks.slice(e + 2, k).some(isTitleWord)) return null;
  return spanText(body, toks, e + 2, k);
}

// An organisation's initials (BBC, PSNI, NHS).
const ACRONYM = /^\p{Lu}{2,6}$/u;
// Offices an honorific addresses ("Mr President", "Madam Speaker"): never a surname.
const ADDRESSED = new Set(['president', 'chairman', 'chair', 'mayor', 'secretary', 'speaker', 'minister', 'deputy', 'ambassador', 'governor', 'commissioner', 'chancellor', 'premier', 'prime']);
// "Mr Grey" is a name on its own.
const HONORIFIC = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'lord', 'lady', 'dame', 'miss']);
// How far back a ", who …," clause before a cue may start.
const RELATIVE_MAX = 45;

/** The comma that opens a ", who/which/whose …" clause ending at token `end`, if there is one. */
function relativeClauseStart(toks: Tok[], floor: number, end: number): number | null {
  for (let k = end - 1; k > Math.max(floor, end - RELATIVE_MAX); k--) {
    if (toks[k]!.raw === ',' && ['who', 'whose', 'which'].includes(toks[k + 1]?.f ?? '')) return k;
    if (toks[k]!.raw === ';' || /^[“”"«»]$/u.test(toks[k]!.raw)) return null;
  }
  return null;
}

// Links inside an institution's name (Centre for Disease Control, Bank of England, Food and Drug …).
const INSTITUTION_LINKS = new Set(['for', 'of', 'and', '&']);

/** "Nigeria Centre for Disease Control": where a capitalised name that runs on over for/of/and
 * starts, when the name at `at` is its tail; else null (a lone "… in Washington" is a place). */
function institutionStart(toks: Tok[], floor: number, at: number): number | null {
  let s = at;
  let segEnd = at; // end of the segment after the link being crossed
  let ok = false;
  while (s - 2 >= floor && INSTITUTION_LINKS.has(toks[s - 1]!.f) && toks[s - 2]!.word && isCap(toks[s - 2]!)) {
    const link = toks[s - 1]!.f;
    const after = toks.slice(s, segEnd);
    segEnd = s - 1;
    s -= 2;
    while (s > floor && toks[s - 1]!.word && isCap(toks[s - 1]!) && !NOT_NAMES.has(toks[s - 1]!.f)) s--;
    // Centre for …, Bank of …: the head before for/of names an institution; Food and Drug
    // Administration: the part after "and" does. "Analyst Tom Burke of Capital Partners" is a person.
    const head = link === 'and' || link === '&' ? after : toks.slice(s, segEnd);
    if (head.some((t) => INSTITUTION_WORDS.has(t.f))) ok = true;
  }
  return ok && s < at ? s : null;
}
const INSTITUTION_WORDS = new Set([...EN_ORG_HEADS, 'centre', 'center', 'service', 'services', 'fund', 'programme', 'program',
  'school', 'college', 'society', 'trust', 'museum', 'league', 'club', 'administration', 'agency', 'bureau', 'institute']);

/** The first name in the sentence: the subject when the cue follows "but"/"and" or is a participle. */
export function enSentenceSubject(body: string, toks: Tok[], floor: number, end: number): SpeakerRef | null {
  // "She called on Mr Grey to resign, saying …": a sentence that opens with a pronoun is its subject's.
  const first = toks[floor];
  if (first?.word && EN_PRONOUNS.has(first.f) && floor < end) return { kind: 'pronoun', text: first.raw, from: floor, to: floor + 1 };
  // A capitalised run, titles included ("Cal Fire Chief Rosa Delgado"), then its trailing name.
  for (let k = floor; k < end; k++) {
    if (!toks[k]!.word || !isCap(toks[k]!) || NOT_NAMES.has(toks[k]!.f)) continue;
    // "An analyst at Hanmore Capital": an employer; "called on Mr Longden": an object. Skip the run.
    if (PLACE_PREPS.has(toks[k - 1]?.f ?? '')) {
      while (k + 1 < end && toks[k + 1]!.word && isCap(toks[k + 1]!)) k++;
      continue;
    }
    let e = k;
    while (e < end && toks[e]!.word && (isCap(toks[e]!) || NAME_PARTICLES.has(toks[e]!.f))) e++;
    const name = trailingName(toks, k, e);
    // "Mr Sergeant met … and told them": an honorific makes a surname alone a name.
    if (name && (name[1] - name[0] >= 2 || HONORIFIC.has(toks[name[0] - 1]?.f ?? ''))) return { kind: 'name', text: spanText(body, toks, name[0], name[1]), title: null, from: name[0], to: name[1] };
    k = e;
  }
  return null;
}
