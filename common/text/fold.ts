// Folds a short string for keyword matching only (header keys, "read also" cues, verbs of saying):
// lower case, no Arabic diacritics or tatweel, one alef, ى→ي, ё→е. Pure: no DOM, no Node.
// Never store or display the folded text; it does not keep offsets.

/** Arabic tashkeel (fathatan…sukun, extended marks), superscript alef and tatweel. */
const MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
/** Bidi controls, zero-width characters and the BOM, which copy-paste leaves around words. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

export const foldForMatch = (s: string): string =>
  s
    .replace(INVISIBLE, '')
    .replace(MARKS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .toLowerCase()
    .replace(/ё/g, 'е');
