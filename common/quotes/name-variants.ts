// Spelling variants of one name within one article. Transliterated names are written two ways
// (جاووش / جاويش) and typed with a slip (a swapped letter), so a mention that matches no known
// name exactly may still name a known person: every word is that person's word or one edit from
// it. Pure word-list comparison on folded words; it never decides who speaks. Russian and English
// pass how their words inflect (`Spelling`), so a slip is read on the stem (Сянцова for Сенцов).

/** One edit apart: a letter changed, added or dropped, or two neighbouring letters swapped. */
export function oneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    const swapped = a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    return swapped || a.slice(i + 1) === b.slice(i + 1);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** At most two edits apart (letters changed, added, dropped or swapped; optimal string alignment). */
export function twoEdits(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
    }
    if (Math.min(...row) > 2) return false;
    [prev2, prev] = [prev, row];
  }
  return prev[b.length]! <= 2;
}

/** How a language's words compare: `eq` for two forms of one word (a case ending), `stem` for the
 * part a slip is read on. Arabic names do not inflect: exact words, whole words. */
export type Spelling = { eq: (h: string, w: string) => boolean; stem: (w: string) => string };
const EXACT: Spelling = { eq: (h, w) => h === w, stem: (w) => w };

// Below four letters one edit turns a name into another; a lone word needs seven to be a slip, with
// its first letter kept, and nine for two slips (Гернстермайер for Герстенмайер), with two kept.
const MIN_LETTERS = 4;
const LONE_LETTERS = 7;
const TWO_SLIP_LETTERS = 9;

/**
 * Does `hay` (a known person's words) hold `needle` (a mention of two words or more) in order, with
 * exactly one mention word one edit from the person's word and the rest equal? `taken(w)` says a
 * spelling is already a name in its own right (a given name, another person's word): such a word is
 * not a slip. A lone word is never a variant: one edit turns many names into others.
 */
export function variantOf(hay: string[], needle: string[], taken: (w: string) => boolean, sp: Spelling = EXACT): boolean {
  if (needle.length < 2) return false;
  let fuzzy = 0;
  let i = 0;
  for (const w of needle) {
    while (i < hay.length && !sp.eq(hay[i]!, w) && !near(hay[i]!, w, sp, taken)) i++;
    if (i >= hay.length) return false;
    if (!sp.eq(hay[i]!, w)) fuzzy++;
    i++;
  }
  return fuzzy === 1;
}

const near = (h: string, w: string, sp: Spelling, taken: (w: string) => boolean): boolean => {
  const [a, b] = [sp.stem(h), sp.stem(w)];
  return a.length >= MIN_LETTERS && b.length >= MIN_LETTERS && oneEdit(a, b) && !taken(w);
};

/**
 * Is the lone word `w` a slip for one of `hay`'s words (a surname typed two ways in one story)? Only
 * long words: one edit from a word of seven letters or more (first letter kept), or two from one of
 * nine or more (first two kept); never a spelling that is a name in its own right (`taken`).
 */
export function loneSlipOf(hay: string[], w: string, taken: (w: string) => boolean, sp: Spelling): boolean {
  const b = sp.stem(w);
  if (b.length < LONE_LETTERS || taken(w)) return false;
  return hay.some((h) => {
    const a = sp.stem(h);
    if (a.length < LONE_LETTERS || a[0] !== b[0] || sp.eq(h, w)) return false;
    if (oneEdit(a, b)) return true;
    return a.length >= TWO_SLIP_LETTERS && b.length >= TWO_SLIP_LETTERS && a[1] === b[1] && twoEdits(a, b);
  });
}
