// One HTML page to an article: metadata from the whole page, "read also" blocks taken out,
// Mozilla Readability over a linkedom DOM (fast; nothing is fetched or run), DOMPurify over the
// article HTML, then plain-text lines. The canonical record is the text; no HTML is kept.
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { findDate } from '../../../../common/text/dates.js';
import { isRelatedLink } from '../../../../common/text/related-link.js';
import type { DomDocument } from './dom.js';
import { squash } from './dom.js';
import { AD_LABEL, dropBoilerplate } from './html-boilerplate.js';
import { readHtmlMetadata } from './html-metadata.js';
import { takeRelatedLinks, type RelatedLink } from './html-related.js';
import { asSubheading, domToLines } from './html-text.js';
import { sanitizeToFragment } from './purify.js';
import { HtmlTooDeepError, nestsDeeperThan } from './html-depth.js';

export type HtmlArticle = {
  title: string;
  body: string;
  source: string | null;
  url: string | null;
  author: string | null;
  publishedAt: string | null;
  related: { title: string; url: string | null }[];
};

// Readability's default 500 characters drops short wire items; 250 keeps a two-paragraph brief.
const READABILITY_CHAR_THRESHOLD = 250;
// Dates and bylines printed in the page are looked for in its first few thousand characters.
const TOP_TEXT_CHARS = 3_000;
const BYLINE = /(?:بقلم|كتب|كتبت|إعداد|By|Автор|Текст)\s*:?\s+([\p{L}\p{M}.'\- ]{3,40}?)(?=\s*(?:[—|،,\n]|$|\d))/u;

const sameText = (a: string, b: string) => squash(a).toLowerCase() === squash(b).toLowerCase();

/** `selection`: pasted HTML is what the user chose to copy, so Readability does not trim it. */
/** Throws HtmlTooDeepError for a page nested past MAX_HTML_DEPTH (before any parser sees it). */
export function extractHtml(html: string, opts: { selection?: boolean } = {}): HtmlArticle {
  if (nestsDeeperThan(html)) throw new HtmlTooDeepError();
  const page = /<body[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(page) as unknown as { document: DomDocument };
  const meta = readHtmlMetadata(document);
  const topText = squash(document.body?.textContent).slice(0, TOP_TEXT_CHARS);
  const related: RelatedLink[] = takeRelatedLinks(document, meta.url);
  if (!opts.selection) dropBoilerplate(document);

  const parsed = opts.selection ? null : new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
    charThreshold: READABILITY_CHAR_THRESHOLD,
  }).parse();
  const contentHtml = parsed?.content ?? (document.body as unknown as { innerHTML?: string } | null)?.innerHTML ?? '';
  const lines = domToLines(sanitizeToFragment(String(contentHtml)));

  const title = squash(meta.title ?? parsed?.title ?? '') || (lines[0]?.text ?? '');
  const out: string[] = [];
  const inlineRelated: string[] = [];
  for (const [i, line] of lines.entries()) {
    if (i === 0 && line.kind !== 'item' && sameText(line.text, title)) continue;
    if (AD_LABEL.test(line.text)) continue;
    if (isRelatedLink(line.text)) inlineRelated.push(line.text);
    else out.push(line.kind === 'heading' ? asSubheading(line.text) : line.text);
  }
  // Related links close the body, one per line, each keeping the cue the page gave it.
  const relatedLines = [...inlineRelated, ...related.map((r) => `${r.cue}: ${r.title}`)];
  const body = [...out, ...relatedLines].join('\n');

  const bylineLine = out.slice(0, 3).map((l) => BYLINE.exec(l)?.[1]).find(Boolean);
  const byline = squash(parsed?.byline ?? '') || bylineLine || BYLINE.exec(topText)?.[1] || null;
  const author = meta.author ?? (byline ? byline.replace(/^(?:بقلم|By|Автор)\s*:?\s*/iu, '') : null);
  return {
    title,
    body,
    source: meta.source ?? (squash(parsed?.siteName ?? '') || null),
    url: meta.url,
    author: author ? squash(author) : null,
    publishedAt: meta.publishedAt ?? findDate(topText),
    related: related.map(({ title: t, url }) => ({ title: t, url })),
  };
}
