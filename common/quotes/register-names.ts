// Before attribution, records every "title + name" the article writes (وزير الخارجية السوري أسعد
// الشيباني، his Syrian counterpart, Omar Dabbagh, вице-премьер Андрей Сомов), so a later title alone
// or surname resolves to that person. Pure: no DOM, no Node.
import { admit, NONE } from './admit.js';
import type { Ctx } from './context.js';
import * as lexiconAr from './lexicon-ar.js';
import { EN_TITLES } from './lexicon-en.js';
import { RU_NATIONAL_ADJ, RU_TITLES } from './lexicon-ru.js';
import { arName } from './name-ar.js';
import { nisba, orgEnd } from './org-name-ar.js';
import { arNationalityName, arSpeakerAt } from './speaker-ar.js';
import { arBoundary, constructObjectAt, gluedPrep, honorificAt, indefiniteObjectAt, isAl, isEmir } from './words-ar.js';
import { enSpeakerAfter } from './speaker-en.js';
import { registerEnAppositions } from './apposition-en.js';
import { registerCaptionNames } from './caption-name-ru.js';
import { registerRuAcronyms } from './acronym-ru.js';
import { registerRuCompounds } from './compound-ru.js';
import { registerRuAppositions } from './apposition-ru.js';
import { ruDativeNominative, ruDativeTitle, ruDativeTitleNominative, ruGenitiveTitle, ruInstrumentalNominative, ruInstrumentalTitle, ruInstrumentalTitleNominative, ruNominative } from './ru-nominative.js';
import { ruOwnerName, ruSpeakerAfter } from './speaker-ru.js';
import { foldKey } from '../text/normalize.js';
import { nameGender } from './gender.js';
import type { SpeakerRef } from './speaker-ref.js';
import type { Person } from './speaker-resolver.js';
import { isComma, stripConj, type Tok } from './tokens.js';

// How many tokens after a Russian title its holder's name may end within.
const RU_TITLE_REACH = 8;

// Read once into module constants: hot loops then skip the module-namespace lookup on every word.
const { AR_MEETING_VERBS, AR_NAME_AL_PARTS, AR_NAME_LINKS: AR_NAME_LINK_WORDS, AR_SON_OF: AR_SON_OF_WORDS, AR_HONORIFICS, AR_ORG_HEADS, AR_PLACES, AR_STOPS, AR_TITLE_HEADS } = lexiconAr;

