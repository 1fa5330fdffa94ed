// The File menu's shortcuts in the browser shell (issue 14), where the page stands in for the
// desktop menu: Ctrl+O opens the file picker, Ctrl+Shift+O and Import → Add folder… a folder
// picker whose files (subfolders too) become clips; the shortcuts sheet lists them.
// English and Arabic UI. The desktop menu itself is unit-tested (menu-template, file-commands).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures.js';
import { shot } from './support/screenshot.js';

// Written for this test; not from any publication.
const FILES = {
  'river-ferry.txt': 'River ferry adds an evening crossing\n\nThe operator said the new crossing leaves at nine from the east pier.\n',
  'notes/market-hours.txt': 'Covered market extends its winter hours\n\nStalls will stay open until eight on weekdays, the council said.\n',
  'notes/المكتبة.txt': 'المكتبة العامة تمدد ساعات العمل\n\nقالت إدارة المكتبة إن القاعات ستبقى مفتوحة حتى العاشرة مساء.\n',
};

let folder = '';
test.beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'marsad-folder-'));
  await mkdir(join(folder, 'week', 'notes'), { recursive: true });
  for (const [name, text] of Object.entries(FILES)) await writeFile(join(folder, 'week', name), text);
});
test.afterAll(() => rm(folder, { recursive: true, force: true }));

test('English UI: Ctrl+O picks files, Ctrl+Shift+O a folder with its subfolders; the sheet lists both', async ({ openApp }, testInfo) => {
  const { page, pageErrors } = await openApp({ systemLocale: 'en_US' });
  // Playwright turns on file-chooser interception when the first listener is added, over CDP;
  // a key press is quicker than that round trip, so listen before pressing anything.
  page.on('filechooser', () => undefined);
  await expect(page.locator('.clip-row')).toHaveCount(1);

  const [files] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Control+o')]);
  expect(files.isMultiple()).toBe(true);
  await files.setFiles(join(folder, 'week', 'river-ferry.txt'));
  await expect(page.getByRole('button', { name: 'River ferry adds an evening crossing', exact: true })).toBeVisible();

  const [dir] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Control+Shift+O')]);
  await dir.setFiles(join(folder, 'week'));
  await expect(page.getByRole('button', { name: 'Covered market extends its winter hours', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'المكتبة العامة تمدد ساعات العمل', exact: true })).toBeVisible();
  // The ferry file came again with the folder: an exact copy is not stored twice.
  await expect(page.locator('.clip-row')).toHaveCount(4);

  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Shift+Slash');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toContainText('Ctrl+OImport files');
  await expect(sheet).toContainText('Ctrl+Shift+OImport a folder');
  await expect(sheet).toContainText('Ctrl+FFind in the open article');
  await shot(page, testInfo, 'shortcuts-sheet-en');
  expect(pageErrors).toEqual([]);
});

test('Arabic UI: Import → Add folder… imports the folder’s files', async ({ openApp }, testInfo) => {
  const { page, pageErrors } = await openApp();
  await page.getByRole('button', { name: 'استيراد', exact: true }).click();
  await shot(page, testInfo, 'import-menu-ar');
  const [dir] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('menuitem', { name: 'إضافة مجلد…' }).click()]);
  await dir.setFiles(join(folder, 'week', 'notes'));
  await expect(page.getByRole('button', { name: 'المكتبة العامة تمدد ساعات العمل', exact: true })).toBeVisible();
  await expect(page.locator('.clip-row')).toHaveCount(3);
  expect(pageErrors).toEqual([]);
});
