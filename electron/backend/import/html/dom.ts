// The few DOM shapes the HTML importer walks, typed structurally so the backend needs no DOM lib
// and the same code reads linkedom and jsdom nodes. Types and tiny helpers only; no parsing.

export type DomNode = {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  parentNode: DomNode | null;
};

export type DomElement = DomNode & {
  tagName: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
};

export type DomDocument = DomElement & {
  documentElement: DomElement | null;
  body: DomElement | null;
  title: string;
};

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export const isElement = (n: DomNode): n is DomElement => n.nodeType === ELEMENT_NODE;

/** Text with every run of whitespace (incl. NBSP) as one space, trimmed. */
export const squash = (s: string | null | undefined): string => (s ?? '').replace(/[\s\u00a0]+/g, ' ').trim();

/** An absolute http(s) URL from `href` against `base`, or null. Pure string work: nothing is fetched. */
export const absoluteUrl = (href: string | null | undefined, base?: string | null): string | null => {
  if (!href) return null;
  try {
    const u = base ? new URL(href, base) : new URL(href);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
};
