// Recognises cue tokens in all three languages: verbs of saying, participles, "according to"
// forms and statements. Pure: no DOM, no Node. Returns token spans; never reads a speaker.
import { agencyName, AGENCY_HEADS } from './agencies.js';
import type { Ctx } from './context.js';
import * as lexiconAr from './lexicon-ar.js';
import { EN_CUES, EN_PARTICIPLES, EN_WEAK_CUES } from './lexicon-en.js';
import { isRuCue, RU_ACCORDING, RU_DOCUMENT, RU_STATEMENT_VERBS } from './lexicon-ru.js';
import { stripConj, stripPurposeL, type Tok } from './tokens.js';

// Read once into module constants: hot loops then skip the module-namespace lookup on every word.
const {
  AR_ACCORDING, AR_AL_GIVEN_NAMES, AR_COMPLEMENTISERS, AR_CUE_VERBS, AR_GIVEN_NAMES, AR_HONORIFICS, AR_IMPERSONAL, AR_ORG_HEADS, AR_PARTICIPLES,
  AR_TITLE_HEADS, AR_WEAK_CUES,
} = lexiconAr;

export type CueKind = 'verb' | 'participle' | 'according' | 'statement';
export type CueHit = { kind: CueKind; tok: number; end: number };

const BAYN = 'بين'; // folds to itself
/** A mark that can open a quote, in any of the three languages' conventions. */
export const QUOTE_OPEN = /^[“”«»"„‹‘'’]$/u;
// How close a quote must follow a weak English cue ("call the program "a model…"", "described the
// plan as a "bold …"").
const WEAK_CUE_REACH = 5;
// How close a colon or quote must follow "telling"/"saying" used as a verb of speech.
const EN_ING_REACH = 3;
const EN_ING_SPEECH = new Set(['telling', 'saying', 'writing', 'declaring', 'announcing']);
const speakerLike = (t: Tok | undefined): boolean =>
  !!t && (!t.word ? t.raw === ':' : t.f === 'بيان' || t.f === 'تقرير' || AR_TITLE_HEADS.has(t.f) || AR_HONORIFICS.has(t.f) || AR_ORG_HEADS.has(t.f) || AR_COMPLEMENTISERS.has(t.f) || AGENCY_HEADS.has(t.f) || agencyName(t.f) !== null);

/** The cue that token k starts, if any. */
export function cueAt(ctx: Ctx, k: number): CueHit | null {
  const t = ctx.toks[k]!;
  if (!t.word) return null;
  const next = ctx.toks[k + 1];
  if (ctx.lang === 'ar' || ctx.lang === 'other') return arCueAt(ctx, k, t, next);
  if (ctx.lang === 'en') return enCueAt(ctx, k, t, next);
  return ruCueAt(ctx, k, t, next);
}

// "وأضف: «…»": أضاف with its alef dropped, a common slip; as written it is the imperative "add"
// (أضف إلى ذلك), so only a colon or a quote mark right after it makes it a cue.
const ADIF = 'اضف';

// Whether a folded word is in any lexicon arCueAt consults (or is one of its literal words), with
// and without a glued و/ف; memoised (bounded). A word that is not can start no Arabic cue.
const cueWordMemo = new Map<string, boolean>();
const AR_CUE_LITERALS = new Set(['علي', 'بالنسبه', 'جاء', ADIF]);
/** "فرد X:"، "ورد X:": رد (replied) is two letters, so its glued و/ف leaves three, which stripConj
 * keeps whole; as a weak cue it still needs a speaker after it (ورد في التقرير is no reply). */
const gluedRadd = (tf: string): string => (tf === 'فرد' || tf === 'ورد' ? 'رد' : tf);

function arCueWord(tf: string): boolean {
  let v = cueWordMemo.get(tf);
  if (v === undefined) {
    if (cueWordMemo.size >= 50_000) cueWordMemo.clear();
    v = [tf, stripConj(tf), stripPurposeL(tf), gluedRadd(tf)].some((x) => AR_IMPERSONAL.has(x) || AR_PARTICIPLES.has(x) || AR_ACCORDING.has(x) || AR_CUE_VERBS.has(x) || AR_CUE_LITERALS.has(x));
    cueWordMemo.set(tf, v);
  }
  return v;
}

/** "«…»، وهو ما أكده الوزير X"، "هذا ما قاله X": a verb of saying with its object pronoun after
 * ما (not after "according to": بحسب ما قاله X is that cue's). */
function whatSaid(ctx: Ctx, k: number, t: Tok): boolean {
  const p1 = ctx.toks[k - 1];
  const p2 = ctx.toks[k - 2];
  if (p1?.f !== 'ما' || (p2?.word && (AR_ACCORDING.has(p2.f) || AR_ACCORDING.has(stripConj(p2.f))))) return false;
  const stem = t.f.replace(/(?:ه|ها)$/u, '');
  return stem !== t.f && stem.length >= 3 && (AR_CUE_VERBS.has(stem) || AR_CUE_VERBS.has(stripConj(stem)));
}

/** An Arabic verb of saying, participle, "according to" (بحسب، على لسان) or statement (جاء في). */
function arCueAt(ctx: Ctx, k: number, t: Tok, next: Tok | undefined): CueHit | null {
  if (!arCueWord(t.f)) return whatSaid(ctx, k, t) ? { kind: 'verb', tok: k, end: k + 1 } : null;
  const f = stripConj(t.f);
  if (AR_IMPERSONAL.has(f) || AR_IMPERSONAL.has(t.f)) return null;
  if (AR_PARTICIPLES.has(t.f)) return { kind: 'participle', tok: k, end: k + 1 };
  if (AR_ACCORDING.has(t.f) || AR_ACCORDING.has(f)) {
    return { kind: 'according', tok: k, end: next?.f === 'عن' || next?.f === 'ل' ? k + 2 : k + 1 };
  }
  // (Also behind a glued و: وعلى لسان، وعلى حد تعبير.)
  const ala = t.f === 'علي' || t.f === 'وعلي';
  if (ala && next?.f === 'لسان') return { kind: 'according', tok: k, end: k + 2 };
  // "«…»، على حد تعبير X" / "على حد قول X": X's own words.
  const n2 = ctx.toks[k + 2]?.f;
  if (ala && next?.f === 'حد' && (n2 === 'تعبير' || n2 === 'قول')) return { kind: 'according', tok: k, end: k + 3 };
  // "وبالنسبة للنائب X، فإن …": the one the statement is "for" holds it (read by glued-l.ts).
  // Only where it opens a clause (وبالنسبة ل، أما بالنسبة ل، after punctuation): inside what was
  // said ("من الضروري بالنسبة للنقابة أن …") it is "for", no source.
  const opens = f !== t.f || !ctx.toks[k - 1]?.word || ['اما', 'واما'].includes(ctx.toks[k - 1]!.f);
  if (f === 'بالنسبه' && opens && next?.word && /^ل/u.test(next.f)) return { kind: 'according', tok: k, end: k + 1 };
  if (f === ADIF) return next?.raw === ':' || QUOTE_OPEN.test(next?.raw ?? '') ? { kind: 'verb', tok: k, end: k + 1 } : null;
  // جاء في بيان …؛ "نشرت الوزارة بياناً جاء فيه": the statement just named.
  if (f === 'جاء' && (next?.f === 'في' || next?.f === 'فيه' || next?.f === 'فيها')) return { kind: 'statement', tok: k, end: k + 2 };
  // "«…». جاء ذلك في تصريح لوزير المالية X": the words just quoted, and who said them.
  // (So is "جاء ذلك خلال مؤتمر صحفي عقده X", "خلال لقائه …".)
  if (f === 'جاء' && (next?.f === 'ذلك' || next?.f === 'هذا') && ['في', 'خلال'].includes(ctx.toks[k + 2]?.f ?? '')) return { kind: 'statement', tok: k, end: k + 3 };
  const verb = AR_CUE_VERBS.has(t.f) ? t.f : AR_CUE_VERBS.has(f) ? f : AR_CUE_VERBS.has(stripPurposeL(t.f)) ? stripPurposeL(t.f) : AR_CUE_VERBS.has(gluedRadd(t.f)) ? gluedRadd(t.f) : null;
  if (!verb) return null;
  // A verbal noun, not a verb: فضّلت عدم ذكر اسمها ("preferred not to be named"); the name
  // إسماعيل only starts like اسم.
  if (ctx.toks[k - 1]?.f === 'عدم' || /^اسم(?:ه|ها|هما|هم|ي)?$/u.test(next?.f ?? '')) return null;
  // A weak cue speaks when a speaker follows it: a title, a body, or a given name («…»، رد جون X);
  // not بين before a name (بين محمد وعلي is "between").
  // (Or a name the article already gave, right before a colon: فرد ناصر: «…».)
  const namedBefore = !!next?.word && ctx.resolver.knows(next.f) && ctx.toks[k + 2]?.raw === ':';
  const named = verb !== BAYN && !!next?.word && (AR_GIVEN_NAMES.has(next.f) || AR_AL_GIVEN_NAMES.has(next.f) || namedBefore);
  if (AR_WEAK_CUES.has(verb) && (verb === t.f || verb === gluedRadd(t.f)) && !speakerLike(next) && !named) return null;
  // "لم يتقبل رد الحكومة"، "ينتظر رد الوزارة": a bare weak cue right after an imperfect verb is
  // that verb's object, a noun (the reply), not "replied".
  const p0 = ctx.toks[k - 1];
  if (AR_WEAK_CUES.has(verb) && verb === t.f && p0?.word && /^[يت]\p{L}{3,}$/u.test(p0.f) && !AR_GIVEN_NAMES.has(p0.f)) return null;
  // "بينه وبين X": the preposition "between", not بيّن (explained).
  if (verb === BAYN && ctx.toks.slice(Math.max(0, k - 4), k).some((x) => /^بين(?:ه|ها|هم|هما|نا|ي)$/u.test(x.f))) return null;
  // وفق ما نقلت وكالة …، بحسب ما ذكرت صحيفة …: the verb belongs to the relay, not to a new speaker.
  const p1 = ctx.toks[k - 1];
  const p2 = ctx.toks[k - 2];
  if (p1?.f === 'ما' && p2?.word && (AR_ACCORDING.has(p2.f) || AR_ACCORDING.has(stripConj(p2.f)))) return null;
  return { kind: 'verb', tok: k, end: k + 1 };
}

// Words after which an English cue word is a noun (his claims, the report, a reply).
const EN_NOUN_BEFORE = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'whose', 'these', 'those', 'this']);

