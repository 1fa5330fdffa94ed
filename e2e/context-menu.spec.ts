// Context menus (issue 14), built in the page so the browser shell and the desktop app behave
// alike. Arabic UI: a right click on selected article text opens the menu at the pointer,
// extending to the left; its Highlight creates the passage, Ctrl+Z removes it. English UI: the
// same by keyboard only (Shift+F10, arrows, Enter), Esc returning focus; a clip row's menu
// offers its source page as a link (looked up for a search hit), searches for its title and
// moves it to the trash.
import type { Locator, Page } from '@playwright/test';
import type { Contract } from '../common/ipc/contract.js';
import { expect, test } from './fixtures.js';
import { shot } from './support/screenshot.js';
import { selectInArticle } from './support/passages.js';
import { SEED_TITLE } from './support/paths.js';

const SENTENCE = 'وأشار إلى وجود تنسيق مستمر بين البلدين على المنصات الدولية';
// Written for this test; not from any publication.
const EXTRA = { title: 'Harbour cranes return to service after repairs', body: 'The port authority said all four cranes were working again on Monday.' };

/** Selects `text` and waits until the app has taken the selection (its toolbar shows): the menu
 *  reads the app's pending selection, which follows the browser's selectionchange a moment later. */
async function select(page: Page, text: string, toolbar: string): Promise<void> {
  await selectInArticle(page, text);
  await expect(page.getByRole('toolbar', { name: toolbar })).toBeVisible();
}

const marked = (article: Locator) => article.locator('mark.passage').evaluateAll((els) => els.map((e) => e.textContent).join(''));

/** The middle of the selection's first line box, in window pixels. */
const selectionPoint = (page: Page) =>
  page.evaluate(() => {
    const r = document.getSelection()!.getRangeAt(0).getClientRects()[0]!;
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });

test('Arabic UI: right click on selected text, Highlight creates the passage; Ctrl+Z removes it', async ({ openApp }, testInfo) => {
  const { page, pageErrors } = await openApp();
  await page.getByRole('button', { name: SEED_TITLE }).click();
  const article = page.getByRole('article');
  await select(page, SENTENCE, 'التحديد');
  const at = await selectionPoint(page);
  await page.mouse.click(at.x, at.y, { button: 'right' });

  const menu = page.getByRole('menu', { name: 'التحديد' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem')).toHaveText(['نسخ', 'تظليل', 'وسم…', 'البحث عن هذا', 'فتح صفحة المصدر', 'نقل إلى المهملات']);
  // Right-to-left: the menu hangs to the left of the pointer, its right edge at the pointer.
  const box = (await menu.boundingBox())!;
  expect(Math.abs(box.x + box.width - at.x)).toBeLessThan(2);
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  // The seed piece has no source address: the entry is there, disabled.
  await expect(menu.getByRole('menuitem', { name: 'فتح صفحة المصدر' })).toHaveAttribute('aria-disabled', 'true');
  await shot(page, testInfo, 'context-menu-selection-ar');

  await menu.getByRole('menuitem', { name: 'تظليل' }).click();
  await expect(menu).toBeHidden();
  await expect.poll(() => marked(article)).toBe(SENTENCE);
  await expect(page.getByRole('region', { name: /المقاطع/ })).toContainText(SENTENCE);
  await expect(page.getByRole('status').filter({ hasText: 'تظليل مقطع' })).toBeVisible();

  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Control+z');
  await expect.poll(() => marked(article)).toBe('');

  // A row's menu in the Arabic UI: opened at the pointer, hanging to its left.
  const row = page.getByRole('button', { name: SEED_TITLE });
  const rowBox = (await row.boundingBox())!;
  await row.click({ button: 'right', position: { x: rowBox.width / 2, y: 20 } });
  const rowMenu = page.getByRole('menu', { name: 'القصاصة' });
  await expect(rowMenu.getByRole('menuitem')).toHaveText(['نسخ العنوان', 'وسم…', 'البحث عن هذا العنوان', 'فتح صفحة المصدر', 'نقل إلى المهملات']);
  const menuBox = (await rowMenu.boundingBox())!;
  expect(Math.abs(menuBox.x + menuBox.width - (rowBox.x + rowBox.width / 2))).toBeLessThan(2);
  await shot(page, testInfo, 'context-menu-row-ar');
  await page.keyboard.press('Escape');
  await expect(rowMenu).toBeHidden();
  expect(pageErrors).toEqual([]);
});

test('English UI: Shift+F10 on selected text, arrows and Enter highlight it; Esc closes and returns focus', async ({ openApp }, testInfo) => {
  const { page, pageErrors } = await openApp({ systemLocale: 'en_US' });
  await page.getByRole('button', { name: SEED_TITLE }).click();
  const article = page.getByRole('article');
  await select(page, SENTENCE, 'Selection');

  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'Selection' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: 'Copy', exact: true })).toBeFocused();
  // Left-to-right UI: the menu starts at the selection's left edge and stays in the window.
  const box = (await menu.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(1360);
  await page.keyboard.press('End');
  await expect(menu.getByRole('menuitem', { name: 'Move to trash' })).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Highlight' })).toBeFocused();
  await shot(page, testInfo, 'context-menu-selection-en');
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  await expect.poll(() => marked(article)).toBe(SENTENCE);

  // Esc closes a row's menu and gives focus back to the row it was opened on.
  const row = page.getByRole('button', { name: SEED_TITLE });
  await row.focus();
  await page.keyboard.press('Shift+F10');
  const rowMenu = page.getByRole('menu', { name: 'Clip' });
  await expect(rowMenu).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(rowMenu).toBeHidden();
  await expect(row).toBeFocused();
  expect(pageErrors).toEqual([]);
});

