// Spelling variants of one name within one article. Transliterated names are written two ways
// (جاووش / جاويش) and typed with a slip (a swapped letter), so a mention that matches no known
// name exactly may still name a known person: every word is that person's word or one edit from
// it. Pure word-list comparison on folded words; it never decides who speaks.

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

// Below four letters one edit turns a name into another.
const MIN_LETTERS = 4;

/**
 * Does `hay` (a known person's words) hold `needle` (a mention of two words or more) in order, with
 * exactly one mention word one edit from the person's word and the rest equal? `taken(w)` says a
 * spelling is already a name in its own right (a given name, another person's word): such a word is
 * not a slip. A lone word is never a variant: one edit turns many names into others.
 */
export function variantOf(hay: string[], needle: string[], taken: (w: string) => boolean): boolean {
  if (needle.length < 2) return false;
  const min = MIN_LETTERS;
  let fuzzy = 0;
  let i = 0;
  for (const w of needle) {
    while (i < hay.length && hay[i] !== w && !near(hay[i]!, w, min, taken)) i++;
    if (i >= hay.length) return false;
    if (hay[i] !== w) fuzzy++;
    i++;
  }
  return fuzzy === 1;
}

const near = (h: string, w: string, min: number, taken: (w: string) => boolean): boolean =>
  h.length >= min && w.length >= min && oneEdit(h, w) && !taken(w);