/** An English verb of saying, participle (", adding …") or "according to". */
function enCueAt(ctx: Ctx, k: number, t: Tok, next: Tok | undefined): CueHit | null {
  if (t.f === 'according' && next?.f === 'to') return { kind: 'according', tok: k, end: k + 2 };
  // "As the study's lead author, Javier Molina, put it: …".
  if (t.f === 'put' && next?.f === 'it') return { kind: 'verb', tok: k, end: k + 2 };
  if (!EN_CUES.has(t.f)) return null;
  // A capitalised cue word inside a sentence is a name (the State Department, Sen. Warren Says).
  if (t.cap && ctx.sentStart[k] !== k) return null;
  // "Mr Miller's comments", "his claims", "the reports": after a possessive or a determiner a
  // cue word is a noun, not a verb.
  const p0 = ctx.toks[k - 1];
  if (p0?.word && (EN_NOUN_BEFORE.has(p0.f) || /\p{L}['’]s$/u.test(p0.raw))) return null;
  // "point" is speech only as "point out" ("the sticking points are …" is a noun).
  if (t.f.startsWith('point') && next?.f !== 'out') return null;
  // "call" and "describe" are speech only when a quote, "that" or a colon follows closely.
  const near = ctx.toks.slice(k + 1, k + 1 + WEAK_CUE_REACH);
  // (Or one closes right before it: "…," he stated.)
  const closed = ctx.toks.slice(Math.max(0, k - 3), k).some((x) => QUOTE_OPEN.test(x.raw));
  if (EN_WEAK_CUES.has(t.f) && !(next?.f === 'that' || next?.raw === ':' || near.some((x) => QUOTE_OPEN.test(x.raw)) || closed)) return null;
  // ", adding that …", also after a closing quote that swallowed the comma (…at all," adding).
  const p1 = ctx.toks[k - 1]?.raw;
  if (EN_PARTICIPLES.has(t.f) && (p1 === ',' || (p1 && QUOTE_OPEN.test(p1) && /,\s*$/.test(ctx.body.slice(0, ctx.toks[k - 1]!.start))))) {
    return { kind: 'participle', tok: k, end: k + 1 };
  }
  // "a senior official telling staff: “…”": an -ing form of say/tell right before a colon or quote.
  if (t.f.endsWith('ing')) {
    const soon = ctx.toks.slice(k + 1, k + 1 + EN_ING_REACH);
    return EN_ING_SPEECH.has(t.f) && ctx.toks[k - 1]?.word && soon.some((x) => x.raw === ':' || QUOTE_OPEN.test(x.raw)) ? { kind: 'verb', tok: k, end: k + 1 } : null;
  }
  return { kind: 'verb', tok: k, end: k + 1 };
}

/** A Russian verb of saying, "по словам" or "говорится в". */
function ruCueAt(ctx: Ctx, k: number, t: Tok, next: Tok | undefined): CueHit | null {
  if (t.f === 'по' && RU_ACCORDING.has(next?.f ?? '')) return { kind: 'according', tok: k, end: k + 2 };
  if (t.f === 'по' && ['его', 'ее', 'их'].includes(next?.f ?? '') && ['словам', 'мнению'].includes(ctx.toks[k + 2]?.f ?? '')) {
    return { kind: 'according', tok: k, end: k + 3 };
  }
  // «…», — говорится в сообщении пресс-службы Минтруда: the issuer of the statement speaks.
  // "— сказано в обращении Общества", "указано в документе": the same impersonal statement cue.
  if (RU_STATEMENT_VERBS.has(t.f) && next?.f === 'в') return { kind: 'statement', tok: k, end: k + 2 };
  if (documentFirst(ctx, k, t, next)) return { kind: 'statement', tok: k, end: k + 1 };
  // "Согласно заявлению ООН, «…»": the issuer of the document; "согласно данным X" as "по данным X".
  if (t.f === 'согласно' && next?.f === 'данным') return { kind: 'according', tok: k, end: k + 2 };
  if (t.f === 'согласно' && /^(?:сообщени|заявлени|доклад|документ|публикаци|стать|информаци|отчет|отчёт)/u.test(next?.f ?? '')) return { kind: 'statement', tok: k, end: k + 1 };
  if (ruRelaysWords(ctx, k, t)) return { kind: 'verb', tok: k, end: k + 1 };
  if (ruStatementMade(ctx, k, t)) return { kind: 'verb', tok: k, end: k + 1 };
  return isRuCue(t.f) ? { kind: 'verb', tok: k, end: k + 1 } : null;
}

// How many words may stand between "в заявлении" and its verb (в заявлении пресс-службы МИД России говорится);
// guillemets around a name count on top.
const RU_DOCUMENT_REACH = 6;
/** "В заявлении МИД говорится, что …", "В сообщении сказано: «…»": the document named first, its
 * issuer between it and the verb, which a comma or colon closes. */
function documentFirst(ctx: Ctx, k: number, t: Tok, next: Tok | undefined): boolean {
  if ((t.f !== 'в' && t.f !== 'во') || !next?.word || !RU_DOCUMENT.test(next.f)) return false;
  // (A company in guillemets may stand in the issuer: в сообщении компании «Север» сказано.)
  for (let j = k + 2; j <= k + 3 + RU_DOCUMENT_REACH && (ctx.toks[j]?.word || ['«', '»'].includes(ctx.toks[j]?.raw ?? '')); j++) {
    if (RU_STATEMENT_VERBS.has(ctx.toks[j]!.f)) return [',', ':'].includes(ctx.toks[j + 1]?.raw ?? '');
  }
  return false;
}

/** "Такое заявление сделал X", "С таким заявлением выступил X": a statement made, a verb of saying. */
function ruStatementMade(ctx: Ctx, k: number, t: Tok): boolean {
  if (!/^(?:сделал|выступил)[аио]?$/u.test(t.f)) return false;
  return [ctx.toks[k - 1], ctx.toks[k - 2]].some((w) => !!w?.word && /^(?:заявлени|обращени)(?:е|ем|я)$/u.test(w.f));
}

// How far after "приводит" its "слова" may come (приводит ТАСС слова министра), in words.
const RU_WORDS_REACH = 4;
// Quote marks around an outlet's name (the marks count on top of the words).
const OUTLET_MARKS = new Set(['«', '»', '"', '“', '„']);
/** "приводит слова X", "приводит его слова ТАСС", "передает слова судьи издание": an outlet relays
 * whose words these are. */
function ruRelaysWords(ctx: Ctx, k: number, t: Tok): boolean {
  if (!/^(?:привод(?:ит|ят)|привел[аи]?|переда(?:ет|ют)|передал[аи]?)$/u.test(t.f)) return false;
  // "— приводит его «Росбалт»": the words of the one last spoken of, relayed by the outlet.
  if (['его', 'ее', 'их'].includes(ctx.toks[k + 1]?.f ?? '') && !ctx.toks[k - 1]?.word) return true;
  // (An outlet in quote marks may stand between: приводит «Интерфакс» слова министра.)
  for (let j = k + 1; j <= k + RU_WORDS_REACH + 2 && (ctx.toks[j]?.word || OUTLET_MARKS.has(ctx.toks[j]?.raw ?? '')); j++) if (ctx.toks[j]!.f === 'слова') return true;
  return false;
}
