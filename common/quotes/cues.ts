// Finds who a cue (found by cue-at.ts) attributes speech to, in all three languages, with any
// relay agency ("via"). Pure: no DOM, no Node. Returns token indices and speaker references;
// never resolves names.
import { agencyName } from './agencies.js';
import { cueAt, QUOTE_OPEN, type CueHit } from './cue-at.js';
import type { Ctx } from './context.js';
import * as lexiconAr from './lexicon-ar.js';
import { arSpeakerAt, arSpeakerBefore } from './speaker-ar.js';
import { enSentenceSubject, enSpeakerAfter, enSpeakerBefore } from './speaker-en.js';
import { spanText, type SpeakerRef } from './speaker-ref.js';
import { ruSpeakerAfter, ruSpeakerBefore } from './speaker-ru.js';
import { isSentenceEnd, stripConj, type Tok } from './tokens.js';

// Read once into module constants: hot loops then skip the module-namespace lookup on every word.
const { AR_COMPLEMENTISERS, AR_ORG_HEADS, AR_STOPS, AR_TITLE_HEADS } = lexiconAr;

export type CueSpeaker = { ref: SpeakerRef | null; via: string | null; cue: CueHit };

/** Who a cue attributes speech to; `floor` is the first token of its clause, `limit` the end. */
export function cueSpeaker(ctx: Ctx, cue: CueHit, floor: number, limit: number): CueSpeaker {
  const { body, toks, lang } = ctx;
  const known = ctx.resolver.knows;
  const out = (ref: SpeakerRef | null, via: string | null = null): CueSpeaker => ({ ref, via, cue });
  // A participle's subject is the main clause's: in English the sentence's first name
  // ("Gov. Helen Marsh signed …, calling it …"); otherwise the running speaker.
  // An English participle shares the subject of the sentence's main cue when there is one
  // ("An analyst at Hanmore Capital, Lisa Brandt, said …, noting that …").
  if (cue.kind === 'participle') {
    if (lang === 'ar' || lang === 'other') return out(arClauseSubject(ctx, floor, cue.tok));
    if (lang !== 'en') return out(null);
    for (let k = cue.tok - 1; k >= floor; k--) {
      if (ctx.inQuote[k]) continue;
      const main = cueAt(ctx, k);
      if (main && main.kind === 'verb') {
        const sp = cueSpeaker(ctx, main, floor, cue.tok);
        if (sp.ref) return out(sp.ref);
      }
    }
    return out(enSentenceSubject(body, toks, floor, cue.tok));
  }
  if (lang === 'ar' || lang === 'other') {
    const f = stripConj(toks[cue.tok]!.f);
    if (cue.kind === 'according') {
      let i = cue.end;
      if (toks[i]?.f === 'ما') return out(null, findAgency(toks, i, limit));
      // وفقاً لبيان صادر عن وزارة …، بحسب تقرير صادر عن …: the issuer speaks.
      if (/^(?:ل|ب)?(?:بيان|تقرير|تصريح|تصريحات|رساله|وثيقه)$/.test(toks[i]?.f ?? '')) {
        i++;
        if (/^صادر/.test(toks[i]?.f ?? '')) i++;
        if (toks[i]?.f === 'عن' || toks[i]?.f === 'من') i++;
      }
      const ref = arSpeakerAt(body, toks, i, known);
      return ref?.kind === 'agency' ? out(null, ref.text) : out(ref);
    }
    if (cue.kind === 'statement') {
      let i = cue.end;
      while (toks[i]?.word && /^(بيان|نص|تقرير|رساله|تصريح)/.test(toks[i]!.f)) i++;
      return out(arSpeakerAt(body, toks, i, known));
    }
    // كان X قد صرح: the subject sits before the cue.
    if (toks[cue.tok - 1]?.f === 'قد') {
      const before = arSpeakerBefore(body, toks, cue.tok, floor, known);
      if (before) return out(before);
    }
    // ذكر بيان لوزارة المالية، أفاد تقرير صادر عن البنك: the issuer of the statement speaks.
    if (/^(?:بيان|تقرير)$/.test(toks[cue.end]?.f ?? '')) {
      let i = cue.end + 1;
      if (/^صادر/.test(toks[i]?.f ?? '')) i++;
      if (toks[i]?.f === 'عن' || toks[i]?.f === 'من') i++;
      const t = toks[i];
      // لوزارة المالية: the issuer behind a glued ل.
      if (t?.word && /^ل/.test(t.f) && AR_ORG_HEADS.has(t.f.slice(1))) {
        let k = i + 1;
        while (k < i + 4 && toks[k]?.word && toks[k]!.f.startsWith('ال') && toks[k]!.f.length > 3) k++;
        return out({ kind: 'org', text: spanText(body, toks, i, k).replace(/^ل/u, ''), from: i, to: k });
      }
      const issuer = arSpeakerAt(body, toks, i, known);
      if (issuer && issuer.kind !== 'pronoun') return out(issuer);
    }
    // "نشر الحزب بيانًا وصف فيه القرار بأنه …": a cue inside a relative clause (فيه/فيها = in which)
    // speaks for the subject of the sentence's opening verb.
    if (toks[cue.end]?.f === 'فيه' || toks[cue.end]?.f === 'فيها') return out(arClauseSubject(ctx, floor, cue.tok));
    const ref = arSpeakerAt(body, toks, cue.end, known);
    // نقلت وكالة X عن Y (قوله): Y spoke, X relayed.
    if (f.startsWith('نقل')) {
      for (let k = cue.end; k < Math.min(limit, cue.end + 12); k++) {
        if (toks[k]!.f === 'عن') {
          const who = arSpeakerAt(body, toks, k + 1, known);
          return out(who, ref?.kind === 'agency' ? ref.text : findAgency(toks, cue.end, k));
        }
      }
    }
    if (ref) return out(ref);
    // "بدا مدرب الهلال جورجي جيسوس واثقاً، إذ قال للصحفيين": a cue after إذ/حيث with no subject
    // of its own speaks for the subject of the clause it explains.
    if (['اذ', 'حيث'].includes(toks[cue.tok - 1]?.f ?? '')) {
      const main = arMainSubject(ctx, floor, cue.tok - 1);
      if (main) return out(main);
    }
    return out(arSpeakerBefore(body, toks, cue.tok, floor, known));
  }
  if (lang === 'en') {
    if (cue.kind === 'according') {
      const ref = enSpeakerAfter(body, toks, cue.end);
      return ref?.kind === 'agency' ? out(null, ref.text) : out(ref);
    }
    // Inverted only right after a quote ("…," said Marta Quental); "One driver, Abu Fadi, told …" is not.
    const prev = toks[cue.tok - 1];
    const inverted = cue.tok === floor || !prev || QUOTE_OPEN.test(prev.raw) || (prev.raw === ',' && QUOTE_OPEN.test(toks[cue.tok - 2]?.raw ?? ''));
    const ref = inverted ? enSpeakerAfter(body, toks, cue.end) : enSpeakerBefore(body, toks, cue.tok, floor);
    return out(ref ?? (inverted ? null : enSpeakerAfter(body, toks, cue.end)), viaAfter(ctx, cue.end, limit));
  }
  if (cue.kind === 'according') {
    const isData = toks[cue.tok + 1]?.f === 'данным';
    const i = cue.end;
    if (['его', 'ее', 'их'].includes(toks[cue.tok + 1]?.f ?? '')) return out({ kind: 'pronoun', text: toks[cue.tok + 1]!.raw, from: cue.tok, to: cue.end });
    const ref = ruSpeakerAfter(body, toks, i, limit) ?? (toks[i]?.word ? { kind: 'org' as const, text: toks[i]!.raw, from: i, to: i + 1 } : null);
    if (isData) return out(null, ref?.text ?? null);
    return out(ref);
  }
  if (cue.kind === 'statement') {
    // в сообщении / заявлении / пресс-релизе + the issuer in the genitive, up to punctuation.
    let i = cue.end;
    if (/^(?:сообщени|заявлени|пресс-релиз|документ|письм|обращени)/.test(toks[i]?.f ?? '')) i++;
    let e = i;
    while (e < Math.min(limit, i + 4) && toks[e]!.word) e++;
    return out(e > i ? { kind: 'org', text: spanText(body, toks, i, e), from: i, to: e } : null);
  }
  // Inverted after a dash or comma («…», — сказал Сомов; …, сообщила Интерфаксу …) or after "как".
  const prev = toks[cue.tok - 1];
  // "Глава союза Олег Шашков, в свою очередь, указал": a parenthetical between commas is no inversion.
  const afterAside = prev?.raw === ',' && ruAsideBefore(toks, cue.tok - 1, floor);
  const inverted = !afterAside && (!prev || prev.raw === '—' || prev.raw === '–' || prev.raw === ',' || prev.f === 'как' || cue.tok === floor);
  const ref = inverted ? ruSpeakerAfter(body, toks, cue.end, limit) : ruSpeakerBefore(body, toks, cue.tok, floor);
  return out(ref ?? ruSpeakerAfter(body, toks, cue.end, limit));
}

