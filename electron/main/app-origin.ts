// The app's own origin, app://marsad, and the one test of "is this URL ours?" that the IPC
// guard, navigation guard and request guard share. Pure: no electron import.
// Compare parsed protocol + host, never string prefixes: `app://marsad.evil` must not pass.

export const APP_SCHEME = 'app';
export const APP_HOST = 'marsad';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

const parse = (url: string | null | undefined): URL | null => {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
};

/** True only for URLs on app://marsad (any path). Node keeps a non-special scheme's host as
 *  written while Chromium lowercases a standard scheme's, so compare case-insensitively. */
export function isAppUrl(url: string | null | undefined): boolean {
  const u = parse(url);
  return u !== null && u.protocol === `${APP_SCHEME}:` && u.host.toLowerCase() === APP_HOST && !u.username && !u.password;
}

/** An http(s) link a user may open in their own browser (never inside the app). */
export function externalLinkOf(url: string | null | undefined): string | null {
  const u = parse(url);
  if (!u || (u.protocol !== 'https:' && u.protocol !== 'http:') || !u.hostname) return null;
  return u.href;
}
