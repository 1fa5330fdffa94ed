// Playwright e2e config: the same specs run against the browser shell in Debian's Chromium and,
// where an Electron binary is installed, against the Electron app. One worker suits 2 cores.
// Results and screenshots go to test-results/. Nothing here talks to the network.
import { defineConfig } from '@playwright/test';
import type { MarsadHost } from './fixtures.js';
import { CHROMIUM, CHROMIUM_ARGS } from './support/chromium-launch.js';
import { findElectron } from './support/electron-binary.js';

const electron = findElectron();
if (electron.path === null && !process.env.TEST_WORKER_INDEX) {
  process.stderr.write(`e2e: the electron project's tests will be skipped: ${electron.reason}.\n`);
}

export default defineConfig<object, { marsadHost: MarsadHost }>({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../test-results',
  globalSetup: './global-setup.ts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: { actionTimeout: 10_000 },
  projects: [
    {
      name: 'chromium-shell',
      use: {
        marsadHost: 'shell',
        browserName: 'chromium',
        headless: true,
        launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
      },
    },
    {
      name: 'electron',
      use: { marsadHost: 'electron' },
    },
  ],
});