export function registerTitledNames(ctx: Ctx): void {
  const { toks, body, lang, resolver } = ctx;
  const titleOnly: { text: string; pos: number }[] = [];
  // The last name recorded and the token after it: a title right after a name is its apposition
  // (الأمير خالد بن سعد الرئيس العام للرياضة), so a later title alone finds that person.
  let named: { name: string; to: number } | null = null;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (!t.word || ctx.inQuote[k]) continue;
    let ref = null;
    if (lang === 'ar' && arTitleOpens(toks, k, named?.to === k)) {
      // (Not a title after و: وزعيم الحزب X is a second person.)
      const conj = t.f.startsWith('و') && !AR_TITLE_HEADS.has(t.f);
      // So is an emir's office read for itself (وكان أمير منطقة تبوك تفقد الحدود): only a given
      // name after it is its holder.
      const emirOnly = !AR_TITLE_HEADS.has(t.f) && !AR_TITLE_HEADS.has(stripConj(t.f)) && !honorificAt(toks, k);
      ref = appositionOf(arTitledAt(ctx, k), (named?.to === k && !conj) || emirOnly);
      arRecordOffice(ctx, k, ref, named, titleOnly);
    } else if (lang === 'en' && EN_TITLES.has(t.f) && !EN_TITLES.has(toks[k - 1]?.f ?? '')) {
      let n = k + 1;
      while (toks[n] && !toks[n]!.word && (toks[n]!.raw === ',' || toks[n]!.raw === '.')) n++;
      ref = enSpeakerAfter(body, toks, toks[k + 1]?.word ? k : n);
      if (ref?.kind === 'name') {
        let s = k;
        // (A press secretary or press officer keeps its lower-case "press": White House press secretary.)
        while (s > 0 && toks[s - 1]!.word && (EN_TITLES.has(toks[s - 1]!.f) || toks[s - 1]!.cap || (toks[s - 1]!.f === 'press' && EN_TITLES.has(toks[s]!.f)))) s--;
        ref = { ...ref, title: body.slice(toks[s]!.start, toks[k]!.end) };
      }
    } else if (lang === 'ru' && (RU_TITLES.has(t.f) || ruInstrumentalTitle(t.f) || ruDativeTitle(t.f))) {
      // "Адвокат осужденного … сотрудника завода Петра | Лунина Анна Сомова": the window ends past
      // the capitalised run it cuts, so the chain reads whole (the holder is its last name).
      let limit = Math.min(toks.length, k + RU_TITLE_REACH);
      while (limit < toks.length && limit < k + RU_TITLE_REACH + 4 && toks[limit]!.word && toks[limit]!.cap && toks[limit - 1]!.cap) limit++;
      ref = ruSpeakerAfter(body, toks, k, limit);
      // "пресс-секретарь Петра Лунина сказал": the man the title is of holds no title here.
      if (ref?.kind === 'name' && RU_TITLES.has(t.f) && toks[k + 1]?.raw === ref.text.split(/\s+/u)[0] && ruOwnerName(toks, k + 1, ref.to)) ref = null;
      // "министра финансов Антона Силуанова": after a title in the genitive the name is too.
      if (ref?.kind === 'name' && ruGenitiveTitle(t.f)) ref = { ...ref, text: ruNominative(ref.text) };
      // "после беседы с главой поселка X Иваном Сомовым": after a title in the instrumental, so is the
      // name; so after one in the dative (письмо президенту Молдавии Игорю Сомову).
      else if (ref?.kind === 'name' && (ruInstrumentalTitle(t.f) || ruDativeTitle(t.f))) {
        const nameAt = ref.to - ref.text.split(/\s+/u).length;
        const title = ref.title ?? body.slice(t.start, toks[nameAt]!.start).trim();
        ref = ruInstrumentalTitle(t.f)
          ? { ...ref, text: ruInstrumentalNominative(ref.text), title: ruInstrumentalTitleNominative(title) }
          : { ...ref, text: ruDativeNominative(ref.text), title: ruDativeTitleNominative(title) };
      }
    }
    // "يطمح البرازيلي ماركوس الصخور مدرب النادي إلى": a nationality used as a noun before a name and an
    // office: the office is the name's apposition, recorded when the loop reaches it.
    const nat = lang === 'ar' && !ref && nationalNoun(t) ? arNationalityName(body, toks, k, resolver.knows) : null;
    if (nat?.kind === 'name' && toks[nat.to]?.word && AR_TITLE_HEADS.has(toks[nat.to]!.f)) {
      named = { name: nat.text, to: nat.to };
      continue;
    }
    if (ref?.kind === 'name' && ref.title) {
      const a = admit(ctx, ref, t.start);
      ref = a === NONE ? null : a;
    }
    if (ref?.kind === 'name' && ref.title) {
      named = { name: ref.text, to: ref.to };
      const p = resolver.addName(ref.text, ref.title, t.start);
      if (lang === 'ru' && ruInstrumentalTitle(t.f) && p.pos.length === 1) p.oblique = true;
      if (lang === 'ru') ruCounterpart(ctx, k, p);
      // معالي الشيخ حمود …: a later "وصرح معاليه" means the bearer of that honorific.
      if (lang === 'ar' && AR_HONORIFICS.has(t.f)) p.honorifics = [...(p.honorifics ?? []), t.f];
    }
  }
  for (const t of titleOnly) if (!resolver.byTitle(t.text, t.pos)) resolver.addName(t.text, t.text, t.pos);
  if (lang === 'ar') registerDescribed(ctx);
  if (lang === 'ar') registerOrganisations(ctx);
  if (lang === 'ru') registerCaptionNames(ctx);
  if (lang === 'ru') registerRuAcronyms(ctx);
  if (lang === 'ru') registerRuCompounds(ctx);
  if (lang === 'ru') registerRuAppositions(ctx);
  if (lang === 'en') registerAcronyms(ctx);
  if (lang === 'en') registerEnAppositions(ctx);
}

type Named = { name: string; to: number } | null;

/** "Лавров встретился с турецким коллегой Мевлютом Чавушоглу": a counterpart (коллега) with a
 * nationality holds the office of the sentence's titled subject in that country, so "турецкий
 * министр" or "глава турецкого МИД" later finds them, not the subject. */
