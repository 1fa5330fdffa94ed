// Scores one candidate decoding of legacy-encoded bytes by how its words read: a right guess
// gives words of one script with a normal case pattern (Москва, москва, МОСКВА); a wrong code
// page gives Latin letters inside Arabic words (8859-6 read as 1256), replacement characters
// (1256 read as 8859-6) or case flipping inside words (KOI8-R read as 1251). No I/O.

const WORD = /[\p{L}\p{M}]+/gu;
// Common Russian letters (о е а и н т с р в л: ~50% of running text): separate 1251 from KOI8-R
// when the text is all capitals and case alone cannot.
const COMMON_RU = new Set('оеаинтсрвл');

type Script = 'arabic' | 'cyrillic' | 'latin' | 'other';
const scriptOf = (c: number): Script => {
  if (c >= 0x0600 && c <= 0x06ff) return 'arabic';
  if (c >= 0x0400 && c <= 0x04ff) return 'cyrillic';
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) return 'latin';
  return 'other';
};

/** Lower, UPPER or Capitalised; anything else (мОСКВА, МоСКВА) is a wrong code page. */
const caseOk = (w: string): boolean => {
  const rest = w.slice(1);
  return rest === rest.toLowerCase() || w === w.toUpperCase();
};

/** Higher is better; at most 0 means no word reads right. */
export function scoreDecoding(text: string): number {
  let score = 0;
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    const first = scriptOf(w.charCodeAt(0));
    let clean = first !== 'other';
    for (let i = 1; clean && i < w.length; i++) {
      const s = scriptOf(w.charCodeAt(i));
      if (s !== first && !(first === 'arabic' && s === 'other' && /\p{M}/u.test(w[i]!))) clean = false;
    }
    if (clean && first !== 'arabic') clean = caseOk(w);
    if (!clean) {
      score -= w.length;
      continue;
    }
    score += w.length;
    if (first === 'cyrillic') {
      for (const ch of w) {
        if (ch === ch.toLowerCase()) score += 0.5;
        if (COMMON_RU.has(ch.toLowerCase())) score += 0.5;
      }
    }
  }
  const replaced = text.match(/\ufffd/g)?.length ?? 0;
  return score - 5 * replaced;
}
