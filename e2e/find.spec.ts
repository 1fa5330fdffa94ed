// Find in Article (issue 14): Ctrl+F opens the reader's find bar; matches are found in any
// spelling search accepts (hamza, tashkeel, taa marbuta) and marked over the raw text; "1 of 3";
// Enter / Shift+Enter step through them; Esc closes and focus returns to the list row.
// Arabic and English UI; screenshots of the bar in both directions.
import type { Page } from '@playwright/test';
import type { Contract } from '../common/ipc/contract.js';
import { expect, test } from './fixtures.js';
import { shot } from './support/screenshot.js';
import { openRow } from './support/open-row.js';

// Written for this test; not from any publication.
const AR = {
  title: 'افتتاح مدرسة جديدة في الحي الشرقي',
  body: 'قال أحمد سالم إن المدرسة ستفتح أبوابها في الخريف.\n\nوأكد احمد أن مدرسه الحي القديمة باقية.\n\nوختم أَحْمَد حديثه بالشكر للأهالي.',
};
const EN = {
  title: 'Harbour pilots call for a second tug',
  body: 'The harbour pilots asked for a second tug on Monday.\n\nA HARBOUR official said the request would be studied.\n\nPilots said the old tug is often under repair.',
};

async function openOwnClip(page: Page, clip: { title: string; body: string }): Promise<void> {
  const ok = await page.evaluate(async ({ title, body }) => {
    const api = (window as unknown as { marsad: Contract }).marsad;
    return (await api.importText({ text: `${title}\n\n${body}` })).ok;
  }, clip);
  expect(ok).toBe(true);
  await page.reload();
  await openRow(page, clip.title);
  await expect(page.getByRole('article')).toHaveAttribute('aria-busy', 'false');
}

/** What the find marks cover: every match's text, and the current one's. */
const marks = (page: Page) =>
  page.evaluate(() => {
    const text = (name: string) => [...(CSS.highlights.get(name) ?? [])].map((r) => (r as Range).toString());
    return { all: text('marsad-find'), current: text('marsad-find-current') };
  });

test('Arabic UI: Ctrl+F finds أحمد written three ways, steps with Enter and Shift+Enter, Esc returns focus', async ({ openApp }, testInfo) => {
  const { page, pageErrors } = await openApp();
  await openOwnClip(page, AR);
  const row = page.getByRole('button', { name: AR.title, exact: true });
  await row.focus();
  await page.keyboard.press('Control+f');
  const bar = page.getByRole('search', { name: 'البحث في المقال' });
  const box = bar.getByRole('searchbox');
  await expect(box).toBeFocused();
  await box.fill('احمد');
  await expect(bar.locator('output')).toHaveText(/^[1١] من [3٣]$/);
  await expect.poll(() => marks(page)).toEqual({ all: ['أحمد', 'احمد', 'أَحْمَد'], current: ['أحمد'] });
  await shot(page, testInfo, 'find-bar-ar');
  await box.press('Enter');
  await expect.poll(async () => (await marks(page)).current).toEqual(['احمد']);
  await box.press('Enter');
  await box.press('Enter');
  await expect.poll(async () => (await marks(page)).current).toEqual(['أحمد']);
  await box.press('Shift+Enter');
  await expect.poll(async () => (await marks(page)).current).toEqual(['أَحْمَد']);

  // Taa marbuta and ha: both spellings of «مدرسة», the article's own letters marked.
  await box.fill('مدرسة');
  await expect.poll(async () => (await marks(page)).all).toEqual(['مدرسة', 'مدرسه']);

  await box.press('Escape');
  await expect(bar).toBeHidden();
  await expect(row).toBeFocused();
  await expect.poll(async () => (await marks(page)).all).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('English UI: case-blind matches, "No matches", the close button', async ({ openApp }, testInfo) => {
  const { page, pageErrors } = await openApp({ systemLocale: 'en_US' });
  await openOwnClip(page, EN);
  await page.keyboard.press('Control+f');
  const bar = page.getByRole('search', { name: 'Find in article' });
  const box = bar.getByRole('searchbox');
  await box.fill('harbour');
  await expect(bar.locator('output')).toHaveText('1 of 2');
  await expect.poll(async () => (await marks(page)).all).toEqual(['harbour', 'HARBOUR']);
  await box.press('ArrowDown');
  await expect(bar.locator('output')).toHaveText('2 of 2');
  await shot(page, testInfo, 'find-bar-en');
  // The marks stay legible in dark colours.
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, testInfo, 'find-bar-en-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await box.fill('tug boat');
  await expect(bar.locator('output')).toHaveText('No matches');
  await bar.getByRole('button', { name: 'Close find (Esc)' }).click();
  await expect(bar).toBeHidden();
  expect(pageErrors).toEqual([]);
});
