// The subject a pro-drop Arabic cue continues (وقال، وأضافت، كما قالت with no subject of its own):
// the explicit subject of the verb that opens its sentence, or of the sentence before it
// ("وأبدى الحكم سعادته بالمعسكر، وقال:"، "وحاولت النائبة ربط الأمرين. كما قالت"). Pure: no DOM,
// no Node. Reads tokens only; returns a speaker phrase as written, never resolves or invents one.
import { admit, NONE } from './admit.js';
import { tokAt, type Ctx } from './context.js';
import { cueAt } from './cue-at.js';
import { cueGender, nameGender } from './gender.js';
import * as lexiconAr from './lexicon-ar.js';
import { arSpeakerAt } from './speaker-ar.js';
import { pastIssuedBy, unvowelled } from './words-ar.js';
import type { SpeakerRef } from './speaker-ref.js';
import { stripConj, type Tok } from './tokens.js';
import { foldKey } from '../text/normalize.js';

const { AR_AL_VERBS, AR_COMPLEMENTISERS, AR_GIVEN_NAMES, AR_ORG_HEADS, AR_STATEMENT_NOUNS, AR_STOPS, AR_TITLE_HEADS, AR_CUE_VERBS } = lexiconAr;

// Words that may stand between an opening verb and its subject: a pronoun-suffixed preposition
// (وحث فيها الزعيم، وقال له المدرب) or a day (هاجم الرئيس الأحد).
const BETWEEN = /^(?:في|ل|عل|من|عن|ب|إلي|الي|مع)(?:ه|ها|هم|هن|هما|يه|يها|يهم|يهن|يهما)$/u;
// Particles that negate the verb after a fronted subject (X لم يخف، X لن يقبل).
const NEGATIONS = new Set(['لم', 'لن', 'لا', 'ما']);
const DAYS = new Set(['الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت', 'امس', 'اليوم', 'ايضا']);
// Openers that are not verbs but may start a clause before it (كما، ثم، بدوره).
const LEADS = new Set(['كما', 'ثم', 'بدوره', 'بدورها', 'ايضا', 'بينما', 'فيما']);
// Fronted adverbials closed by a comma (من جانبه، في المقابل، وبعد يومين من الحادث،) run at most this long.
const FRONT_MAX = 14;
const FRONTED = new Set(['وفي', 'ومن', 'وعلي', 'من', 'في', 'على', 'بعد', 'قبل', 'خلال', 'عقب', 'اثر', 'منذ', 'وسط', 'امام', 'الي', 'بالنسبه', 'مع', 'عند', 'عن', 'حول', 'بشان', 'ازاء', 'ردا', 'تعليقا']);

/** A clause's subject as written; `known` when it is an entity the article already has. */
export type Subject = { ref: SpeakerRef; tok: number; known: boolean };

/** A verb-like opener: not a preposition, article word (التقى is a verb), particle, title or organisation head. */
function verbLike(t: Tok | undefined): boolean {
  if (!t?.word || t.f.length < 3) return false;
  const b = stripConj(t.f);
  if (AR_STOPS.has(t.f) || AR_STOPS.has(b) || AR_COMPLEMENTISERS.has(b) || (b.startsWith('ال') && !AR_AL_VERBS.has(b))) return false;
  if (AR_TITLE_HEADS.has(t.f) || AR_TITLE_HEADS.has(b) || AR_ORG_HEADS.has(t.f) || AR_ORG_HEADS.has(b)) return false;
  return !/^[وف]?[بلك]ال/u.test(t.f) && !/^\p{N}/u.test(t.f);
}

// How far after عبر its عن may stand (عبر اللاعب فلان الفلاني عن سعادته).
const EXPRESSED_REACH = 7;
/** عبّر (unvowelled, spelled like the preposition عبر "via") opening a clause with its عن after the subject. */
function expressed(toks: Tok[], v: number): boolean {
  if (stripConj(toks[v]?.f ?? '') !== 'عبر') return false;
  for (let k = v + 2; k <= v + EXPRESSED_REACH && toks[k]?.word; k++) if (toks[k]!.f === 'عن') return true;
  return false;
}

/** First token of the clause proper: past any lead word and a short fronted adverbial with its comma. */
function clauseStart(ctx: Ctx, s: number, to: number): number {
  const { toks } = ctx;
  let p = s;
  while (p < to && toks[p]!.word && LEADS.has(stripConj(toks[p]!.f))) p++;
  const first = toks[p];
  if (first?.word && FRONTED.has(stripConj(first.f))) {
    for (let c = p + 1; c < Math.min(to, p + FRONT_MAX + 1); c++) {
      if (ctx.inQuote[c] || (toks[c]!.word && cueAt(ctx, c))) return p;
      if (toks[c]!.raw === '،' || toks[c]!.raw === ',') return c + 1;
    }
  }
  return p;
}

