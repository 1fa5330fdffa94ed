// Before attribution, records every "title + name" the article writes (وزير الخارجية السوري أسعد
// الشيباني، his Syrian counterpart, Omar Dabbagh, вице-премьер Андрей Сомов), so a later title alone
// or surname resolves to that person. Pure: no DOM, no Node.
import { admit, NONE } from './admit.js';
import type { Ctx } from './context.js';
import * as lexiconAr from './lexicon-ar.js';
import { EN_TITLES } from './lexicon-en.js';
import { RU_TITLES } from './lexicon-ru.js';
import { arBoundary, arSpeakerAt } from './speaker-ar.js';
import { enSpeakerAfter } from './speaker-en.js';
import { ruSpeakerAfter } from './speaker-ru.js';
import { foldKey } from '../text/normalize.js';
import { stripConj } from './tokens.js';

// Read once into module constants: hot loops then skip the module-namespace lookup on every word.
const { AR_NAME_LINKS: AR_NAME_LINK_WORDS, AR_HONORIFICS, AR_TITLE_HEADS } = lexiconAr;

export function registerTitledNames(ctx: Ctx): void {
  const { toks, body, lang, resolver } = ctx;
  const titleOnly: { text: string; pos: number }[] = [];
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (!t.word || ctx.inQuote[k]) continue;
    let ref = null;
    const arHead = AR_TITLE_HEADS.has(t.f) || AR_TITLE_HEADS.has(stripConj(t.f)) || AR_HONORIFICS.has(t.f);
    if (lang === 'ar' && arHead && !AR_TITLE_HEADS.has(toks[k - 1]?.f ?? '') && !AR_HONORIFICS.has(toks[k - 1]?.f ?? '')) {
      ref = arSpeakerAt(body, toks, k);
      // Only names that end cleanly (at punctuation, أن، a preposition, a cue or و+noun): a name
      // running into the next clause ("العاهل الأردني تناولت سبل") is not recorded.
      const after = ref ? toks[ref.to] : undefined;
      // A future verb right after (وزير الطاقة وليد صعب سيعرض) also ends it cleanly.
      if (ref && after?.word && !arBoundary(after) && !/^وال/.test(after.f) && !AR_TITLE_HEADS.has(after.f) && !/^س[يت]\p{L}{3,}$/u.test(after.f)) {
        // "انتقدت النائبة جنان بوشهري بطء الإنجاز": a three-word reading running into the object;
        // the first two words are the name.
        const parts = ref.kind === 'name' ? ref.text.split(/\s+/u) : [];
        ref = parts.length === 3 && !AR_NAME_LINK_WORDS.has(foldKey(parts[1]!)) ? { ...ref, text: parts.slice(0, 2).join(' ') } : null;
      }
      if (ref?.kind === 'name' && !ref.title) ref = { ...ref, title: t.raw };
      // "الرئيس المصري والعاهل الأردني": an office with a nationality and no name, kept for a later
      // "الرئيس" when the article names nobody with that office.
      if (ref?.kind === 'title' && / ال\p{L}+ي$/u.test(ref.text)) titleOnly.push({ text: ref.text, pos: t.start });
    } else if (lang === 'en' && EN_TITLES.has(t.f) && !EN_TITLES.has(toks[k - 1]?.f ?? '')) {
      let n = k + 1;
      while (toks[n] && !toks[n]!.word && (toks[n]!.raw === ',' || toks[n]!.raw === '.')) n++;
      ref = enSpeakerAfter(body, toks, toks[k + 1]?.word ? k : n);
      if (ref?.kind === 'name') {
        let s = k;
        while (s > 0 && toks[s - 1]!.word && (EN_TITLES.has(toks[s - 1]!.f) || toks[s - 1]!.cap)) s--;
        ref = { ...ref, title: body.slice(toks[s]!.start, toks[k]!.end) };
      }
    } else if (lang === 'ru' && RU_TITLES.has(t.f)) ref = ruSpeakerAfter(body, toks, k, Math.min(toks.length, k + 8));
    if (ref?.kind === 'name' && ref.title) {
      const a = admit(ctx, ref, t.start);
      ref = a === NONE ? null : a;
    }
    if (ref?.kind === 'name' && ref.title) {
      const p = resolver.addName(ref.text, ref.title, t.start);
      // معالي الشيخ حمود …: a later "وصرح معاليه" means the bearer of that honorific.
      if (lang === 'ar' && AR_HONORIFICS.has(t.f)) p.honorifics = [...(p.honorifics ?? []), t.f];
    }
  }
  for (const t of titleOnly) if (!resolver.byTitle(t.text, t.pos)) resolver.addName(t.text, t.text, t.pos);
}
