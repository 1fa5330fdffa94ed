// Who an Arabic cue (found by cue-at.ts) attributes speech to, with any relay agency ("via"):
// the issuer of a statement, the subject before a pluperfect, the source behind نقل … عن.
// Pure: no DOM, no Node. Returns token indices and speaker references; never resolves names.
import { agencyName } from './agencies.js';
import { cueAt, type CueHit } from './cue-at.js';
import type { Ctx } from './context.js';
import * as lexiconAr from './lexicon-ar.js';
import { gluedLSpeaker } from './glued-l.js';
import { orgEnd } from './org-name-ar.js';
import { arIssuerOpener, latestStatementIssuer } from './pro-drop-ar.js';
import { arSpeakerAt } from './speaker-ar.js';
import { arSpeakerBefore } from './subject-before-ar.js';
import { arBoundary, ILA, isAl, isCue, isKin, isTitleHead, pastIssuedBy } from './words-ar.js';
import { spanText, type SpeakerRef } from './speaker-ref.js';
import { isSentenceEnd, stripConj, type Tok } from './tokens.js';

// Read once into module constants: hot loops then skip the module-namespace lookup on every word.
const { AR_COMPLEMENTISERS, AR_CUE_VERBS, AR_GIVEN_NAMES, AR_GROUP_NOUNS, AR_HONORIFICS, AR_MANNER, AR_OCCASIONS, AR_NAME_LINKS, AR_ORG_HEADS, AR_STATEMENT_NOUNS, AR_STOPS, AR_TITLE_HEADS } = lexiconAr;
/** A statement noun, maybe behind a glued ل/ب (لبيان، ببلاغ). */
const statementNoun = (f: string | undefined): boolean => !!f && (statementForm(f) || (/^[لب]/u.test(f) && statementForm(f.slice(1))));
/** بيان، بيانه، تصريحاتها: a statement noun, maybe with a plural or possessive ending. */
const statementForm = (f: string): boolean => {
  // البيان، بيانه، تصريحاتها: with the article or a possessive.
  const g = f.replace(/^ال(?=\p{L}{3})/u, '');
  return AR_STATEMENT_NOUNS.has(g) || AR_STATEMENT_NOUNS.has(g.replace(/(?:ات)?(?:ه|ها|هم)$|ات$/u, ''));
};

/** An occasion of speech, maybe with its article (المؤتمر، كلمة). */
const occasion = (f: string): boolean => AR_OCCASIONS.has(f.replace(/^ال(?=\p{L}{3})/u, ''));
/** One's own occasion (لقائه، كلمتها): the occasion with a possessive suffix; else null. */
const ownOccasion = (f: string): 'هو' | 'هي' | null => {
  const m = /^(\p{L}{3,}?)(ت)?(ه|ها)$/u.exec(f);
  return m && occasion(m[2] ? `${m[1]}ه` : m[1]!) ? (m[3] === 'ها' ? 'هي' : 'هو') : null;
};
/** "He" or "she" at token `i`: the one speaking, read as a pronoun (عنها، له، لقائه). */
const pronounAt = (who: 'هو' | 'هي', i: number): SpeakerRef => ({ kind: 'pronoun', text: who, from: i, to: i + 1 });

export type CueRead = { ref: SpeakerRef | null; via: string | null };
const read = (ref: SpeakerRef | null, via: string | null = null): CueRead => ({ ref, via });

