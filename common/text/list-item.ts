// Recognises a numbered or bulleted list item line ("1- …", "١) …", "2. …", "• …", "- …").
// Pure: no DOM, no Node. Looks at one trimmed line; never at its neighbours.

/** Up to three digits, Western, Arabic-Indic or Persian: a four-digit number is a year, not an item. */
const NUMBER = '(?:[0-9]{1,3}|[٠-٩]{1,3}|[۰-۹]{1,3})';
// "1-" and "1)" may touch the text ("1-تطوير"); "1." needs a space so "3.5 million" is not an item;
// a dash must not lead into another number ("15-20 people").
const NUMBERED = new RegExp(`^\\(?${NUMBER}\\s*(?:[-–)](?![0-9٠-٩۰-۹])|\\.(?=\\s))\\s*\\S`, 'u');
/** "(a) …", "b) …", "أ) …": one letter in a bracket. */
const LETTERED = /^\(?\p{L}\)\s+\S/u;
/** Typographic bullets may touch the text; ASCII ones need a space (so "*bold*" and "-5" are not items). */
const BULLETED = /^(?:[•·▪●◦‣►▸✓✔]\s*|[-*–]\s+)\S/u;
/** Russian direct speech: "– Мы готовы, – сказал он." starts with a dash but is a quote, not an item. */
const DIALOGUE = /[,!?…]\s*[–—-]\s+\p{L}/u;

export const isListItem = (line: string): boolean => {
  if (NUMBERED.test(line) || LETTERED.test(line)) return true;
  return BULLETED.test(line) && !(/^[-–]/.test(line) && DIALOGUE.test(line));
};
