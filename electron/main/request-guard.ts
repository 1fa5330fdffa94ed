// Decides which requests the window may make: its own app:// files and local-only schemes;
// everything else is cancelled, counted and logged, so "offline" is enforced and visible.
// Pure: no electron import; network-guard.ts wires it to the session.
import { isAppUrl } from './app-origin.js';

/** Schemes that never leave the machine. data:/blob: are in-memory; they are allowed by the
 *  CSP (img-src data:) and Chromium does not send them to the network. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:']);
/** DevTools fetches its own front-end from these; allowed only in unpackaged (dev) runs. */
const DEVTOOLS_SCHEMES = new Set(['devtools:', 'chrome-extension:']);

export type RequestGuard = {
  /** True if the request may proceed; false means cancel (and it has been logged). */
  allow(url: string): boolean;
  /** How many requests have been blocked since launch. */
  blocked(): number;
  /** The most recent blocked URLs, newest last (capped, for diagnostics). */
  recent(): readonly string[];
};

// Why 50: enough to see a pattern in a bug report without keeping an unbounded list.
const RECENT_CAP = 50;

export function createRequestGuard(opts: {
  allowDevtools: boolean;
  warn: (message: string) => void;
}): RequestGuard {
  let count = 0;
  const last: string[] = [];
  const schemeOf = (url: string): string => {
    try {
      return new URL(url).protocol;
    } catch {
      return '';
    }
  };
  return {
    allow(url) {
      if (isAppUrl(url)) return true;
      const scheme = schemeOf(url);
      if (LOCAL_SCHEMES.has(scheme)) return true;
      if (opts.allowDevtools && DEVTOOLS_SCHEMES.has(scheme)) return true;
      count += 1;
      last.push(url);
      if (last.length > RECENT_CAP) last.shift();
      opts.warn(`[marsad] blocked request #${count} (Marsad works offline): ${url}`);
      return false;
    },
    blocked: () => count,
    recent: () => [...last],
  };
}
