// The Arabic subject written before its verb of saying (وكان X قد أكد، أما X فقالت، الخبير X يرى أن،
// ولكنه قال). Pure: no DOM, no Node. Returns token ranges; the phrase itself is read by arSpeakerAt.
import * as lexiconAr from './lexicon-ar.js';
import { arName } from './name-ar.js';
import { arSpeakerAt } from './speaker-ar.js';
import { spanText, type SpeakerRef } from './speaker-ref.js';
import { stripConj, type Tok } from './tokens.js';
import { arBoundary, bareOf, isAl, isCue, MAX_NAME_UNITS, unvowelled } from './words-ar.js';
import { QUOTE_MARK } from './quote-marks.js';
import { foldKey } from '../text/normalize.js';

// Read once into module constants: hot loops then skip the module-namespace lookup on every word.
const { AR_ANONYMOUS_HEADS, AR_COMPLEMENT_OPENERS, AR_COMPLEMENTISERS, AR_STATEMENT_NOUNS, isTopicHead, AR_STOPS, AR_AUXILIARIES, AR_LINKS, AR_OBJECT_PREPS } = lexiconAr;

/** "وكان X، أكد …"، "غير أن مكتب X، أكد …": a subject opened by كان or أن and closed by a comma
 * right before the cue. */
function subjectBeforeComma(body: string, toks: Tok[], cue: number, floor: number, known?: (f: string) => boolean): SpeakerRef | null {
  for (let k = cue - 3; k >= Math.max(floor, cue - 14) && (toks[k]?.word || QUOTE_MARK.test(toks[k]?.raw ?? '')); k--) {
    const f = stripConj(toks[k]!.f);
    if (f !== 'كان' && f !== 'كانت' && !AR_COMPLEMENTISERS.has(toks[k]!.f)) continue;
    // Only at the clause's start (after punctuation, or غير أن): "من أي كان لن ينفع" is no subject.
    if (toks[k - 1]?.word && toks[k - 1]!.f !== 'غير') return null;
    const ref = arSpeakerAt(body, toks, k + 1, known);
    // The name may close inside quote marks (المتحدث باسم الحركة “X”، أكد).
    const to = ref && QUOTE_MARK.test(toks[ref.to]?.raw ?? '') ? ref.to + 1 : ref?.to;
    if (ref && ref.kind !== 'pronoun' && to === cue - 1) return ref;
    break;
  }
  return clauseSubjectBeforeComma(body, toks, cue, floor, known);
}

// Words that open a clause whose subject may come first (لكن رئيس الوزراء X، أكد …).
const CLAUSE_OPENERS = new Set(['لكن', 'ولكن', 'بينما', 'فيما', 'وبينما'].map((w) => foldKey(w)));
/** "لكن رئيس الوزراء X، أكد في بيان"، "مكتب رئيس الوزراء X، أكد": a title, name or body that opens its
 * clause (after punctuation or لكن, بينما) and fills it up to the comma before the cue. */
function clauseSubjectBeforeComma(body: string, toks: Tok[], cue: number, floor: number, known?: (f: string) => boolean): SpeakerRef | null {
  // (Only a verb with no subject after it: in "وفي تصريح للصحفيين، أكد الوزير" the minister speaks.)
  const n = toks[cue + 1];
  // (A statement noun after it is its subject: "ذكر بيان لوزارة المالية، …، أن".)
  if (n?.word && !AR_COMPLEMENTISERS.has(n.f) && !AR_COMPLEMENT_OPENERS.has(n.f) && !(AR_STOPS.has(n.f) && !AR_STATEMENT_NOUNS.has(n.f))) return null;
  let s = cue - 2;
  while (s > floor && toks[s - 1]?.word && !CLAUSE_OPENERS.has(toks[s - 1]!.f) && !AR_STOPS.has(toks[s - 1]!.f) && !AR_COMPLEMENTISERS.has(toks[s - 1]!.f) && !isCue(toks[s - 1]!.f)) s--;
  const before = toks[s - 1];
  if (s > floor && before?.word && !CLAUSE_OPENERS.has(before.f) && !(AR_COMPLEMENTISERS.has(before.f) && toks[s - 2]?.f === 'غير')) return null;
  const ref = arSpeakerAt(body, toks, s, known);
  if (!ref || ref.kind === 'pronoun') return null;
  if (ref.to === cue - 1) return ref;
  // "مكتب رئيس الوزراء X"، an office of a person: read whole, it is that office.
  return ref.kind === 'org' && arSpeakerAt(body, toks, ref.to, known)?.to === cue - 1 ? { ...ref, text: spanText(body, toks, s, cue - 1), to: cue - 1 } : null;
}

// How far back from its ف-cue the أما that fronts the subject may stand.
const TOPIC_REACH = 14;
/** "أما (ف.ز)، ربة بيت، فقالت": the subject fronted by أما before a cue written with ف; whatever
 * stands between them is its apposition. */
function topicSubject(body: string, toks: Tok[], cue: number, floor: number, known?: (f: string) => boolean): SpeakerRef | null {
  if (!toks[cue]!.f.startsWith('ف')) return null;
  for (let k = cue - 2; k >= Math.max(floor, cue - TOPIC_REACH); k--) {
    if (toks[k]!.f !== 'اما') continue;
    const ref = arSpeakerAt(body, toks, k + 1, known);
    return ref && ref.kind !== 'pronoun' && ref.to <= cue ? ref : null;
  }
  return null;
}

