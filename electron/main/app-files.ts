// Answers app://marsad requests from the built renderer folder: path resolution that refuses
// traversal, MIME types and the Content-Security-Policy. No electron import (Response is a Node
// global), so it is tested under plain node; app-protocol.ts is the thin Electron glue.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST } from './app-origin.js';
import { CSP, MIME_TYPES } from '../../common/web/app-policy.js';

export { CSP };

export const mimeOf = (file: string): string =>
  MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

export type Resolved = { file: string } | { status: 400 | 404 };

/** Maps an app:// URL to a file inside `root`, or a status. Never returns a path outside root. */
export function resolveAppFile(root: string, url: string): Resolved {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { status: 400 };
  }
  if (u.host.toLowerCase() !== APP_HOST) return { status: 404 };
  let rel: string;
  try {
    rel = decodeURIComponent(u.pathname);
  } catch {
    return { status: 400 };
  }
  if (rel.includes('\0') || rel.includes('\\')) return { status: 400 };
  if (!rel.startsWith('/')) rel = `/${rel}`;
  if (rel.endsWith('/')) rel += 'index.html';
  const base = path.resolve(root);
  const file = path.resolve(base, `.${rel}`);
  const inside = path.relative(base, file);
  if (!inside || inside.startsWith('..') || path.isAbsolute(inside)) return { status: 404 };
  return { file };
}

const headers = (contentType: string): Record<string, string> => ({
  'Content-Type': contentType,
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-cache',
});

const plain = (status: number, text: string): Response =>
  new Response(text, { status, headers: headers('text/plain; charset=utf-8') });

/** The whole answer to one request. Reads through fs, which Electron patches to read the asar. */
export async function serveAppFile(root: string, method: string, url: string): Promise<Response> {
  if (method !== 'GET' && method !== 'HEAD') return plain(405, 'Method not allowed');
  const r = resolveAppFile(root, url);
  if ('status' in r) return plain(r.status, r.status === 400 ? 'Bad request' : 'Not found');
  try {
    const body = await readFile(r.file);
    return new Response(method === 'HEAD' ? null : body, { status: 200, headers: headers(mimeOf(r.file)) });
  } catch {
    return plain(404, 'Not found');
  }
}
