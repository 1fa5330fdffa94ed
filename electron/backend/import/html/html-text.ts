// Turns sanitised article DOM into Marsad's plain-text body: one line per paragraph, heading or
// list item. Headings become subheading lines (a colon added when they end without
// punctuation, the Arabic news convention parseBlocks reads); list items get "• " or "1- ".
// Reads the DOM only; knows nothing about where it came from.
import { ELEMENT_NODE, TEXT_NODE, isElement, type DomElement, type DomNode } from './dom.js';

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'HEADER',
  'HR', 'MAIN', 'NAV', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'CAPTION', 'UL', 'OL',
]);
const HEADING = /^H[1-6]$/;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'FORM', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT']);

export type TextLine = { kind: 'paragraph' | 'heading' | 'item'; text: string; level?: number };

const clean = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

/** A heading as a subheading line: "تفاصيل المشروع" → "تفاصيل المشروع:". */
export const asSubheading = (text: string): string => (/[:：.!?؟…]$/u.test(text) ? text : `${text}:`);

export function domToLines(root: DomNode): TextLine[] {
  const lines: TextLine[] = [];
  let buffer = '';
  const flush = () => {
    const t = clean(buffer);
    if (t) lines.push({ kind: 'paragraph', text: t });
    buffer = '';
  };
  const inline = (node: DomNode): string => {
    if (node.nodeType === TEXT_NODE) return node.textContent ?? '';
    if (!isElement(node) || SKIP.has(node.nodeName.toUpperCase())) return '';
    if (node.nodeName.toUpperCase() === 'BR') return '\n';
    let s = '';
    for (let i = 0; i < node.childNodes.length; i++) s += inline(node.childNodes[i]!);
    return s;
  };
  const walk = (node: DomNode, listMarker: (() => string) | null): void => {
    if (node.nodeType === TEXT_NODE) {
      buffer += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 11 && node.nodeType !== 9) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'BR') {
      flush();
      return;
    }
    if (HEADING.test(tag)) {
      flush();
      const t = clean(inline(node));
      if (t) lines.push({ kind: 'heading', text: t, level: Number(tag[1]) });
      return;
    }
    if (tag === 'LI') {
      flush();
      const marker = listMarker ? listMarker() : '• ';
      // The item's own text, then any nested list as items of their own.
      let own = '';
      const nested: DomElement[] = [];
      for (let i = 0; i < node.childNodes.length; i++) {
        const c = node.childNodes[i]!;
        if (isElement(c) && (c.nodeName.toUpperCase() === 'UL' || c.nodeName.toUpperCase() === 'OL')) nested.push(c);
        else own += inline(c);
      }
      for (const part of own.split('\n')) {
        const t = clean(part);
        if (t) lines.push({ kind: 'item', text: `${marker}${t}` });
      }
      for (const n of nested) walk(n, null);
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    let marker = listMarker;
    if (tag === 'OL') {
      let n = Number((node as DomElement).getAttribute('start') ?? '1') || 1;
      marker = () => `${n++}- `;
    } else if (tag === 'UL') marker = () => '• ';
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!, marker);
    if (block) flush();
  };
  walk(root, null);
  flush();
  return lines;
}