function ruCounterpart(ctx: Ctx, k: number, p: Person): void {
  const nat = ctx.toks[k - 1];
  if (!/^коллег/u.test(ctx.toks[k]!.f) || !nat?.word || !RU_NATIONAL_ADJ.test(nat.f)) return;
  const from = ctx.toks[ctx.sentStart[k] ?? k]!.start;
  const subject = ctx.resolver.people.find((o) => o !== p && !o.org && o.titles.length > 0 && o.pos.some((x) => x >= from && x < nat.start));
  for (const title of subject?.titles ?? []) ctx.resolver.absorbTitle(`${nat.raw} ${title}`, p);
}

/** A definite word written with a final ي (not ى: التقى is a verb), the shape of a nationality. */
const nationalNoun = (t: Tok): boolean => isAl(t.f) && /ي$/u.test(t.raw.replace(/[\u064B-\u0652\u0640]/gu, ''));

/** "أكد الأمير X أمير منطقة عسير وجود تنسيق": an office right after a recorded name is that name's
 * apposition, and what follows it is no second person unless it opens with a given name (`strict`
 * for such an office, or an emir's read for itself). */
function appositionOf(ref: SpeakerRef | null, strict: boolean): SpeakerRef | null {
  if (!strict || ref?.kind !== 'name' || !ref.title) return ref;
  const ws = ref.text.split(/\s+/u).map((w) => foldKey(w));
  const first = ws[0] ?? '';
  // (or a name link: جلوي بن عبدالعزيز)
  if (lexiconAr.AR_GIVEN_NAMES.has(first) || lexiconAr.AR_FEMALE_NAMES.has(first) || ws.some((w) => w.startsWith('عبد') || AR_NAME_LINK_WORDS.has(w))) return ref;
  return { kind: 'title', text: ref.title, from: ref.from, to: ref.from };
}

/**
 * Does an Arabic office or honorific at token `k` open a title that may name someone? Not when a
 * title word before it makes it a modifier (مساعد الرئيس) — unless that word ended a name just
 * recorded (`afterName`: خالد بن سعد الرئيس العام …) — nor when it is an adjective: a
 * participle-shaped office word after a definite noun and before a comma (الجهات المسؤولة، …), or
 * an indefinite nisba after an indefinite noun (في مؤتمر صحفي دوري: no journalist named دوري).
 */
function arTitleOpens(toks: Tok[], k: number, afterName: boolean): boolean {
  const t = toks[k]!;
  const prev = toks[k - 1];
  if (!(AR_TITLE_HEADS.has(t.f) || AR_TITLE_HEADS.has(stripConj(t.f)) || honorificAt(toks, k) || isEmir(toks, k))) return false;
  const adjective = /^الم\p{L}{3,}/u.test(t.f) && !!prev?.word && /^(?:و?ال)\p{L}{2,}/u.test(prev.f) && !toks[k + 1]?.word;
  if (adjective && !afterName) return false;
  const describesNoun = /^(?!ال)\p{L}{3,}ي$/u.test(t.f) && !AR_HONORIFICS.has(t.f) && !!prev?.word && !/^و?ال/u.test(prev.f) && !arBoundary(prev) && !AR_TITLE_HEADS.has(prev.f) && !AR_HONORIFICS.has(prev.f);
  if (describesNoun) return false;
  return afterName || (!AR_TITLE_HEADS.has(prev?.f ?? '') && !AR_HONORIFICS.has(prev?.f ?? ''));
}

/**
 * Does the name in `ref` end cleanly: at punctuation, أن، a preposition, a cue, و+noun, an office or
 * a future verb (وزير الطاقة وليد صعب سيعرض)? So does a definite nisba surname (ريم العلي بطء …), an
 * adverbial accusative after it (متألماً), a preposition glued to a definite word (للشعب، بالمدينة),
 * and — after a two-word name (its second word no plural verb: ووصفوه; خالد بن سالم counts as two)
 * — any word glued to ب/ل that the verb governs (التقى الوزير X بنظيره) or an indefinite object
 * (ترأس الوزير X Y اجتماعا، وجه … رسالة إلى); after a definite family name or a two-word name, a
 * construct object (افتتح الوزير سامي الحداد أعمال المؤتمر، أيد الأمير X بن Y قرار وزارة الصحة). A name running into the next clause ("العاهل الأردني
 * تناولت سبل") does not.
 */