/** The explicit subject right after the verb that opens tokens [s, to), if it is a name, title or organisation. */
export function openerSubject(ctx: Ctx, s: number, to: number): Subject | null {
  const { toks } = ctx;
  const v = clauseStart(ctx, s, to);
  if (v >= to || ctx.inQuote[v]) return null;
  // "الفلاحي لم يقبل التبرير …": a name the article knows, then a negated verb, opens its clause too.
  if (!(verbLike(toks[v]) || expressed(toks, v)) || ctx.resolver.knows(toks[v]!.f)) {
    const named = arSpeakerAt(ctx.body, toks, v, ctx.resolver.knows);
    if (named?.kind !== 'name' || named.to >= to || !NEGATIONS.has(toks[named.to]?.f ?? '') || !verbLike(toks[named.to + 1])) {
      if (!verbLike(toks[v])) return null;
    } else {
      const known = knownEntity(ctx, named, toks[v]!.start);
      return known ? { ref: known, tok: v, known: true } : null;
    }
  }
  let q = v + 1;
  while (q < to && toks[q]!.word && (BETWEEN.test(toks[q]!.f) || DAYS.has(toks[q]!.f))) q++;
  if (toks[q]?.raw === '،' || toks[q]?.raw === ',') q++;
  if (q >= to || ctx.inQuote[q]) return null;
  const read = arSpeakerAt(ctx.body, toks, q, ctx.resolver.knows);
  // An organisation read runs on into the verb's object (الوزارة بياناً جاء فيه): cut as admission does.
  const ref = read?.kind === 'org' ? trimmedOrg(ctx, read, toks[q]!.start) : read;
  if (!ref || ref.to > to || ref.kind === 'pronoun' || ref.kind === 'agency') return null;
  // A verb right after the phrase (أوساط عين التينة ردت): the opener was the subject's own head noun.
  if (toks[ref.to]?.word && cueAt(ctx, ref.to)?.kind === 'verb') return null;
  const known = knownEntity(ctx, ref, toks[q]!.start);
  return { ref: known ?? ref, tok: q, known: !!known };
}

/**
 * The subject only when it is someone the article already knows: a name cut to the words of a known
 * person (ري سعادته → ري), a title the article put a name to, or a registered organisation. A verb's
 * subject is read greedily, so anything else may be its object or no subject at all.
 */
function knownEntity(ctx: Ctx, ref: SpeakerRef, pos: number): SpeakerRef | null {
  const { resolver, toks } = ctx;
  if (ref.kind === 'name') {
    // A titled reading starts at its title (رئيس الحكومة سامي ناصر): the name comes after it.
    let from = ref.from;
    if (ref.title) while (from < ref.to && !(toks[from]!.word && resolver.knows(toks[from]!.f))) from++;
    let end = from;
    while (end < ref.to && toks[end]!.word && resolver.knows(toks[end]!.f)) end++;
    if (end === from) return null;
    const text = ctx.body.slice(toks[from]!.start, toks[end - 1]!.end);
    return resolver.resolve({ ...ref, text, to: end }, pos).person ? { ...ref, text, to: end, title: end === ref.to ? ref.title : null } : null;
  }
  if (ref.kind === 'title') {
    const p = resolver.byTitle(ref.text, pos);
    return p && !p.titles.includes(p.name) ? ref : null;
  }
  if (ref.kind === 'org') return resolver.resolve(ref, pos).person ? ref : null;
  return null;
}

/** An organisation phrase cut where admission cuts it, with its token end moved to match. */
function trimmedOrg(ctx: Ctx, ref: SpeakerRef, pos: number): SpeakerRef | null {
  const a = admit(ctx, ref, pos);
  if (!a || a === NONE) return null;
  const n = (a.text.match(/\S+/gu) ?? []).length;
  return { ...a, to: Math.min(ref.to, ref.from + n) };
}

/** Does gender `g` (of the cue) rule out this subject? Only a title or name that says its gender can. */
function clash(ctx: Ctx, ref: SpeakerRef, g: 'm' | 'f' | null): boolean {
  if (!g) return false;
  const own = (ref.kind === 'name' ? nameGender(ctx.lang, ref.text, ref.title) : nameGender(ctx.lang, '', ref.text))
    ?? ctx.resolver.resolve(ref, ctx.toks[ref.from]!.start).person?.gender;
  return !!own && own !== g;
}

/** Is the subject's clause another speaker's (a cue with its own subject stands between)? */
function otherCueBetween(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (ctx.inQuote[k] || !ctx.toks[k]!.word) continue;
    const c = cueAt(ctx, k);
    if (c && c.kind === 'verb' && arSpeakerAt(ctx.body, ctx.toks, c.end, ctx.resolver.knows)) return true;
  }
  return false;
}

/** Does any verb of saying stand between? A participle attaches to the nearest one (أن الرئيس أكد
 * …، مشدداً), whose subject, written or not, may be someone else. */
function anyCueBetween(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!ctx.inQuote[k] && ctx.toks[k]!.word && cueAt(ctx, k)?.kind === 'verb') return true;
  return false;
}