test('English UI: a clip row’s menu links its source page, searches for its title and moves it to the trash', async ({ openApp }, testInfo) => {
  const { page, pageErrors, requests } = await openApp({ systemLocale: 'en_US' });
  const id = await page.evaluate(async ({ title, body }) => {
    const api = (window as unknown as { marsad: Contract }).marsad;
    const report = await api.importText({ text: `${title}\n\n${body}` });
    if (!report.ok) return null;
    const clipId = report.value.items[0]!.id!;
    const edited = await api.editClips({ ids: [clipId], patch: { url: 'https://news.example.org/harbour/cranes' } });
    return edited.ok ? clipId : null;
  }, EXTRA);
  expect(id).not.toBeNull();
  await page.reload();
  const row = page.getByRole('button', { name: EXTRA.title, exact: true });
  await row.click({ button: 'right' });
  const menu = page.getByRole('menu', { name: 'Clip' });
  await expect(menu.getByRole('menuitem')).toHaveText(['Copy title', 'Tag…', 'Search for this title', 'Open source page', 'Move to trash']);
  // A link the host opens outside the app; nothing is requested by showing it.
  const link = menu.getByRole('menuitem', { name: 'Open source page' });
  await expect(link).toHaveAttribute('href', 'https://news.example.org/harbour/cranes');
  await expect(link).toHaveAttribute('target', '_blank');
  await shot(page, testInfo, 'context-menu-row-en');

  await menu.getByRole('menuitem', { name: 'Search for this title' }).click();
  await expect(page.getByRole('searchbox')).toHaveValue(EXTRA.title);
  const hit = page.locator('.clip-pane').getByRole('button', { name: EXTRA.title, exact: true });
  await expect(hit).toBeVisible();
  // A search hit does not carry the address: it is looked up when its menu opens.
  await hit.click({ button: 'right' });
  const hitMenu = page.getByRole('menu', { name: 'Clip' });
  await expect(hitMenu.getByRole('menuitem', { name: 'Open source page' })).toHaveAttribute('href', 'https://news.example.org/harbour/cranes');
  await page.keyboard.press('Escape');
  await expect(hitMenu).toBeHidden();
  await page.getByRole('searchbox').press('Escape');

  // Back in the list: Move to trash from the row's menu, and the row leaves the list.
  await expect(row).toBeVisible();
  await row.click({ button: 'right' });
  await menu.getByRole('menuitem', { name: 'Move to trash' }).click();
  await expect(row).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'moved to the trash' })).toBeVisible();
  await expect(page.getByRole('button', { name: SEED_TITLE })).toBeVisible();
  expect(requests.filter((u) => u.includes('example.org'))).toEqual([]);
  expect(pageErrors).toEqual([]);
});