/** Who an Arabic verb, "according to" or statement cue attributes speech to. */
export function arCueSpeaker(ctx: Ctx, cue: CueHit, floor: number, limit: number): CueRead {
  const { body, toks } = ctx;
  const known = ctx.resolver.knows;
  if (cue.kind === 'according') return arAccording(ctx, cue, limit);
  if (cue.kind === 'statement') {
    // "نشرت الوزارة بياناً جاء فيه": the sentence's subject issued it.
    const after = cue.end - cue.tok === 3;
    if (toks[cue.end - 1]?.f !== 'في' && !after) return read(arClauseSubject(ctx, floor, cue.tok) ?? arIssuerOpener(ctx, floor, cue.tok));
    let i = cue.end;
    // (After "جاء ذلك في / خلال" an occasion of speech too: كلمة، مقابلة، حديث، مؤتمر صحفي.)
    while (toks[i]?.word && (statementForm(toks[i]!.f) || (after && occasion(toks[i]!.f)))) i++;
    // "خلال لقائه …"، "في كلمته": the occasion is his own, the one speaking.
    const own = after && i === cue.end && toks[i]?.word ? ownOccasion(toks[i]!.f) : null;
    if (own) return read(pronounAt(own, i));
    // "مؤتمر صحفي عقده X": the verb that holds the occasion, then its subject.
    // (A verb with its object pronoun, written ه, not a ة-noun nor a glued ل: لوزارة.)
    if (after && i > cue.end && /^[^ل]\p{L}{2,}ه$/u.test(toks[i]?.raw ?? '') && !statementForm(toks[i]!.f)) i++;
    // جاء في بلاغ صادر عن ديوان الوزير: the issuer after صادر عن (or a glued ل: جاء في بيان لوزارة …).
    const issuer = issuerAt(ctx, pastIssuedBy(toks, i));
    // "أصدرت الوزارة بياناً … وجاء في البيان: «…»": the statement named before, by whoever issued it.
    const definite = !after && i === cue.end + 1 && isAl(toks[cue.end]!.f);
    return read(issuer ?? (definite && !toks[i]?.word ? latestStatementIssuer(ctx, cue.tok) : null));
  }
  // كان X قد صرح، وكان X، أكد: the subject sits before the cue.
  if (toks[cue.tok - 1]?.f === 'قد' || toks[cue.tok - 1]?.raw === '،' || toks[cue.tok - 1]?.raw === ',') {
    const before = arSpeakerBefore(body, toks, cue.tok, floor, known);
    if (before) return read(before);
  }
  const issuer = arIssuer(ctx, cue);
  if (issuer) return read(issuer);
  // "نشر الحزب بيانًا وصف فيه القرار بأنه …": a cue inside a relative clause (فيه/فيها = in which)
  // speaks for the subject of the sentence's opening verb.
  if (toks[cue.end]?.f === 'فيه' || toks[cue.end]?.f === 'فيها') return read(statementOwner(ctx, cue.tok) ?? arClauseSubject(ctx, floor, cue.tok) ?? statementIssuer(ctx, cue.tok));
  return arAfterVerb(ctx, cue, floor, limit);
}

// How far back (tokens) a "قال فيها" cue looks for "statement + لـ owner" right before it.
const OWNER_REACH = 8;

/** "نشر الاتحاد تصريحات للوزير X قال فيها": the one whose statement (ل + him) the cue is in. */
function statementOwner(ctx: Ctx, cueTok: number): SpeakerRef | null {
  const { body, toks } = ctx;
  for (let b = cueTok - 2; b >= Math.max(0, cueTok - OWNER_REACH); b--) {
    const l = toks[b + 1];
    if (!toks[b]?.word || !statementForm(toks[b]!.f) || !l?.word || !/^لل\p{L}{2,}/u.test(l.f)) continue;
    // After an honorific (للشيخ، للسيد) the name follows it; else an office or body behind the ل.
    const ref = AR_HONORIFICS.has(`ال${l.f.slice(2)}`) ? arSpeakerAt(body, toks, b + 2, ctx.resolver.knows) : gluedLSpeaker(ctx, b + 1);
    return ref && ref.to <= cueTok && ref.kind !== 'pronoun' ? ref : null;
  }
  return null;
}

// How far back (tokens) a "فيه" cue looks for the statement it is in.
const STATEMENT_REACH = 30;