/**
 * The subject a pro-drop cue at body offset `pos` continues: the opening verb's subject in its own
 * sentence, else in the sentence before (same paragraph or the one before it), when no other cue
 * with a subject of its own stands between and the cue's gender does not rule it out.
 */
export function arRecentSubject(ctx: Ctx, pos: number, cue: string | null): Subject | null {
  if (ctx.lang !== 'ar' || !cue || !isProDropVerb(cue)) return null;
  const { toks } = ctx;
  const k = Math.min(tokAt(toks, pos), toks.length - 1);
  if (k < 0) return null;
  const g = cueGender('ar', cue);
  const s = ctx.sentStart[k]!;
  // A subject of its own sentence decides, known or not (a new name is the older rules' to read).
  const own = openerSubject(ctx, s, k);
  if (own) return !trusted(own) || clash(ctx, own.ref, g) || otherCueBetween(ctx, own.ref.to, k) ? null : own;
  if (s === 0 || (ctx.blockOf[s - 1] ?? -1) < (ctx.blockOf[s] ?? 0) - 1) return null;
  const ps = ctx.sentStart[s - 1]!;
  const prev = openerSubject(ctx, ps, s);
  if (!prev || !trusted(prev) || clash(ctx, prev.ref, g) || otherCueBetween(ctx, prev.ref.to, k)) return null;
  return prev;
}

/** A subject a pro-drop cue may continue: one the article knows, or a full name that opens with a
 * listed given name (نشر محمد صلاح صورة …، وكتب), which no office introduced. */
const trusted = (o: Subject): boolean => {
  if (o.known) return true;
  const ws = o.ref.kind === 'name' ? o.ref.text.split(/\s+/u) : [];
  return ws.length >= 2 && AR_GIVEN_NAMES.has(foldKey(ws[0]!));
};

/** A cue verb or participle (وقال، وأضافت، مضيفاً), not "according to" or a statement. */
const isProDropVerb = (cue: string): boolean => {
  const f = unvowelled(cue);
  return cueGender('ar', f) !== null || AR_CUE_VERBS.has(stripConj(f));
};

/**
 * A participle (قائلاً، مضيفاً) with no cue of its own before it shares the subject of the verb that
 * opens its sentence ("من جانبه، هاجم رئيس الحكومة، فلان الفلاني، الأحد، المعارضة قائلاً:"), when
 * that subject is an entity the article knows or a name written with its title.
 */
export function arParticipleOpener(ctx: Ctx, floor: number, cueTok: number): SpeakerRef | null {
  const o = openerSubject(ctx, floor, cueTok);
  if (!o || !(o.known || (o.ref.kind === 'name' && o.ref.title))) return null;
  return anyCueBetween(ctx, o.ref.to, cueTok) ? null : o.ref;
}

/** The issuer of a statement the sentence opened with ("نشرت الوزارة بياناً جاء فيه"): its opening
 * verb's subject, when it is an organisation, a known entity or a name with its title. */
export function arIssuerOpener(ctx: Ctx, floor: number, cueTok: number): SpeakerRef | null {
  const o = openerSubject(ctx, floor, cueTok);
  return o && (o.known || o.ref.kind === 'org' || (o.ref.kind === 'name' && o.ref.title)) ? o.ref : null;
}

// How many paragraphs back "the statement" may point to the statement it continues.
const STATEMENT_BLOCKS = 3;
/** بيان، بياناً، ببيان، لبلاغ: a statement noun, indefinite, maybe behind a glued ب/ل. */
const statementAt = (t: Tok): boolean => {
  const f = t.f.replace(/ا$/u, '');
  return [f, f.replace(/^[بل](?=\p{L}{3})/u, '')].some((w) => AR_STATEMENT_NOUNS.has(w) && w !== 'تصريح' && w !== 'تصريحات');
};

/**
 * "أصدر الحزب بياناً … وأضاف البيان": the issuer of the nearest statement before token `k` (outside
 * quotes, within a few paragraphs): the body after صادر عن, or the subject of the verb that opens
 * the statement's sentence (أصدرت النقابة بياناً، وقالت النقابة في بيان).
 */
export function latestStatementIssuer(ctx: Ctx, k: number): SpeakerRef | null {
  const { toks } = ctx;
  const minBlock = (ctx.blockOf[k] ?? 0) - STATEMENT_BLOCKS;
  for (let m = k - 1; m >= 0 && (ctx.blockOf[m] ?? 0) >= minBlock; m--) {
    const t = toks[m]!;
    if (!t.word || ctx.inQuote[m] || !statementAt(t)) continue;
    const i = pastIssuedBy(toks, m + 1);
    if (i > m + 1 && (toks[i - 1]!.f === 'عن' || toks[i - 1]!.f === 'من')) {
      const by = arSpeakerAt(ctx.body, toks, i, ctx.resolver.knows);
      if (by && by.kind !== 'pronoun') return by;
    }
    return arIssuerOpener(ctx, ctx.sentStart[m] ?? m, m);
  }
  return null;
}