/** The subject written before a cue: كان X قد صرح، X، التي أعربت، لكن الخبير X يرى. */


export function arSpeakerBefore(body: string, toks: Tok[], cue: number, floor: number, known?: (f: string) => boolean): SpeakerRef | null {
  const prev = toks[cue - 1];
  if (!prev || cue - 1 < floor) return null;
  if (prev.f === 'قد') {
    for (let k = cue - 2; k >= Math.max(floor, cue - 12); k--) {
      const f = stripConj(toks[k]!.f);
      if (f === 'كان' || f === 'كانت') {
        const ref = arSpeakerAt(body, toks, k + 1, known);
        // An appositive name closes with a comma before قد (وكان رئيس الحكومة، X، قد أكد).
        const to = ref && (toks[ref.to]?.raw === '،' || toks[ref.to]?.raw === ',') ? ref.to + 1 : ref?.to;
        return ref && to === cue - 1 ? ref : null;
      }
    }
    return null;
  }
  if (prev.raw === '،' || prev.raw === ',') return topicSubject(body, toks, cue, floor, known) ?? subjectBeforeComma(body, toks, cue, floor, known);
  // "أما X (30 سنة) التي تعمل ممرضة فقالت": with no comma too, أما fronts the subject.
  const topic = topicSubject(body, toks, cue, floor, known);
  if (topic) return topic;
  // "ولكنه قال"، "إلا أنها أكدت": the pronoun on the particle is the subject (he / she).
  const pron = /^[وف]?(?:لكن|الا ان|ان)(ه|ها)$/u.exec(prev.f);
  if (pron) return { kind: 'pronoun', text: pron[1] === 'ها' ? 'هي' : 'هو', from: cue - 1, to: cue };
  if (prev.f === 'التي' || prev.f === 'الذي' || prev.f === 'الذين') {
    let k = cue - 2;
    if (toks[k] && !toks[k]!.word) k--;
    let s = k;
    while (s > floor && s > k - MAX_NAME_UNITS && toks[s - 1]?.word && !isAl(toks[s - 1]!.f) && !arBoundary(toks[s - 1])) s--;
    const end = arName(toks, s, known);
    return end > s ? { kind: 'name', text: spanText(body, toks, s, end), title: null, from: s, to: end } : null;
  }
  // Subject before an imperfect cue (الخبير سامي الدباغ يرى أن): the clause opener starts it, and
  // so does a complementiser (أفادت الوكالة بأن X قال).
  let s = cue - 1;
  while (s > floor && toks[s - 1]?.word && !AR_STOPS.has(toks[s - 1]!.f) && !AR_COMPLEMENTISERS.has(toks[s - 1]!.f) && !isCue(toks[s - 1]!.f) && toks[s - 1]!.f !== 'لكن') s--;
  // An anonymous source with its affiliation (أما مصادر مقرّبة من رئاسة الحكومة فقالت): the
  // description runs over من/في up to the cue, and the affiliation is not the speaker.
  if (s > floor && ['من', 'في'].includes(toks[s - 1]!.f)) {
    for (let h = s - 2; h >= Math.max(floor, s - 5); h--) {
      if (!toks[h]?.word || AR_STOPS.has(toks[h]!.f)) break;
      if (AR_ANONYMOUS_HEADS.has(bareOf(toks[h]!.f))) {
        return { kind: 'title', text: spanText(body, toks, h, cue), from: h, to: cue };
      }
    }
  }
  // "بالحديث عن ضغط المباريات وقال": what follows a preposition is its object, never the subject.
  // (على as written: علي is also the name Ali.)
  const prep = toks[s - 1];
  if (s > floor && prep && AR_OBJECT_PREPS.has(prep.f) && (prep.f !== 'علي' || unvowelled(prep.raw) === 'على')) return null;
  // "وعن الاستهجان على اللاعب X قال": a person inside a fronted topic (عن، حول، بشأن) is talked about.
  if (inTopic(toks, s, floor)) return null;
  // "… ما زال مؤجلا وأضاف:": a cue behind و opens a clause of its own; no subject stands before it.
  if (/^و/u.test(toks[cue]!.f) && isCue(stripConj(toks[cue]!.f))) return null;
  for (let k = s; k < cue; k++) {
    // "ثم عاد X ليقول"، "راحت X تقول": a verb of going on before the subject is no part of it,
    // nor is a linking adverb (ثم، حيث، إذ), nor the كان of a pluperfect (وكانت الوزارة قالت).
    if (AR_AUXILIARIES.has(stripConj(toks[k]!.f)) || AR_LINKS.has(toks[k]!.f) || /^[وف]?كانت?$/u.test(toks[k]!.f)) continue;
    const ref = arSpeakerAt(body, toks, k, known);
    if (ref && ref.to === cue && ref.kind !== 'pronoun') return ref;
    if (ref) break;
  }
  return null;
}

/** Does a topic preposition open the clause before token s, with no comma or sentence end between? */
function inTopic(toks: Tok[], s: number, floor: number): boolean {
  for (let k = s - 1; k >= Math.max(floor, s - 10); k--) {
    const t = toks[k]!;
    if (!t.word) return false;
    if (isTopicHead(t.f)) return k === floor || !toks[k - 1]?.word;
  }
  return false;
}