/** "ومساء الأحد وزع الاتحاد بيانا، بثه على صفحته، شدد فيه": the subject between a verb and the
 * statement (in the accusative) it issued, earlier in the cue's sentence. */
function statementIssuer(ctx: Ctx, cueTok: number): SpeakerRef | null {
  const { toks } = ctx;
  for (let b = cueTok - 1; b > 0 && cueTok - b < STATEMENT_REACH && !isSentenceEnd(toks[b]!); b--) {
    const t = toks[b]!;
    if (!t.word || ctx.inQuote[b] || !/ا$/u.test(t.f) || !AR_STATEMENT_NOUNS.has(t.f.slice(0, -1))) continue;
    for (let v = b - 2; v >= Math.max(0, b - 6); v--) {
      const ref = arSpeakerAt(ctx.body, toks, v + 1, ctx.resolver.knows);
      if (ref && ref.to === b && (ref.kind === 'name' || ref.kind === 'title')) return ref;
      // An organisation's reading may run on over the statement (المجلس بيانا): it ends before it.
      if (ref && ref.to >= b && ref.kind === 'org') return { ...ref, text: spanText(ctx.body, toks, v + 1, b), to: b, issued: true };
    }
    return null;
  }
  return null;
}

/** وفقاً لـ، بحسب: the source named after the cue, or only the agency when it relays (بحسب ما نقلته). */
function arAccording(ctx: Ctx, cue: CueHit, limit: number): CueRead {
  const { body, toks } = ctx;
  let i = cue.end;
  if (stripConj(toks[cue.tok]!.f) === 'بالنسبه') return read(gluedLSpeaker(ctx, i));
  // بحسب ما قاله الوزير X، وفق ما صرح به X: the one who said it, after the verb of saying.
  if (toks[i]?.f === 'ما') return saidBy(ctx, i + 1) ?? read(null, findAgency(toks, i, limit));
  // وفقاً لبيان صادر عن وزارة …، بحسب تقرير صادر عن …: the issuer speaks.
  if (statementNoun(toks[i]?.f)) i = pastIssuedBy(toks, i + 1);
  // وفقاً لرئيس الوزراء، وفقاً للوزير: the source behind the glued ل of "according to".
  const ref = (/^ل/u.test(toks[i]?.f ?? '') ? gluedLSpeaker(ctx, i) : null) ?? arSpeakerAt(body, toks, i, ctx.resolver.knows);
  if (ref?.kind === 'agency') return read(null, ref.text);
  // "وفقا لخمسة اشتراطات": "according to" something that is no entity is no cue (an earlier verb speaks).
  return read(ref && sourceLike(ctx, ref) ? ref : null);
}

/** "ما قاله X"، "ما صرح به X" from token `v`: X, when the verb is one of saying (not نقل, whose
 * source comes after عن); an agency there is a relay. */
function saidBy(ctx: Ctx, v: number): CueRead | null {
  const { body, toks } = ctx;
  const t = toks[v];
  if (!t?.word) return null;
  // "وفق ما جاء في بيان X"، "بحسب ما ورد في بلاغ صادر عن X": the statement's issuer.
  if ((t.f === 'جاء' || t.f === 'ورد') && toks[v + 1]?.f === 'في' && statementNoun(toks[v + 2]?.f)) {
    const by = arSpeakerAt(body, toks, pastIssuedBy(toks, v + 3), ctx.resolver.knows);
    return by && by.kind !== 'pronoun' && by.kind !== 'agency' ? read(by) : null;
  }
  const stem = t.f.replace(/(?:ته|تها|ه|ها)$/u, '');
  if (stem.startsWith('نقل') || !(AR_CUE_VERBS.has(stem) || AR_CUE_VERBS.has(t.f) || (stem.endsWith('ت') && AR_CUE_VERBS.has(stem.slice(0, -1))))) return null;
  const k = toks[v + 1]?.f === 'به' ? v + 2 : v + 1;
  const ref = arSpeakerAt(body, toks, k, ctx.resolver.knows);
  if (!ref || ref.kind === 'pronoun') return null;
  return ref.kind === 'agency' ? read(null, ref.text) : read(ref);
}

