// Locks the session down: every permission is denied, spellcheck dictionaries are never
// downloaded, and every request that is not app:// (or local data:/blob:) is cancelled and
// logged through request-guard.ts. Electron glue only; the decisions live in request-guard.ts.
import type { Session } from 'electron';
import type { RequestGuard } from './request-guard.js';

export function guardSession(session: Session, guard: RequestGuard): void {
  // Electron approves every permission request by default (security checklist item 5).
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // Chromium fetches Hunspell dictionaries from a Google CDN when spellcheck is on.
  session.setSpellCheckerEnabled(false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !guard.allow(details.url) }));
}