function arEndsCleanly(toks: Tok[], ref: SpeakerRef): boolean {
  const after = toks[ref.to];
  if (!after?.word || arBoundary(after) || /^وال/.test(after.f) || lexiconAr.AR_RECENCY_ADJECTIVES.has(after.f) || AR_TITLE_HEADS.has(after.f) || AR_TITLE_HEADS.has(stripConj(after.f)) || isEmir(toks, ref.to) || /^س[يت]\p{L}{3,}$/u.test(after.f)) return true;
  const parts = ref.kind === 'name' ? ref.text.split(/\s+/u) : [];
  const last = foldKey(parts[parts.length - 1] ?? '');
  if (parts.length > 1 && /^ال\p{L}{2,}ي$/u.test(last)) return true;
  if (/\u064B/u.test(after.raw)) return true;
  // Two name units: link words (بن، عبد، أبو) join their neighbours (خالد بن سالم، عبد الإله بن سالم).
  const units = parts.filter((p) => !AR_NAME_LINK_WORDS.has(foldKey(p))).length;
  const twoWords = (parts.length === 2 || units === 2) && !PLURAL_VERB.test(last);
  if (/^(?:و?بال|و?لل)\p{L}{2,}/u.test(after.f) || (twoWords && gluedPrep(after))) return true;
  // "افتتح رئيس البلدية X Y المعرض": after a two-part name, a definite word that is no nisba (العتيبي)
  // nor a compound's second half (الدين) is the verb's object.
  if (twoWords && /^ال\p{L}{3,}$/u.test(after.f) && !after.f.endsWith('ي') && !AR_NAME_AL_PARTS.has(after.f)) return true;
  const definiteEnd = parts.length > 1 && /^ال\p{L}{2,}/u.test(last);
  // "انتقد أمير المنطقة نايف بن سلطان بن مشعل المخالفين": after a lineage (بن …), a definite
  // plural is the verb's object: no family name is a plural.
  if (parts.some((p) => AR_SON_OF_WORDS.has(foldKey(p))) && /^ال\p{L}{3,}(?:ين|ون)$/u.test(after.f)) return true;
  return (twoWords && indefiniteObjectAt(toks, ref.to)) || ((definiteEnd || twoWords) && constructObjectAt(toks, ref.to));
}

/** The title and name that an Arabic office at token `k` opens, as registration records it. */
function arTitledAt(ctx: Ctx, k: number): SpeakerRef | null {
  const { toks, body } = ctx;
  let ref = arSpeakerAt(body, toks, k);
  if (ref && !arEndsCleanly(toks, ref)) {
    // "انتقدت النائبة جنان بوشهري بطء الإنجاز": a three-word reading running into the object;
    // the first two words are the name.
    // (Not a compound's second half, الدين or الله: "ركان ناصر الدين مستشفى" keeps all three.)
    const parts = ref.kind === 'name' ? ref.text.split(/\s+/u) : [];
    // (Nor a given name made of a link and its word, عبد السند or أبو بكر: the third word is the family name.)
    const compound = parts.length === 3 && (AR_NAME_AL_PARTS.has(foldKey(parts[2]!)) || AR_NAME_LINK_WORDS.has(foldKey(parts[0]!)));
    ref = compound ? ref : parts.length === 3 && !AR_NAME_LINK_WORDS.has(foldKey(parts[1]!)) ? { ...ref, text: parts.slice(0, 2).join(' ') } : null;
  }
  if (ref?.kind === 'name' && !ref.title) ref = { ...ref, title: toks[k]!.raw };
  // "وحمل سامي الحداد، وزير العدل، مسؤولية …": an office between commas right after a name is
  // that name's apposition; a word after its closing comma is the verb's object, no name.
  if (ref?.kind === 'name' && ref.title && isComma(toks[k - 1]) && appositiveAfterComma(toks, ref) && nameBefore(ctx, k - 1)) {
    ref = { kind: 'title' as const, text: ref.title, from: ref.from, to: ref.from };
  }
  return ref;
}

/** Does the sentence holding token `k` open with a verb of meeting (AR_MEETING_VERBS, past its و)?
 * An office right after its subject's name is then the object's, not the subject's apposition. */
function meetingClause(ctx: Ctx, k: number): boolean {
  const s = ctx.sentStart[k] ?? k;
  const first = ctx.toks[s];
  return !!first?.word && (AR_MEETING_VERBS.has(first.f) || AR_MEETING_VERBS.has(stripConj(first.f)));
}