/** A source "according to" can name: a title or body, or a name with a given name, a title beside it
 * or a word the article's people hold — not a bare noun phrase (لخمسة اشتراطات جوهرية). */
function sourceLike(ctx: Ctx, ref: SpeakerRef): boolean {
  if (ref.kind !== 'name') return true;
  if (ref.title) return true;
  const first = ctx.toks[ref.from]?.f ?? '';
  // Behind a glued ل: للوكالة → الوكالة، لمصادر → مصادر.
  const head = first.startsWith('لل') ? `ال${first.slice(2)}` : first.replace(/^ل(?=\p{L}{3})/u, '');
  return [first, head, head.replace(/^ال(?=\p{L}{3})/u, '')].some((w) => AR_GIVEN_NAMES.has(w) || AR_NAME_LINKS.has(w) || /^عبد/u.test(w) || ctx.resolver.knows(w)
    || AR_TITLE_HEADS.has(w) || AR_ORG_HEADS.has(w) || agencyName(w) !== null);
}

/** ذكر بيان لوزارة المالية، أفاد تقرير صادر عن البنك: the issuer of the statement speaks. */
function arIssuer(ctx: Ctx, cue: CueHit): SpeakerRef | null {
  const { toks } = ctx;
  if (!AR_STATEMENT_NOUNS.has(toks[cue.end]?.f ?? '')) return null;
  return issuerAt(ctx, pastIssuedBy(toks, cue.end + 1));
}

/** The issuer named at token `i` after a statement noun: a speaker, or a body behind a glued ل
 * (بيان لوزارة المالية). */
function issuerAt(ctx: Ctx, i: number): SpeakerRef | null {
  const { body, toks } = ctx;
  const t = toks[i];
  if (t?.word && /^ل/.test(t.f) && AR_ORG_HEADS.has(t.f.slice(1))) {
    const k = orgEnd(ctx, i);
    return { kind: 'org', text: spanText(body, toks, i, k).replace(/^ل/u, ''), from: i, to: k };
  }
  // "في تصريح لوزير المالية X": an office or a name behind the glued ل.
  const glued = t?.word && /^ل\p{L}{3,}/u.test(t.f) ? gluedLSpeaker(ctx, i) : null;
  if (glued) return glued;
  // "في كلمة له": his own, the one speaking.
  if (t?.f === 'له' || t?.f === 'لها') return pronounAt(t.f === 'له' ? 'هو' : 'هي', i);
  const issuer = arSpeakerAt(body, toks, i, ctx.resolver.knows);
  return issuer && issuer.kind !== 'pronoun' ? issuer : null;
}

