// Takes "read also" blocks («اقرأ أيضا», «مواضيع ذات صلة», «Читайте также», "Read more") out of a
// page before extraction, so they end up as related links after the article, never inside it.
// Mutates the given DOM (removes the blocks); fetches nothing.
import { isRelatedLink } from '../../../../common/text/related-link.js';
import { absoluteUrl, squash, type DomDocument, type DomElement } from './dom.js';

export type RelatedLink = { cue: string; title: string; url: string | null };

// A block is a "read also" box when links make up at least this share of its text after the
// cue: a paragraph that merely starts with «اقرأ أيضا» and goes on in prose is left alone.
const MIN_LINK_SHARE = 0.6;
// The cue is looked for in the block's first characters only («اقرأ أيضا:» opens the block).
const CUE_WINDOW = 40;

const CANDIDATES = 'aside, section, div, p, ul, ol, li, td';

export function takeRelatedLinks(doc: DomDocument, baseUrl: string | null): RelatedLink[] {
  const out: RelatedLink[] = [];
  const taken: DomElement[] = [];
  const inside = (el: DomElement) => taken.some((t) => (t as unknown as { contains(n: unknown): boolean }).contains(el));
  const all = doc.querySelectorAll(CANDIDATES);
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    if (inside(el)) continue;
    const text = squash(el.textContent);
    if (!text || !isRelatedLink(text.slice(0, CUE_WINDOW))) continue;
    const links = el.querySelectorAll('a[href]');
    if (links.length === 0) continue;
    const items: { title: string; url: string | null }[] = [];
    let linkChars = 0;
    for (let j = 0; j < links.length; j++) {
      const title = squash(links[j]!.textContent);
      if (!title) continue;
      linkChars += title.length;
      items.push({ title, url: absoluteUrl(links[j]!.getAttribute('href'), baseUrl) });
    }
    const cue = squash(text.slice(0, Math.max(0, text.indexOf(items[0]?.title ?? '\u0000')))).replace(/[\s:：\-–—|»>]+$/u, '');
    const rest = text.length - cue.length;
    if (items.length === 0 || linkChars / Math.max(1, rest) < MIN_LINK_SHARE) continue;
    for (const item of items) out.push({ cue: cue || 'Related', ...item });
    taken.push(el);
  }
  for (const el of taken) el.remove();
  return out;
}
