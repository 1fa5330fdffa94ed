// Before attribution, records every "title + name" the article writes (وزير الخارجية السوري أسعد
// الشيباني، his Syrian counterpart, Omar Dabbagh, вице-премьер Андрей Сомов), so a later title alone
// or surname resolves to that person. Pure: no DOM, no Node.
import type { Ctx } from './context.js';
import { AR_TITLE_HEADS } from './lexicon-ar.js';
import { EN_TITLES } from './lexicon-en.js';
import { RU_TITLES } from './lexicon-ru.js';
import { arSpeakerAt } from './speaker-ar.js';
import { enSpeakerAfter } from './speaker-en.js';
import { ruSpeakerAfter } from './speaker-ru.js';
import { stripConj } from './tokens.js';

export function registerTitledNames(ctx: Ctx): void {
  const { toks, body, lang, resolver } = ctx;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (!t.word || ctx.inQuote[k]) continue;
    let ref = null;
    if (lang === 'ar' && AR_TITLE_HEADS.has(stripConj(t.f)) && !AR_TITLE_HEADS.has(toks[k - 1]?.f ?? '')) ref = arSpeakerAt(body, toks, k);
    else if (lang === 'en' && EN_TITLES.has(t.f) && !EN_TITLES.has(toks[k - 1]?.f ?? '')) {
      const comma = toks[k + 1]?.raw === ',' ? 1 : 0;
      ref = enSpeakerAfter(body, toks, k + comma);
      if (ref?.kind === 'name') {
        let s = k;
        while (s > 0 && toks[s - 1]!.word && (EN_TITLES.has(toks[s - 1]!.f) || toks[s - 1]!.cap)) s--;
        ref = { ...ref, title: body.slice(toks[s]!.start, toks[k]!.end) };
      }
    } else if (lang === 'ru' && RU_TITLES.has(t.f)) ref = ruSpeakerAfter(body, toks, k, Math.min(toks.length, k + 8));
    if (ref?.kind === 'name' && ref.title) resolver.addName(ref.text, ref.title, t.start);
  }
}
