// Reads an HTML page's metadata before extraction changes the DOM: title, outlet, canonical URL,
// author and published date from OpenGraph/article meta tags, JSON-LD and <time>, with the host
// name as the outlet of last resort. Reads only; fetches nothing; never throws on bad JSON-LD.
import { normalizeDate } from '../../../../common/text/dates.js';
import { absoluteUrl, squash, type DomDocument } from './dom.js';

export type HtmlMetadata = {
  title: string | null;
  /** The page title's site suffix ("Story - Outlet"), when the h1 confirms the split. */
  titleSuffix: string | null;
  source: string | null;
  url: string | null;
  author: string | null;
  publishedAt: string | null;
};

const meta = (doc: DomDocument, ...keys: string[]): string | null => {
  for (const k of keys) {
    const el = doc.querySelector(`meta[property="${k}"], meta[name="${k}"], meta[itemprop="${k}"]`);
    const v = squash(el?.getAttribute('content'));
    if (v) return v;
  }
  return null;
};

type Json = Record<string, unknown>;
const nameOf = (v: unknown): string | null => {
  if (typeof v === 'string') return squash(v) || null;
  if (Array.isArray(v)) return v.map(nameOf).filter(Boolean).join('، ') || null;
  if (v && typeof v === 'object') return nameOf((v as Json).name);
  return null;
};

/** Every JSON-LD object on the page, @graph entries included. */
const jsonLd = (doc: DomDocument): Json[] => {
  const out: Json[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    try {
      const parsed: unknown = JSON.parse(scripts[i]!.textContent ?? '');
      const list = Array.isArray(parsed) ? parsed : [parsed];
      for (const item of list) {
        if (!item || typeof item !== 'object') continue;
        out.push(item as Json);
        const graph = (item as Json)['@graph'];
        if (Array.isArray(graph)) out.push(...graph.filter((g): g is Json => Boolean(g) && typeof g === 'object'));
      }
    } catch {
      // A broken JSON-LD block is common on real pages; the meta tags still count.
    }
  }
  return out;
};

const ARTICLE_TYPES = /Article|BlogPosting|Report|WebPage/;
// " | Outlet", " - Outlet", " — Outlet": the separators sites put between story and site name.
const TITLE_SPLIT = /^(.+?)\s+[|\-–—»:]\s+([^|\-–—»]{2,60})$/u;

export function readHtmlMetadata(doc: DomDocument): HtmlMetadata {
  const ld = jsonLd(doc);
  const article = ld.find((o) => ARTICLE_TYPES.test(String(o['@type'] ?? ''))) ?? ld[0] ?? {};
  const h1 = squash(doc.querySelector('h1')?.textContent);
  const pageTitle = squash(doc.title);
  const split = TITLE_SPLIT.exec(pageTitle);
  const titleSuffix = split && h1 && squash(split[1]) === h1 ? squash(split[2]) : null;

  const title = meta(doc, 'og:title', 'twitter:title') ?? nameOf(article.headline) ?? (h1 || null) ?? (split ? squash(split[1]) : pageTitle || null);
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const url = absoluteUrl(canonical) ?? absoluteUrl(meta(doc, 'og:url'));
  const host = url ? new URL(url).hostname.replace(/^www\./, '') : null;
  const source = meta(doc, 'og:site_name', 'application-name') ?? nameOf(article.publisher) ?? titleSuffix ?? host;

  const authorMeta = meta(doc, 'author', 'article:author', 'dc.creator', 'parsely-author');
  const author = (authorMeta && !/^https?:/.test(authorMeta) ? authorMeta : null) ?? nameOf(article.author);
  const time = doc.querySelector('time[datetime]')?.getAttribute('datetime');
  const published =
    meta(doc, 'article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created') ??
    (typeof article.datePublished === 'string' ? article.datePublished : null) ??
    (time || null);
  return { title, titleSuffix, source, url, author, publishedAt: normalizeDate(published) };
}
