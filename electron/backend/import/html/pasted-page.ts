// Tells a pasted web page from a pasted passage (issue 14): "select all" on a news page copies
// its navigation, ads and footer along with the article, and such a paste goes through the same
// Readability path as an imported .html file. A plain selection is kept as the user chose it.
import { BOILERPLATE_WORDS } from './html-boilerplate.js';

// Page furniture a selection of article text never contains.
const PAGE_TAGS = /<(?:nav|footer|header|aside|menu)[\s>]/i;
const CLASS_OR_ID = /\s(?:class|id)\s*=\s*["']([^"']*)["']/gi;

/** True when the HTML carries page structure (nav, footer, ad or share blocks), not just text. */
export function isPastedPage(html: string): boolean {
  if (PAGE_TAGS.test(html)) return true;
  for (const m of html.matchAll(CLASS_OR_ID)) {
    if (m[1]!.toLowerCase().split(/[\s_-]+/).some((w) => BOILERPLATE_WORDS.has(w))) return true;
  }
  return false;
}