/**
 * An Arabic office read without a name of its own: kept for a later "الرئيس" when it has a
 * nationality (الرئيس المصري والعاهل الأردني), and recorded for the name right before it — the last
 * name recorded (الأمير X الرئيس العام …), one before a comma (مصطفى الرميد، وزير العدل، …), or one a
 * verb of saying opens before an office in construct (أكد X رئيس الحكومة أن; after التقى or استقبل
 * that office is the object, another person).
 */
function arRecordOffice(ctx: Ctx, k: number, ref: SpeakerRef | null, named: Named, titleOnly: { text: string; pos: number }[]): void {
  const { toks, resolver } = ctx;
  const t = toks[k]!;
  if (ref?.kind !== 'title') return;
  if (/ ال\p{L}+ي$/u.test(ref.text)) titleOnly.push({ text: ref.text, pos: t.start });
  if (!ref.text.includes(' ')) return;
  // (Not after a verb of meeting: in "استقبل الملك X وزير الخارجية الأمريكي" the office is his guest's.)
  const gap = named && ((named.to === k && !meetingClause(ctx, k)) || (named.to === k - 1 && isComma(toks[k - 1])));
  if (named && gap) {
    resolver.addName(named.name, ref.text, t.start);
    return;
  }
  const holder = isComma(toks[k - 1]) ? nameBefore(ctx, k - 1) : nameBefore(ctx, k, !/^ال/u.test(t.f));
  if (holder) resolver.addName(holder, ref.text, toks[k - 1]!.start);
}

// Words inside an English body's name that its initials skip (Centre for Disease Control).
const EN_NAME_LINKS = new Set(['for', 'of', 'and', 'the', 'on', '&']);

/**
 * "The Nigeria Centre for Disease Control and Prevention (NCDC)": initials in brackets right after
 * a capitalised name, when they are that name's initials (or their start), make a later "the
 * NCDC said" the same body.
 */
function registerAcronyms(ctx: Ctx): void {
  const { toks, body, resolver } = ctx;
  for (let k = 2; k + 2 < toks.length; k++) {
    const a = toks[k]!;
    if (toks[k - 1]!.raw !== '(' || toks[k + 1]!.raw !== ')' || !/^\p{Lu}{2,6}$/u.test(a.raw) || ctx.inQuote[k]) continue;
    let s = k - 1;
    while (s > 0 && toks[s - 1]!.word && (toks[s - 1]!.cap || (EN_NAME_LINKS.has(toks[s - 1]!.f) && toks[s - 2]?.cap))) s--;
    while (s < k - 1 && (!toks[s]!.cap || EN_NAME_LINKS.has(toks[s]!.f))) s++;
    const caps = toks.slice(s, k - 1).filter((t) => t.cap && !EN_NAME_LINKS.has(t.f));
    const initials = caps.map((t) => t.raw[0]).join('');
    if (caps.length < 2 || !initials.startsWith(a.raw)) continue;
    resolver.addAcronym(body.slice(toks[s]!.start, toks[k - 2]!.end), a.raw, toks[s]!.start);
  }
}

// و + a plural past verb, with or without an object pronoun (ووصفوه، وقالوا): never a name part.
const PLURAL_VERB = /^و\p{L}{2,}(?:وه|وها|وهم|وا)$/u;

/** A name of two or three words ending right before token k, opened by a verb or punctuation (a
 * verb of saying, with `saying`). */
function nameBefore(ctx: Ctx, k: number, saying = false): string | null {
  const { toks, body } = ctx;
  for (const n of [3, 2]) {
    const s = k - n;
    const before = toks[s - 1];
    if (s < 1 || !before || ctx.inQuote[s] || (before.word && !isArVerbOpener(before.f) && !nationalityAfterVerb(toks, s - 1))) continue;
    if (saying && !(before.word && lexiconAr.AR_CUE_VERBS.has(stripConj(before.f)))) continue;
    // A name opens with no article (سامي الحداد), and the verb before it is no title or body.
    const f = toks[s]!.f;
    const verbLike = /^[يتن]\p{L}{3,}$/u.test(f) && !lexiconAr.AR_GIVEN_NAMES.has(f);
    if (!verbLike && arName(toks, s) === k && toks.slice(s, k).every((t) => t.word) && !/^ال/u.test(f)) return body.slice(toks[s]!.start, toks[k - 1]!.end);
  }
  return null;
}

