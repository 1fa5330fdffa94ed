// Removes what is never article text before Readability scores the page: ad slots, comment
// threads, share bars, breadcrumbs and forms, found by their class/id words. Mutates the DOM;
// never removes an element that holds the headline (an "ad-free" wrapper is still the article).
import type { DomDocument } from './dom.js';

/** class/id words (split on space, "-" and "_") that mark boilerplate. */
export const BOILERPLATE_WORDS: ReadonlySet<string> = new Set([
  'ad', 'ads', 'adv', 'advert', 'adverts', 'advertisement', 'advertising', 'banner', 'sponsor', 'sponsored', 'promo',
  'comment', 'comments', 'disqus', 'share', 'sharing', 'social', 'breadcrumb', 'breadcrumbs', 'newsletter', 'cookie',
  'cookies', 'outbrain', 'taboola', 'paywall', 'subscribe', 'popup', 'modal',
]);
/** Whole lines that are ad labels, not text. */
export const AD_LABEL = /^(?:إعلان|اعلان|مساحة إعلانية|advertisement|sponsored|ad|реклама)$/iu;

export function dropBoilerplate(doc: DomDocument): void {
  const all = doc.querySelectorAll('[class], [id], form');
  const doomed = [];
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase().split(/[\s_-]+/);
    const isForm = el.nodeName.toUpperCase() === 'FORM';
    if (!isForm && !words.some((w) => BOILERPLATE_WORDS.has(w))) continue;
    if (el.querySelector('h1, article')) continue;
    doomed.push(el);
  }
  for (const el of doomed) el.remove();
}
