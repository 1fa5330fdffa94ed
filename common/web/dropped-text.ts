// What a drag from another application carries (issue 14: drag-in from a browser): files, text
// or HTML to clip, or only a link. Marsad never fetches a page, so a link alone is not an
// article. Pure: no DOM, no Node. Only classifies; the backend's paste import sanitises the HTML.

export type DroppedData = { types: readonly string[]; html: string; text: string; uriList: string };
export type DropKind =
  | { kind: 'files' }
  | { kind: 'text'; text: string; html?: string }
  | { kind: 'link-only'; url: string }
  | { kind: 'none' };

// Text shorter than this beside a dragged link is the link's own title, not the page's text
// (a headline is rarely past 150 characters; a paragraph is longer).
export const LINK_TITLE_CHARS = 200;

const URL_ONLY = /^https?:\/\/\S+$/i;

/** The text a person sees in an HTML fragment, roughly (for sizing only; never stored). */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style|template|noscript)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;|&#160;/gi, ' ')
    .replace(/&[a-z]+;|&#\d+;/gi, '_')
    .replace(/\s+/g, ' ')
    .trim();
}

const linksOf = (uriList: string): string[] =>
  uriList
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

export function classifyDrop(d: DroppedData): DropKind {
  if (d.types.includes('Files')) return { kind: 'files' };
  const links = linksOf(d.uriList);
  const text = d.text.trim();
  const seen = d.html ? visibleText(d.html) : text;
  let words = seen;
  for (const link of links) words = words.split(link).join(' ');
  words = words.replace(/\s+/g, ' ').trim();
  const url = links[0] ?? (URL_ONLY.test(text) ? text : null);
  if (url !== null && words.length < LINK_TITLE_CHARS) return { kind: 'link-only', url };
  if (!text && !seen) return { kind: 'none' };
  // A drop with HTML but no plain text still has its words: the import reads them from the HTML.
  return d.html ? { kind: 'text', text: text || seen, html: d.html } : { kind: 'text', text };
}
