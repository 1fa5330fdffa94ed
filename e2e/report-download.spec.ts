// Report files in the browser shell (issue 14, Rough): switching the format renames the typed
// path's extension (an HTML report is never saved as "….pdf"), and the written report is offered
// as a browser download with its own name and bytes. Shell host only (the app has a save dialog).
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.js';

test('a format switch changes the extension; the written report downloads', async ({ openApp, marsadHost }, testInfo) => {
  test.skip(marsadHost !== 'shell', 'the desktop app exports through the native save dialog');
  const { page } = await openApp({ systemLocale: 'en_US' });
  await page.getByRole('button', { name: 'Report', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Report' });
  const pathField = dialog.getByLabel(/Save as/);
  await dialog.getByLabel('Format').selectOption('pdf');
  await pathField.fill(testInfo.outputPath('week.pdf'));
  await dialog.getByLabel('Format').selectOption('html');
  await expect(pathField).toHaveValue(testInfo.outputPath('week.html'));
  await dialog.getByLabel('Format').selectOption('md');
  await expect(pathField).toHaveValue(testInfo.outputPath('week.md'));

  await dialog.getByRole('button', { name: /^Export/ }).click();
  await expect(dialog.getByRole('status')).toContainText('Saved');
  const link = dialog.getByRole('link', { name: 'Download the report' });
  await page.screenshot({ path: testInfo.outputPath('report-download-en.png') });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('week.md');
  const got = readFileSync(await download.path());
  expect(got.equals(readFileSync(testInfo.outputPath('week.md')))).toBe(true);
  expect(got.toString('utf8').startsWith('# ')).toBe(true);

  // Without the run's cookie (another browser profile) the report is refused.
  const href = await link.getAttribute('href');
  const stranger = await page.context().browser()!.newContext();
  const r = await stranger.request.get(new URL(href!, page.url()).href);
  expect(r.status()).toBe(403);
  await stranger.close();
});

test('the Arabic UI offers the download beside the saved path, the path kept left to right', async ({ openApp, marsadHost }, testInfo) => {
  test.skip(marsadHost !== 'shell', 'the desktop app exports through the native save dialog');
  const { page } = await openApp();
  await page.getByRole('button', { name: 'تقرير', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'تقرير' });
  await dialog.getByLabel('الصيغة').selectOption('md');
  await dialog.getByLabel('الحفظ باسم (المسار الكامل)').fill(testInfo.outputPath('تقرير'));
  await dialog.getByRole('button', { name: 'تصدير…' }).click();
  await expect(dialog.getByRole('status')).toContainText('حُفظ');
  await expect(dialog.getByLabel('الحفظ باسم (المسار الكامل)')).toHaveValue(testInfo.outputPath('تقرير.md'));
  await expect(dialog.getByRole('link', { name: 'تنزيل التقرير' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('report-download-ar.png') });
});
