// The sentinel for the hostile-vectors figure: a Chromium context in which any vector that runs
// is counted (the __xssHit binding, dialogs, console lines naming the sink) and every request
// that is not to the app's own origin or the report file being checked is aborted and counted.
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../../e2e/support/chromium-launch.js';
import { SINK_HOST } from './xss-vectors.js';

export type Watch = {
  context: BrowserContext;
  /** Distinct "vector@surface" runs. */
  executed: Set<string>;
  outbound: Set<string>;
  cspBlocked: number;
  surface: string;
  close: () => Promise<void>;
};

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** A watched context: only `allowed(url)` requests go through. */
export async function watchedContext(browser: Browser, allowed: (url: string) => boolean): Promise<Watch> {
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 }, locale: 'en-US' });
  const watch: Watch = {
    context,
    executed: new Set(),
    outbound: new Set(),
    cspBlocked: 0,
    surface: 'start',
    close: () => context.close(),
  };
  await context.exposeBinding('__xssHit', (_source, id: unknown) => {
    watch.executed.add(`${String(id)}@${watch.surface}`);
  });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (allowed(url)) return route.continue();
    watch.outbound.add(url);
    return route.abort('blockedbyclient');
  });
  context.on('page', (page) => {
    page.on('dialog', (d) => {
      watch.executed.add(`dialog:${d.message()}@${watch.surface}`);
      void d.dismiss().catch(() => undefined);
    });
    page.on('websocket', (ws) => watch.outbound.add(ws.url()));
  });
  context.on('console', (m) => {
    const text = m.text();
    if (text.includes('Content Security Policy')) watch.cspBlocked++;
    if (text.includes('__xssHit') && !text.includes('Content Security Policy')) watch.executed.add(`console@${watch.surface}`);
  });
  context.on('request', (r) => {
    if (r.url().includes(SINK_HOST)) watch.outbound.add(r.url());
  });
  return watch;
}

/**
 * Proves the sentinel can see a run and an outbound request: a blank page runs one handler and
 * asks for the sink host; both must be counted (then are cleared). False means the figure is blind.
 */
export async function canary(watch: Watch): Promise<boolean> {
  const page = await watch.context.newPage();
  watch.surface = 'canary';
  await page.setContent(`<img src="http://${SINK_HOST}/canary.png" onerror="__xssHit('canary')">`);
  for (let i = 0; i < 50 && (watch.executed.size === 0 || watch.outbound.size === 0); i++) await page.waitForTimeout(100);
  const seen = watch.executed.has('canary@canary') && [...watch.outbound].some((u) => u.includes('canary'));
  await page.close();
  watch.executed.clear();
  watch.outbound.clear();
  return seen;
}
