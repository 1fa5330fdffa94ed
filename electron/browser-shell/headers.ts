// Security headers every browser-shell response carries. The CSP is the one in
// renderer/index.html, plus frame-ancestors (which only a header can set). No other policy here.
import { CSP_DIRECTIVES } from '../../common/web/app-policy.js';

export const CSP = [...CSP_DIRECTIVES, "frame-ancestors 'none'"].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
};
