// How deeply a page nests its elements, counted from its tags before any parser sees it: a page
// of 50,000 nested divs took a DOM parser and Readability ~50 s and then overflowed the stack.
// A linear scan of tag names; approximate on purpose (text inside <script> is counted too), and
// only ever used to refuse pages far past anything real. Pure: a string in, a number out.

// Real pages nest 20–60 deep, generated ones rarely past 200.
export const MAX_HTML_DEPTH = 1_000;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', '!doctype']);
const TAG = /<(\/?)([a-zA-Z!][^\s/>]*)[^>]*?(\/?)>/g;

/** True when some element sits deeper than `limit` open elements. */
export function nestsDeeperThan(html: string, limit = MAX_HTML_DEPTH): boolean {
  let depth = 0;
  for (const m of html.matchAll(TAG)) {
    const [, close, name, selfClose] = m;
    const tag = name!.toLowerCase();
    if (VOID.has(tag) || selfClose) continue;
    if (close) depth = Math.max(0, depth - 1);
    else if (++depth > limit) return true;
  }
  return false;
}

export class HtmlTooDeepError extends Error {
  constructor() {
    super(`The page nests its elements more than ${MAX_HTML_DEPTH} deep.`);
  }
}
