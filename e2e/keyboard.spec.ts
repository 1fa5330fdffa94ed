// Keyboard use: every control is reachable, focus is visible, and Enter on a focused clip opens
// it in the reader. Runs on the seed library (one clip), so it checks reach, not arrow travel.
import { expect, test } from './fixtures.js';
import { SEED_TITLE } from './support/paths.js';

test('the seed clip can be reached and opened from the keyboard, with a visible focus ring', async ({ openApp }) => {
  const { page } = await openApp({ systemLocale: 'en_US' });
  const row = page.getByRole('button', { name: SEED_TITLE });
  await expect(row).toBeVisible();

  // Tab from the top of the page until the clip row has focus: past the top bar (search, help,
  // options, import, language) and the sidebar; a couple of dozen stops at most.
  let reached = false;
  for (let i = 0; i < 24 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await row.evaluate((el) => el === document.activeElement);
  }
  expect(reached).toBe(true);
  const outline = await row.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');

  await page.keyboard.press('Enter');
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  await expect(row).toHaveAttribute('aria-current', 'true');

  // The language control has an accessible name and a value in either language.
  await expect(page.getByRole('combobox', { name: 'Language · اللغة' })).toHaveValue('system');
});
