// Serves the built renderer (dist/renderer) read-only: content types, no path escapes, and
// index.html with <script src="/shell-bridge.js"> placed before the app bundle. Never serves
// anything outside the renderer folder and never lists directories.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { MIME_TYPES } from '../../common/web/app-policy.js';

const TYPES = MIME_TYPES;

export type StaticFile = { status: 200; type: string; body: Buffer } | { status: 404 };

export const BRIDGE_TAG = '<script src="/shell-bridge.js"></script>';

/** Puts the bridge script before the first script of the page (the app bundle). */
export function injectBridge(html: string): string {
  const at = html.indexOf('<script');
  if (at === -1) return html.replace('</head>', `    ${BRIDGE_TAG}\n  </head>`);
  return `${html.slice(0, at)}${BRIDGE_TAG}\n    ${html.slice(at)}`;
}

export function createStaticFiles(rootDir: string) {
  const root = resolve(rootDir);
  let indexHtml: Buffer | null = null;

  return async function serve(pathname: string): Promise<StaticFile> {
    let rel: string;
    try {
      rel = decodeURIComponent(pathname);
    } catch {
      return { status: 404 };
    }
    if (rel === '/' || rel === '/index.html') {
      indexHtml ??= Buffer.from(injectBridge(await readFile(join(root, 'index.html'), 'utf8')));
      return { status: 200, type: TYPES['.html']!, body: indexHtml };
    }
    const file = resolve(root, normalize(`.${rel}`));
    const type = TYPES[extname(file).toLowerCase()];
    if (!file.startsWith(root + sep) || rel.includes('\0') || !type) return { status: 404 };
    try {
      return { status: 200, type, body: await readFile(file) };
    } catch {
      return { status: 404 };
    }
  };
}
