// Guesses an article's language from script statistics: Arabic letters, Cyrillic letters or
// Latin letters. Pure: no DOM, no Node. Cheap enough to run on every import.

import type { Lang } from '../domain.js';

// A script must own at least this share of the letters to name the language; below it the
// text is too mixed to call, which is itself worth showing ("other").
const DOMINANT_SHARE = 0.6;
// Only the first part is read: an article's language is settled within a few thousand letters.
const SAMPLE_CHARS = 20_000;

export function detectLanguage(text: string): Lang {
  let arabic = 0;
  let cyrillic = 0;
  let latin = 0;
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 0x0621 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0xfb50 && c <= 0xfefc)) arabic++;
    else if (c >= 0x0400 && c <= 0x04ff) cyrillic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
  }
  const total = arabic + cyrillic + latin;
  if (total === 0) return 'other';
  if (arabic / total >= DOMINANT_SHARE) return 'ar';
  if (cyrillic / total >= DOMINANT_SHARE) return 'ru';
  // Latin script covers many languages; English is the one Marsad's users clip, so Latin-dominant
  // text counts as English unless common English function words are absent.
  if (latin / total >= DOMINANT_SHARE) {
    return /\b(the|and|of|to|in|is|that|said)\b/i.test(sample) ? 'en' : 'other';
  }
  return 'other';
}
