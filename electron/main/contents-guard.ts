// Applies to every web contents the app creates: no navigation away from the loaded page, no
// popups, no <webview>. An http(s) link the user clicks opens in their own browser instead
// (after URL parsing, security checklist items 13-15); everything else is just refused.
// Type-only electron import: main.ts passes shell.openExternal, tests a fake.
import type { App, WebContents } from 'electron';
import { externalLinkOf } from './app-origin.js';

export type OpenExternal = (url: string) => Promise<void>;
type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export function guardContents(contents: GuardedContents, openExternal: OpenExternal): void {
  const openOutside = (url: string): void => {
    const link = externalLinkOf(url);
    if (link) void openExternal(link);
    else console.warn(`[marsad] refused to open ${url}`);
  };
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    openOutside(event.url);
  });
  contents.on('will-redirect', (event) => {
    event.preventDefault();
    console.warn(`[marsad] refused redirect to ${event.url}`);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
}

export function guardAllContents(app: App, openExternal: OpenExternal): void {
  app.on('web-contents-created', (_event, contents) => guardContents(contents, openExternal));
}