// Russian parentheticals set off by commas (в свою очередь, в частности, при этом, кроме того).
const RU_ASIDES = ['в свою очередь', 'в частности', 'при этом', 'кроме того', 'в то же время', 'тем временем', 'между тем', 'однако', 'впрочем', 'со своей стороны'];
/** Is the comma at `comma` the end of a parenthetical that opens after another comma? */
function ruAsideBefore(toks: Tok[], comma: number, floor: number): boolean {
  for (const a of RU_ASIDES) {
    const w = a.split(' ');
    const s = comma - w.length;
    if (s - 1 < floor || toks[s - 1]?.raw !== ',') continue;
    if (w.every((x, i) => toks[s + i]?.f === x)) return true;
  }
  return false;
}

/** "وردّ بن قدارة على ذلك قائلاً"، "وعلّق الوزير … معتبراً": a participle shares the subject of
 * the verb that opens its sentence, when that verb (not itself a cue) has an explicit subject. */
function arClauseSubject(ctx: Ctx, floor: number, cueTok: number): SpeakerRef | null {
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
  // A verb opener: و/ف + a perfect, no preposition, title, name or organisation head of its own.
  if (!/^[وف]\p{L}{2,}$/u.test(f) || f.startsWith('وال') || f.startsWith('فال') || AR_TITLE_HEADS.has(f) || AR_ORG_HEADS.has(f)) return null;
  if (AR_STOPS.has(f) || AR_STOPS.has(f.slice(1)) || AR_COMPLEMENTISERS.has(f.slice(1)) || /^[وف][بلك]/u.test(f)) return null;
  const ref = arSpeakerAt(ctx.body, toks, floor + 1, ctx.resolver.knows);
  if (!ref || ref.to > cueTok || !(ref.kind === 'name' || ref.kind === 'title' || ref.kind === 'org')) return null;
  // Only the verb's subject: what follows it up to the participle holds no other cue or quote.
  for (let k = ref.to; k < cueTok; k++) if (ctx.inQuote[k] || cueAt(ctx, k)) return null;
  return ref;
}