/** The subject after the verb, the source behind نقل … عن, else the subject before the cue. */
function arAfterVerb(ctx: Ctx, cue: CueHit, floor: number, limit: number): CueRead {
  const { body, toks } = ctx;
  const known = ctx.resolver.knows;
  // "«…». قال ذلك الوزير X": the demonstrative object comes before the subject.
  // "وقال مبتسماً: «…»": a participle of manner is how it was said; the subject is dropped.
  const at = ((toks[cue.end]?.f === 'ذلك' || toks[cue.end]?.f === 'هذا') && toks[cue.end + 1]?.word) || AR_MANNER.has(toks[cue.end]?.f ?? '') ? cue.end + 1 : cue.end;
  const read0 = arSpeakerAt(body, toks, at, known);
  // "واتهم أطرافاً رسمية بالتقصير": a group noun after the verb is its object; the subject is dropped.
  const ref = read0 && AR_GROUP_NOUNS.has(stripConj(toks[read0.from]!.f)) ? null : read0;
  // نقلت وكالة X عن Y (قوله), نسبت الصحيفة إلى Y قوله: Y spoke, X relayed.
  const relay = stripConj(toks[cue.tok]!.f);
  const source = relay.startsWith('نقل') ? 'عن' : relay.startsWith('نسب') ? ILA : null;
  if (source) {
    for (let k = cue.end; k < Math.min(limit, cue.end + 12); k++) {
      // "ونقلت مصادر عنها قولها": the source is a pronoun, the person the story spoke of last.
      const own = toks[k]!.f.startsWith(source) ? toks[k]!.f.slice(source.length) : '';
      if (own === 'ه' || own === 'ها') return read(pronounAt(own === 'ها' ? 'هي' : 'هو', k), ref?.kind === 'agency' ? ref.text : findAgency(toks, cue.end, k));
      if (toks[k]!.f === source) {
        const who = arSpeakerAt(body, toks, k + 1, known);
        return read(who, ref?.kind === 'agency' ? ref.text : findAgency(toks, cue.end, k));
      }
    }
  }
  if (ref) return read(ref);
  // "وقالت X Y، مديرة صندوق النقد الدولي:": a name no lexicon knows, set off by its office.
  const appos = nameBeforeOffice(ctx, at);
  if (appos) return read(appos);
  // "وقال مساء الأحد، وزير الداخلية:": the subject after a short adverbial and its comma.
  const late = subjectPastAdverbial(ctx, at);
  if (late) return read(late);
  // "وقالت والدة الضحية:": a relative as the subject is someone unnamed, never a pro-drop.
  const kin = toks[at];
  if (kin?.word && isKin(kin.f) && toks[at + 1]?.word && !arBoundary(toks[at + 1])) return read({ kind: 'title', text: spanText(body, toks, at, at + 2), from: at, to: at + 2 });
  // "بدا مدرب الهلال جورجي جيسوس واثقاً، إذ قال للصحفيين": a cue after إذ/حيث/بحيث with no
  // subject of its own speaks for the subject of the clause it explains.
  if (['اذ', 'حيث', 'بحيث'].includes(toks[cue.tok - 1]?.f ?? '')) {
    const main = arMainSubject(ctx, floor, cue.tok - 1);
    if (main) return read(main);
  }
  return read(arSpeakerBefore(body, toks, cue.tok, floor, known));
}

// How many words an adverbial between a cue and its subject may have (في ختام الاجتماع).
const ADVERBIAL_MAX = 5;
// Words that open such an adverbial: a preposition, a time of day, "in turn".
const ADVERBIAL_OPENERS = /^(?:في|خلال|عقب|بعد|قبل|امام|مساء|صباح|ظهر|ليل|فجر|امس|اليوم|بدوره|بدورها|ايضا)$/u;
/** "وقالت في ختام الاجتماع، مديرة الصندوق:": past a short adverbial closed by a comma, an office,
 * organisation or known name is the cue's subject. */
function subjectPastAdverbial(ctx: Ctx, at: number): SpeakerRef | null {
  const { toks, body } = ctx;
  if (!toks[at]?.word || !ADVERBIAL_OPENERS.test(stripConj(toks[at]!.f))) return null;
  let c = at + 1;
  while (c <= at + ADVERBIAL_MAX && toks[c]?.word && !ctx.inQuote[c]) c++;
  if (!(toks[c]?.raw === '،' || toks[c]?.raw === ',') || !toks[c + 1]?.word) return null;
  const f = toks[c + 1]!.f;
  if (!(isTitleHead(f) || AR_ORG_HEADS.has(stripConj(f)) || ctx.resolver.knows(f))) return null;
  const ref = arSpeakerAt(body, toks, c + 1, ctx.resolver.knows);
  return ref && (ref.kind === 'name' || ref.kind === 'title' || ref.kind === 'org') ? ref : null;
}

