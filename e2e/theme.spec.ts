// Dark mode (issue 14): under prefers-color-scheme: dark the window turns dark by itself; the
// Theme setting overrides the system either way and is kept across a reload; the shortcuts sheet
// says ⌘ on a Mac. Screenshots of the reader with quote tints, a passage and a search mark in
// both themes and both directions go to test-results/screenshots (contrast is checked in
// renderer/styles/contrast.test.ts).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Contract } from '../common/ipc/contract.js';
import { expect, test } from './fixtures.js';
import { REPO_ROOT, SEED_TITLE } from './support/paths.js';
import { openRow } from './support/open-row.js';

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body.querySelector('.reader')!).backgroundColor);

/** The seed clip with a highlighted passage (added through the app's bridge), open in the reader. */
async function openSeedWithPassage(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: SEED_TITLE })).toBeVisible();
  const added = await page.evaluate(async () => {
    const api = (window as unknown as { marsad: Contract }).marsad;
    const list = await api.listClips({});
    if (!list.ok) return false;
    const id = list.value.items[0]!.id;
    const clip = await api.getClip({ id });
    if (!clip.ok) return false;
    const at = clip.value.body.indexOf('\n', 200) + 1;
    const r = await api.addHighlight({ clipId: id, start: at, end: at + 60, colour: '#f2c94c', note: '' });
    return r.ok;
  });
  expect(added).toBe(true);
  await page.reload();
  await openRow(page, SEED_TITLE, false);
  await expect(page.locator('mark.passage').first()).toBeVisible();
  await expect(page.locator('mark.quote-direct').first()).toBeVisible();
}

const shoot = async (page: Page, name: string) => {
  const dir = join(REPO_ROOT, 'test-results', 'screenshots');
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`) });
};

test('the window follows a dark system; the setting overrides it and survives a reload', async ({ openApp }) => {
  const { page } = await openApp();
  await page.emulateMedia({ colorScheme: 'dark' });
  await openSeedWithPassage(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background(page)).toBe('rgb(20, 24, 29)');
  await page.getByRole('searchbox').fill('لافروف');
  await expect(page.locator('.hit-row mark').first()).toBeVisible();
  await shoot(page, 'theme-dark-ar');

  // Light chosen while the system is dark: light, also after a reload.
  await page.getByLabel('المظهر').selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await background(page)).toBe('rgb(245, 244, 239)');
  await shoot(page, 'theme-light-ar');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.getByLabel('المظهر')).toHaveValue('light');

  // Back to the system's: a light system now gives light, a dark one dark.
  await page.getByLabel('المظهر').selectOption('system');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('dark theme in the English UI; the shortcuts sheet says ⌘ on a Mac', async ({ openApp }) => {
  const { page } = await openApp({ systemLocale: 'en_US' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await openSeedWithPassage(page);
  await page.getByRole('button', { name: 'Quotes', exact: true }).click();
  await shoot(page, 'theme-dark-en');

  await page.keyboard.press('Shift+Slash');
  const sheet = page.getByRole('dialog', { name: /Keyboard shortcuts/i });
  await expect(sheet).toContainText('Ctrl+Z');
  await page.keyboard.press('Escape');
  await page.addInitScript(() => Object.defineProperty(navigator, 'platform', { get: () => 'MacIntel' }));
  await page.reload();
  await expect(page.getByRole('button', { name: SEED_TITLE })).toBeVisible();
  await page.locator('body').click({ position: { x: 5, y: 500 } });
  await page.keyboard.press('Shift+Slash');
  await expect(sheet).toContainText('⌘Z');
  await expect(sheet).toContainText('⌘⇧Z');
  await expect(sheet).not.toContainText('Ctrl');
  await shoot(page, 'shortcuts-mac-dark-en');
});