/** The explicit subject of the first verb in tokens [floor, to): the word before it is taken as the
 * verb when a name or title starts right after it (في المقابل، بدا مدرب الهلال جورجي جيسوس …). */
function arMainSubject(ctx: Ctx, floor: number, to: number): SpeakerRef | null {
  const { toks } = ctx;
  for (let p = floor; p < to - 1; p++) {
    const t = toks[p]!;
    if (!t.word || ctx.inQuote[p] || AR_STOPS.has(t.f) || t.f.startsWith('ال') || AR_TITLE_HEADS.has(t.f) || AR_ORG_HEADS.has(t.f)) continue;
    const ref = arSpeakerAt(ctx.body, toks, p + 1, ctx.resolver.knows);
    if (ref && ref.to <= to && (ref.kind === 'name' || ref.kind === 'title')) return ref;
    return null;
  }
  return null;
}

/** An agency named in tokens [from, to) (بحسب ما نقلته الوكالة، (سانا)). */
function findAgency(toks: Tok[], from: number, to: number): string | null {
  for (let k = from; k < to; k++) {
    const a = agencyName(toks[k]!.f);
    if (a) return a;
  }
  return null;
}

/** ", according to SANA" after an English cue. */
function viaAfter(ctx: Ctx, from: number, limit: number): string | null {
  for (let k = from; k < Math.min(limit, from + 8); k++) {
    if (ctx.toks[k]!.f === 'according' && ctx.toks[k + 1]?.f === 'to') return ctx.toks[k + 2]?.raw ?? null;
  }
  return null;
}
