// Electron glue for app://marsad: the scheme is registered as privileged before `ready` and its
// handler serves the built renderer through app-files.ts. The UI is never loaded from file://.
import { protocol, type Session } from 'electron';
import { APP_SCHEME } from './app-origin.js';
import { serveAppFile } from './app-files.js';

/** Must run once, before app `ready` (Electron requirement). standard: real origin, relative
 *  URLs and web storage; secure: a secure context; supportFetchAPI: fetch() of own files. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves `rendererRoot` (dist/renderer, inside the asar when packaged) on app://marsad. */
export function serveRenderer(session: Session, rendererRoot: string): void {
  session.protocol.handle(APP_SCHEME, (request) => serveAppFile(rendererRoot, request.method, request.url));
}