/** Was the name in `ref` read past a comma after its title (المدير، X)? */
const appositiveAfterComma = (toks: Tok[], ref: { from: number; to: number; text: string }): boolean => {
  const n = ref.text.split(/\s+/u).length;
  const c = toks[ref.to - n - 1];
  return isComma(c);
};

/** "أعرب البرتغالي جورج ماريو، المدير الفني …": a nisba at `k` (no office, no body) between a verb
 * and the name it describes. */
const nationalityAfterVerb = (toks: Tok[], k: number): boolean => {
  const f = toks[k]!.f;
  const v = toks[k - 1];
  return /^ال\p{L}{3,}ي$/u.test(f) && !AR_TITLE_HEADS.has(f) && !AR_ORG_HEADS.has(f) && (!v?.word || isArVerbOpener(v.f));
};

/** A verb-shaped word that can open a clause before its subject (عبّر، أكد، وقال، أشاد). */
const isArVerbOpener = (f: string): boolean => !/^(?:و?ال|ب|ل)/u.test(f) && !AR_TITLE_HEADS.has(f) && !AR_ORG_HEADS.has(f) && f.length >= 3;

/**
 * Every organisation the article names in full (حزب …، رابطة …، وزارة …), wherever it stands, so a
 * later head alone (الحزب، الرابطة) finds it. A head governed by another (قيادة الحركة) is skipped.
 */
function registerOrganisations(ctx: Ctx): void {
  const { toks } = ctx;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    // وزارة, وكالة, وفد start with و: only a word no lexicon knows loses a glued و.
    const f = AR_ORG_HEADS.has(t.f) ? t.f : stripConj(t.f);
    // A definite head counts with a nisba after it (السفارة الأردنية، الحكومة المغربية).
    const definiteHead = /^ال/u.test(f) && toks[k + 1]?.word && nisba(toks[k + 1]!.f);
    if (!t.word || ctx.inQuote[k] || (/^ال/u.test(f) && !definiteHead) || !AR_ORG_HEADS.has(f) || AR_ORG_HEADS.has(stripConj(toks[k - 1]?.f ?? ''))) continue;
    const e = orgEnd(ctx, k);
    if (e - k < 2) continue;
    const raw = ctx.body.slice(t.start, toks[e - 1]!.end);
    const text = f === t.f ? raw : raw.replace(/^[وف](?=\p{L}{3})/u, '');
    ctx.resolver.addName(text, null, t.start, true);
  }
}

/**
 * "وصلت المغامرة البريطانية ليلى X"، "نشر النجم البرتغالي كريستيانو Y": a name introduced by a
 * definite noun no lexicon lists and a nationality, recorded with that description so a later
 * surname or "المغامرة" finds the person. Only a name of two or three words that opens with a known
 * given name and ends cleanly (punctuation, a preposition, a verb of saying or a verb's object).
 */
function registerDescribed(ctx: Ctx): void {
  const { toks, body, resolver } = ctx;
  for (let k = 0; k + 3 < toks.length; k++) {
    const d = toks[k]!;
    const n = toks[k + 1]!;
    // Cheap tests first: most words are not "ال… ال…ي" pairs.
    if (!n.word || !d.word || !(n.f.endsWith('ي') || n.f.endsWith('يه')) || !d.f.startsWith('ال') || ctx.inQuote[k]) continue;
    if (!/^ال\p{L}{3,}/u.test(d.f) || nisba(d.f) || !nisba(n.f)) continue;
    if (AR_TITLE_HEADS.has(d.f) || AR_ORG_HEADS.has(d.f) || AR_STOPS.has(d.f) || AR_PLACES.has(d.f) || AR_HONORIFICS.has(d.f)) continue;
    const s = k + 2;
    const e = arName(toks, s, resolver.knows);
    const given = toks[s]!.f;
    if (e - s < 2 || e - s > 3 || !(lexiconAr.AR_GIVEN_NAMES.has(given) || lexiconAr.AR_FEMALE_NAMES.has(given)) || !toks.slice(s, e).every((t) => t.word)) continue;
    const after = toks[e];
    if (after?.word && !arBoundary(after) && !gluedPrep(after) && !indefiniteObjectAt(toks, e) && !constructObjectAt(toks, e) && !/^(?:بال|لل)/u.test(after.f)) continue;
    const p = resolver.addName(body.slice(toks[s]!.start, toks[e - 1]!.end), body.slice(d.start, n.end), d.start);
    if (!p.gender) p.gender = nameGender('ar', p.name, null) ?? undefined;
  }
}

