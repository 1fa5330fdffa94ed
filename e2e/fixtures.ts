// Playwright fixtures for Marsad: each test gets its own temporary library folder and an
// `openApp()` that starts the real app on it — the browser shell in Debian's Chromium, or the
// Electron app through _electron when a binary exists (skipped with a printed reason otherwise).
import { _electron, test as base, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findElectron } from './support/electron-binary.js';
import { ELECTRON_MAIN } from './support/paths.js';
import { startShell, type ShellProcess } from './support/shell-process.js';

export type MarsadHost = 'shell' | 'electron';

export type OpenedApp = {
  page: Page;
  /** Every URL the app requested since it opened (documents, scripts, fonts, RPC calls). */
  requests: string[];
  /** Console errors and uncaught exceptions in the page (CSP violations and 404s land here). */
  pageErrors: string[];
  /** The browser shell process, when the host is the shell. */
  shell: ShellProcess | null;
  close: () => Promise<void>;
};

export type OpenOptions = {
  /** The OS locale the app should see, e.g. 'ar_EG' or 'en_US'. */
  systemLocale?: string;
};

type TestFixtures = {
  dataDir: string;
  openApp: (options?: OpenOptions) => Promise<OpenedApp>;
};
type WorkerFixtures = { marsadHost: MarsadHost; shellBrowser: Browser | null };

const DEFAULT_LOCALE = 'ar_EG';
// A desktop-sized window: wide enough for the three panes side by side.
const VIEWPORT = { width: 1360, height: 860 };

/** The test runner's environment with the OS locale replaced (ICU and Chromium read these). */
const localeEnv = (locale: string): Record<string, string> => {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  return { ...env, LANG: `${locale}.UTF-8`, LC_ALL: `${locale}.UTF-8` };
};

export const test = base.extend<TestFixtures, WorkerFixtures>({
  marsadHost: ['shell', { option: true, scope: 'worker' }],

  // One Chromium per worker for the shell host, launched with the config's launchOptions.
  shellBrowser: [
    async ({ playwright, marsadHost, launchOptions }, use) => {
      if (marsadHost !== 'shell') return use(null);
      const browser = await playwright.chromium.launch(launchOptions);
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],

  // Playwright reads a fixture's dependencies from its first parameter's pattern; none here.
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'marsad-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },

  openApp: async ({ marsadHost, shellBrowser, dataDir }, use, testInfo) => {
    if (marsadHost === 'electron') {
      const electron = findElectron();
      testInfo.skip(electron.path === null, `Electron e2e skipped: ${electron.path === null ? electron.reason : ''}.`);
    }
    const opened: OpenedApp[] = [];

    const open = async ({ systemLocale = DEFAULT_LOCALE }: OpenOptions = {}): Promise<OpenedApp> => {
      const requests: string[] = [];
      const pageErrors: string[] = [];
      const watch = (context: BrowserContext) => {
        context.on('request', (r) => requests.push(r.url()));
        context.on('console', (m) => {
          if (m.type() === 'error') pageErrors.push(`${m.text()} (${m.location().url})`);
        });
        context.on('weberror', (e) => pageErrors.push(String(e.error())));
      };
      let app: OpenedApp;
      if (marsadHost === 'shell') {
        // The shell saves reports only in folders it is given: the test's own output folder is one.
        await mkdir(testInfo.outputDir, { recursive: true });
        const shell = await startShell(dataDir, localeEnv(systemLocale), ['--export-dir', testInfo.outputDir]);
        const context = await shellBrowser!.newContext({ viewport: VIEWPORT });
        watch(context);
        const page = await context.newPage();
        await page.goto(shell.url);
        app = {
          page,
          requests,
          pageErrors,
          shell,
          close: async () => {
            await context.close();
            const code = await shell.stop();
            if (code !== 0) throw new Error(`The browser shell exited with ${code}: ${shell.stderr()}`);
          },
        };
      } else {
        const electronApp = await _electron.launch({
          args: [ELECTRON_MAIN, '--data-dir', dataDir],
          env: localeEnv(systemLocale),
        });
        watch(electronApp.context());
        const page = await electronApp.firstWindow();
        await page.setViewportSize(VIEWPORT).catch(() => undefined);
        app = { page, requests, pageErrors, shell: null, close: () => electronApp.close() };
      }
      opened.push(app);
      return app;
    };

    await use(open);

    for (const app of opened) {
      if (testInfo.status !== testInfo.expectedStatus && !app.page.isClosed()) {
        const shot = await app.page.screenshot({ fullPage: true }).catch(() => null);
        if (shot) await testInfo.attach('failure', { body: shot, contentType: 'image/png' });
      }
      if (app.shell && testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach('browser-shell stderr', { body: app.shell.stderr(), contentType: 'text/plain' });
      }
      await app.close().catch(() => undefined);
    }
  },
});

export { expect } from '@playwright/test';