// How many words a name set off by its office after a comma may have (كريستالينا غورغييفا).
const APPOSED_NAME_MAX = 3;
/** Words at `at` that no reader took for a name, closed by a comma and an office (X Y، مديرة
 * الصندوق): the office is the name's apposition, so the words are a name. Not a definite word, a
 * stop or a cue among them (وقال أمس، الوزير …). */
function nameBeforeOffice(ctx: Ctx, at: number): SpeakerRef | null {
  const { toks, body } = ctx;
  let e = at;
  while (e < at + APPOSED_NAME_MAX && toks[e]?.word && !ctx.inQuote[e] && !isAl(toks[e]!.f) && !AR_STOPS.has(toks[e]!.f) && !AR_STOPS.has(stripConj(toks[e]!.f)) && !isCue(toks[e]!.f) && !/(?:ه|ها|هم)$/u.test(toks[e]!.raw)) e++;
  if (e === at || !(toks[e]?.raw === '،' || toks[e]?.raw === ',') || !toks[e + 1]?.word || !isTitleHead(toks[e + 1]!.f)) return null;
  const office = arSpeakerAt(body, toks, e + 1, ctx.resolver.knows);
  if (office?.kind !== 'title') return null;
  return { kind: 'name', text: spanText(body, toks, at, e), title: office.text, from: at, to: e };
}

/** "وردّ بن قدارة على ذلك قائلاً"، "وعلّق الوزير … معتبراً": a participle shares the subject of
 * the verb that opens its sentence, when that verb (not itself a cue) has an explicit subject. */
export function arClauseSubject(ctx: Ctx, floor: number, cueTok: number): SpeakerRef | null {
  const own = arClauseSubjectAt(ctx, floor, cueTok);
  if (own) return own;
  // "وكان النائب X قد اعترض على …، قائلًا إن": the participle's clause starts after a comma, its
  // subject is the sentence's opening verb's (same paragraph, no sentence end in between).
  const { toks } = ctx;
  let s = floor;
  while (s > 0 && !isSentenceEnd(toks[s - 1]!) && ctx.blockOf[s - 1] === ctx.blockOf[floor]) s--;
  if (s >= floor) return null;
  const opener = arClauseSubjectAt(ctx, s, cueTok);
  if (opener) return opener;
  // "في المقابل، دافع الوزير X عن القرار، ونشر … أن "…"، موضحًا أن": with no cue of saying in the
  // sentence, the participle is the first verb's subject's (a quote on the way is that subject's too).
  const main = arMainSubject(ctx, s, cueTok);
  if (!main || main.to > floor) return null;
  for (let k = s; k < cueTok; k++) if (!ctx.inQuote[k] && cueAt(ctx, k)) return null;
  return main;
}

function arClauseSubjectAt(ctx: Ctx, floor: number, cueTok: number): SpeakerRef | null {
  const { toks } = ctx;
  const v = toks[floor];
  if (!v?.word || floor + 1 >= cueTok || ctx.inQuote[floor]) return null;
  const f = v.f;
  // "وكان X قد اعترض/طالب …": the pluperfect's subject sits between كان and قد, and the verb after
  // قد (a cue or not) is this subject's.
  if (/^[وف]?كانت?$/u.test(f)) {
    const ref = arSpeakerAt(ctx.body, toks, floor + 1, ctx.resolver.knows);
    // An organisation's seat may follow it (لجنة الزراعة والري بمجلس النواب قد طالبت).
    let qad = ref ? ref.to : -1;
    while (ref && qad < ref.to + 3 && toks[qad]?.word && toks[qad]!.f !== 'قد' && /^(?:ب|ل)?(?:ال)?\p{L}{3,}$/u.test(toks[qad]!.f) && !cueAt(ctx, qad)) qad++;
    if (!ref || toks[qad]?.f !== 'قد' || qad + 2 > cueTok || !(ref.kind === 'name' || ref.kind === 'title' || ref.kind === 'org')) return null;
    for (let k = qad + 2; k < cueTok; k++) if (ctx.inQuote[k] || cueAt(ctx, k)) return null;
    return ref;
  }
  // "ولم يخف X …، مضيفاً": a negated verb opens the clause too; its subject follows the verb.
  if (/^[وف]?(?:لم|لن)$/u.test(f) && toks[floor + 1]?.word && !arBoundary(toks[floor + 1])) return verbSubject(ctx, floor + 1, cueTok);
  // A verb opener: و/ف + a perfect, no preposition, title, name or organisation head of its own.
  if (!/^[وف]\p{L}{2,}$/u.test(f) || f.startsWith('وال') || f.startsWith('فال') || AR_TITLE_HEADS.has(f) || AR_ORG_HEADS.has(f)) return null;
  if (AR_STOPS.has(f) || AR_STOPS.has(f.slice(1)) || AR_COMPLEMENTISERS.has(f.slice(1)) || /^[وف][بلك]/u.test(f)) return null;
  return verbSubject(ctx, floor, cueTok);
}

