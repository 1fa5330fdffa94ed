// DOMPurify over one inert jsdom window, created once: jsdom here never loads a resource (no
// `resources` option) and never runs a script (no `runScripts`). DOMPurify does not work on
// linkedom (it silently returns its input), so this window is the only one it ever gets.
import { JSDOM } from 'jsdom';
import createDOMPurify from 'dompurify';
import type { DomNode } from './dom.js';

// What an article can keep: text structure and links. No media, frames, forms, styles or SVG;
// `href` is the only attribute, and DOMPurify drops javascript:/data: URLs from it.
const ALLOWED_TAGS = [
  'p', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'a', 'b', 'strong', 'i', 'em', 'u',
  'span', 'div', 'section', 'article', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'pre',
  'code', 'sub', 'sup', 'small', 'mark', 'q', 'cite', 'time', 'dl', 'dt', 'dd', 'hr',
];

let purifier: ReturnType<typeof createDOMPurify> | null = null;

const instance = () => {
  if (!purifier) {
    const { window } = new JSDOM('<!DOCTYPE html><html><body></body></html>');
    purifier = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
    if (!purifier.isSupported) throw new Error('DOMPurify cannot run on this DOM');
  }
  return purifier;
};

/** The sanitised article as a DOM fragment to walk (never inserted into any live document). */
export function sanitizeToFragment(html: string): DomNode {
  return instance().sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href', 'start'],
    ALLOW_DATA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
  }) as unknown as DomNode;
}

/** The sanitised article as an HTML string (tests assert what survives). */
export function sanitizeToHtml(html: string): string {
  return instance().sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR: ['href', 'start'], ALLOW_DATA_ATTR: false }) as unknown as string;
}
