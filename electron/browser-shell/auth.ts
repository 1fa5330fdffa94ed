// The per-run token that keeps other local users and web pages out: it arrives once in the
// printed URL, becomes an HttpOnly SameSite=Strict cookie, and every later request must carry
// it (cookie or X-Marsad-Token header). Also refuses foreign Host headers (DNS rebinding).
// The cookie is named after the port: browsers keep one jar per host, whatever the port, so
// two shells on 127.0.0.1 would otherwise overwrite each other's cookie.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const cookieName = (port: number): string => `marsad_token_${port}`;
export const TOKEN_HEADER = 'x-marsad-token';
// 32 random bytes: far beyond guessing for the lifetime of one run.
const TOKEN_BYTES = 32;

export const newToken = (): string => randomBytes(TOKEN_BYTES).toString('base64url');

export const sameToken = (a: string | null | undefined, b: string): boolean => {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

const cookieToken = (req: IncomingMessage, port: number): string | null => {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === cookieName(port)) return rest.join('=');
  }
  return null;
};

const headerToken = (req: IncomingMessage): string | null => {
  const h = req.headers[TOKEN_HEADER];
  return typeof h === 'string' ? h : null;
};

export type Admission = 'cookie' | 'url-token' | 'refused';

/** How a request proves it belongs to this run; `url-token` means set the cookie now. */
export function admit(req: IncomingMessage, url: URL, token: string, port: number): Admission {
  if (sameToken(cookieToken(req, port), token) || sameToken(headerToken(req), token)) return 'cookie';
  if (sameToken(url.searchParams.get('token'), token)) return 'url-token';
  return 'refused';
}

export const cookieHeader = (token: string, port: number): string =>
  `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`;

/** Only our own loopback address may be named in Host, so a rebound DNS name cannot reach us. */
export function hostAllowed(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host;
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}