/** The explicit subject right after the verb at `verb`, when nothing up to the participle at
 * `cueTok` is another cue or a quote. */
function verbSubject(ctx: Ctx, verb: number, cueTok: number): SpeakerRef | null {
  const ref = arSpeakerAt(ctx.body, ctx.toks, verb + 1, ctx.resolver.knows);
  if (!ref || ref.to > cueTok || !(ref.kind === 'name' || ref.kind === 'title' || ref.kind === 'org')) return null;
  // Only the verb's subject: what follows it up to the participle holds no other cue or quote (a
  // term in marks of a word or three, «اتحاديين», is no quote).
  let run = 0;
  for (let k = ref.to; k < cueTok; k++) {
    run = ctx.inQuote[k] ? run + (ctx.toks[k]!.word ? 1 : 0) : 0;
    if (run > SCARE_QUOTE_WORDS || cueAt(ctx, k)) return null;
  }
  return ref;
}
// How many words in marks are a term, not a quotation, between a verb and its participle.
const SCARE_QUOTE_WORDS = 3;

/** The explicit subject of the first verb in tokens [floor, to): the word before it is taken as the
 * verb when a name or title starts right after it (في المقابل، بدا مدرب الهلال جورجي جيسوس …). */
function arMainSubject(ctx: Ctx, floor: number, to: number): SpeakerRef | null {
  const { toks } = ctx;
  for (let p = pastFrame(toks, floor, to); p < to - 1; p++) {
    const t = toks[p]!;
    if (!t.word || ctx.inQuote[p] || AR_STOPS.has(t.f) || t.f.startsWith('ال') || AR_TITLE_HEADS.has(t.f) || AR_ORG_HEADS.has(t.f)) continue;
    const ref = arSpeakerAt(ctx.body, toks, p + 1, ctx.resolver.knows);
    if (ref && ref.to <= to && (ref.kind === 'name' || ref.kind === 'title')) return ref;
    return null;
  }
  return null;
}

// How many words a sentence's opening frame (من جانب آخر، في المقابل) may have before its comma.
const FRAME_WORDS = 4;
/** "من ناحية أخرى، انتقل X …": past a prepositional frame and its comma at `floor`, where the clause
 * itself starts; else `floor`. */
function pastFrame(toks: Tok[], floor: number, to: number): number {
  if (!/^[وف]?(?:من|في|على|علي)$/u.test(toks[floor]?.f ?? '')) return floor;
  for (let c = floor + 1; c <= floor + FRAME_WORDS && c < to; c++) {
    const t = toks[c]!;
    if (t.raw === '،' || t.raw === ',') return c + 1;
    if (!t.word) return floor;
  }
  return floor;
}

/** An agency named in tokens [from, to) (بحسب ما نقلته الوكالة، (سانا)). */
function findAgency(toks: Tok[], from: number, to: number): string | null {
  for (let k = from; k < to; k++) {
    const a = agencyName(toks[k]!.f);
    if (a) return a;
  }
  return null;
}
