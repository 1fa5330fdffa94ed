// `npm run screenshots`: the README's pictures, made from the app itself so they stay current.
// Starts the real browser shell on a temp library (the seed piece plus the clips in clips.ts),
// drives it in Chromium with Playwright in the Arabic UI, and writes assets/screenshots/*.png:
// the reader with quotes, search hits, the Speakers view, the report preview and the charts.
// Needs a build (runs it when dist/ is missing) and Chromium ($MARSAD_CHROMIUM or /usr/bin/chromium).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM } from '../support/chromium-launch.js';
import { dropTexts } from '../support/drop-files.js';
import { REPO_ROOT, SEED_TITLE, SHELL_SERVER } from '../support/paths.js';
import { startShell } from '../support/shell-process.js';
import { SCREENSHOT_CLIPS } from './clips.js';

const OUT = join(REPO_ROOT, 'assets', 'screenshots');
const VIEWPORT = { width: 1360, height: 860 };

async function shoot(page: Page, name: string): Promise<void> {
  // Fonts and the debounced charts settle before the picture is taken.
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(600);
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  console.log(`screenshots: assets/screenshots/${name}.png`);
}

async function search(page: Page, query: string): Promise<void> {
  const box = page.getByRole('searchbox', { name: 'البحث في القصاصات' });
  await box.fill(query);
  await box.press('Enter');
  await page.locator('.hit-row').first().waitFor();
}

async function run(page: Page): Promise<void> {
  await page.locator('.clip-row').first().waitFor();
  await dropTexts(page, SCREENSHOT_CLIPS);
  await page.locator('.clip-pane .clip-row').nth(SCREENSHOT_CLIPS.length).waitFor();
  await page.getByRole('button', { name: 'إغلاق', exact: true }).first().click().catch(() => undefined);

  // The reader: the seed piece with its quotes tinted and the Quotes panel open.
  await page.getByRole('button', { name: SEED_TITLE }).click();
  await page.getByRole('button', { name: 'الاقتباسات', exact: true }).click();
  await page.locator('mark.quote-direct').first().waitFor();
  await shoot(page, 'reader');

  // A tag, so the sidebar has a sparkline beside it.
  await page.keyboard.press('t');
  const tags = page.getByRole('article').getByRole('combobox', { name: 'الوسوم' });
  await tags.fill('روسيا/دبلوماسية');
  await tags.press('Enter');
  await tags.press('Escape');

  // Search hits in every spelling, saved as a watchlist.
  await search(page, 'الميناء OR port');
  await page.getByRole('button', { name: 'حفظ هذا البحث' }).click();
  await page.getByRole('textbox', { name: 'اسم لهذا البحث' }).fill('موانئ');
  await page.getByRole('button', { name: 'حفظ', exact: true }).click();
  await page.locator('.hit-row').first().click();
  await shoot(page, 'search');

  // The charts: all clips, the timeline and shares over the list, sparklines in the sidebar.
  await page.getByRole('button', { name: 'مسح البحث' }).click().catch(() => undefined);
  await page.getByRole('button', { name: 'كل القصاصات' }).click();
  await page.locator('.shares .share-seg').first().waitFor();
  await page.locator('.sidebar .sparkline').first().waitFor();
  await shoot(page, 'charts');

  // The Speakers view: Lavrov's quotes across the library and their timeline.
  await page.getByRole('button', { name: 'المتحدثون' }).click();
  const view = page.getByRole('region', { name: 'المتحدثون في المكتبة' });
  await view.getByRole('button', { name: /لافروف|Лавров|Lavrov/ }).first().click();
  await view.locator('.speaker-timeline').waitFor();
  await shoot(page, 'speakers');
  await page.keyboard.press('Escape');

  // The report builder with its live preview (cover charts included).
  await page.getByRole('button', { name: 'تقرير', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'تقرير' });
  await dialog.waitFor();
  const charts = page.frameLocator('iframe.report-frame').locator('.cover-charts');
  await charts.waitFor();
  await charts.scrollIntoViewIfNeeded();
  await shoot(page, 'report');
}

async function main(): Promise<void> {
  if (!existsSync(SHELL_SERVER)) spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit', cwd: REPO_ROOT });
  await mkdir(OUT, { recursive: true });
  const dir = await mkdtemp(join(tmpdir(), 'marsad-screens-'));
  const env = { ...process.env, LANG: 'ar_EG.UTF-8', LC_ALL: 'ar_EG.UTF-8' };
  const shell = await startShell(join(dir, 'library'), env);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  try {
    const page = await browser.newPage({ viewport: VIEWPORT, locale: 'ar-EG' });
    await page.goto(shell.url);
    await run(page).catch(async (e: unknown) => {
      await page.screenshot({ path: join(dir, 'failed.png') }).catch(() => undefined);
      throw e;
    });
  } finally {
    await browser.close();
    await shell.stop();
    if (!process.env.MARSAD_KEEP_SCREENS_DIR) await rm(dir, { recursive: true, force: true });
    else console.log(`screenshots: temp folder kept at ${dir}`);
  }
}

await main();
