// Watchlists that work (issue 14): a saved search set to tag new matches from its ⋯ menu; a file
// dropped afterwards that matches arrives with the tag (one that does not, without), and the
// sidebar counts it as new until the watchlist is opened. Arabic UI, then the form in English.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { dropTexts } from './support/drop-files.js';
import { REPO_ROOT } from './support/paths.js';

// Written for this test; not from any publication.
const MATCH = { name: 'harbour.txt', title: 'رصيف جديد لسفن الشحن في الميناء', text: 'رصيف جديد لسفن الشحن في الميناء\n\nافتتحت إدارة الميناء رصيفا جديدا يستقبل سفن الشحن الكبيرة.\n' };
const OTHER = { name: 'orchard.txt', title: 'موسم قطاف الزيتون يبدأ مبكرا', text: 'موسم قطاف الزيتون يبدأ مبكرا\n\nبدأ المزارعون قطاف الزيتون في القرى الجبلية.\n' };
const TAG = 'متابعة/موانئ';

const shot = async (page: Page, name: string) => {
  const dir = join(REPO_ROOT, 'test-results', 'screenshots');
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`) });
};

test('a watchlist set to tag new matches tags a matching import, and counts it as new', async ({ openApp }) => {
  const { page } = await openApp();
  await expect(page.locator('.clip-row')).toHaveCount(1);
  const box = page.getByRole('searchbox', { name: 'البحث في القصاصات' });
  await box.fill('الميناء');
  await box.press('Enter');
  await page.getByRole('button', { name: 'حفظ هذا البحث' }).click();
  await page.getByRole('textbox', { name: 'اسم لهذا البحث' }).fill('موانئ');
  await page.getByRole('button', { name: 'حفظ', exact: true }).click();
  const nav = page.getByRole('navigation', { name: 'المكتبة' });
  await expect(nav.getByRole('button', { name: 'موانئ', exact: true })).toBeVisible();

  await nav.getByRole('button', { name: 'إجراءات أخرى لـ«موانئ»' }).click();
  await nav.getByRole('button', { name: 'وسم النتائج الجديدة…' }).click();
  const field = nav.getByRole('combobox', { name: 'وسم النتائج الجديدة لـ«موانئ»' });
  await expect(field).toBeFocused();
  await field.fill(TAG);
  await field.press('Enter');
  await expect(nav.locator('.auto-tag-form .tag-chip bdi')).toHaveText(TAG);
  await shot(page, 'watchlist-auto-tag-form-ar');
  await nav.getByRole('button', { name: 'تم' }).click();
  const item = nav.locator('.saved-item').filter({ hasText: 'موانئ' });
  await expect(item.locator('.saved-autotag')).toContainText(TAG);

  // Back to the list; a matching and a non-matching file arrive.
  await box.press('Escape');
  await dropTexts(page, [MATCH, OTHER]);
  const row = (title: string) => page.getByRole('listitem').filter({ has: page.getByRole('button', { name: title, exact: true }) });
  await expect(row(MATCH.title).locator('.clip-tags')).toContainText(TAG);
  await expect(row(OTHER.title).locator('.clip-tags')).toHaveCount(0);
  await expect(item.locator('.badge')).toHaveText(/^[1١] جديد$/);
  await shot(page, 'watchlist-tagged-ar');

  // Opening the watchlist marks the new hit and clears the badge.
  await item.getByRole('button', { name: /موانئ/ }).first().click();
  await expect(page.locator('.hit-row').filter({ hasText: MATCH.title }).locator('.badge')).toBeVisible();
  await expect(item.locator('.badge')).toHaveCount(0);

  // Clearing the tag: later matches are no longer tagged.
  await nav.getByRole('button', { name: 'إجراءات أخرى لـ«موانئ»' }).click();
  await nav.getByRole('button', { name: 'وسم النتائج الجديدة…' }).click();
  await nav.getByRole('button', { name: `إزالة الوسم «${TAG}»` }).click();
  await expect(nav.locator('.auto-tag-form .tag-chip')).toHaveCount(0);
  await nav.getByRole('button', { name: 'تم' }).click();
  await expect(item.locator('.saved-autotag')).toHaveCount(0);
});

test('the auto-tag form in the English UI', async ({ openApp }) => {
  const { page } = await openApp({ systemLocale: 'en_US' });
  const box = page.getByRole('searchbox', { name: 'Search clips' });
  await box.fill('Lavrov');
  await box.press('Enter');
  await page.getByRole('button', { name: 'Save this search' }).click();
  await page.getByRole('textbox', { name: 'Name for this search' }).fill('Lavrov watch');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const nav = page.getByRole('navigation', { name: 'Library' });
  await nav.getByRole('button', { name: 'More actions for “Lavrov watch”' }).click();
  await nav.getByRole('button', { name: 'Tag new matches…' }).click();
  const field = nav.getByRole('combobox', { name: 'Tag for new matches of “Lavrov watch”' });
  await field.fill('Russia/diplomacy');
  await field.press('Enter');
  await expect(nav.locator('.auto-tag-form .tag-chip bdi')).toHaveText('Russia/diplomacy');
  await shot(page, 'watchlist-auto-tag-form-en');
  await field.press('Escape');
  await expect(nav.locator('.saved-item .saved-autotag')).toContainText('Russia/diplomacy');
});
