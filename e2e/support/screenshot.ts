// Screenshots the specs keep for a person to look at: test-results/screenshots/NAME.png (or
// NAME-PROJECT.png, for pictures both projects take), attached to the test's report. Waits for
// the fonts first, so the Arabic is drawn in the app's own face. Never compares pictures.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { REPO_ROOT } from './paths.js';

export async function shot(page: Page, testInfo: TestInfo, name: string, opts: { perProject?: boolean } = {}): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  const dir = join(REPO_ROOT, 'test-results', 'screenshots');
  await mkdir(dir, { recursive: true });
  const path = join(dir, opts.perProject ? `${name}-${testInfo.project.name}.png` : `${name}.png`);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}
