// The report builder end to end in the browser shell: the Report button opens the dialog, the
// live preview (a sandboxed srcdoc iframe) shows the seed piece, a Markdown report is written to
// a typed path, and exporting again asks before replacing the file. The desktop app uses its
// native save dialog instead of the typed path, so this spec runs on the shell host only.
import { readFileSync, existsSync } from 'node:fs';
import { expect, test } from './fixtures.js';
import { SEED_TITLE } from './support/paths.js';

test('report builder: preview, export to a typed path, replace only when confirmed', async ({ openApp, marsadHost }, testInfo) => {
  test.skip(marsadHost !== 'shell', 'the desktop app exports through the native save dialog');
  const { page } = await openApp();
  await page.getByRole('button', { name: 'تقرير', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'تقرير' });
  await expect(dialog).toBeVisible();

  const frame = dialog.locator('iframe.report-frame');
  // Scripts stay off in the preview; the app's origin is kept only so its own fonts load.
  await expect(frame).toHaveAttribute('sandbox', 'allow-same-origin');
  const preview = page.frameLocator('iframe.report-frame');
  await expect(preview.getByRole('heading', { level: 2, name: `1. ${SEED_TITLE}` })).toBeVisible();
  await expect(dialog.getByText('تُعرض 1 من 1 مادة')).toBeVisible();
  const fonts = await page.frames().find((f) => f.url() === 'about:srcdoc')!.evaluate(async () => {
    await document.fonts.ready;
    return document.fonts.check('16px "Amiri"', 'سوريا') && [...document.fonts].some((f) => f.family.includes('Amiri') && f.status === 'loaded');
  });
  expect(fonts).toBe(true);

  // A title typed in the builder reaches the preview.
  await dialog.getByLabel('العنوان').fill('الرصد اليومي');
  await expect(preview.getByRole('heading', { level: 1, name: 'الرصد اليومي' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('report-dialog.png') });

  const out = testInfo.outputPath('report.md');
  await dialog.getByLabel('الصيغة').selectOption('md');
  await dialog.getByLabel('الحفظ باسم (المسار الكامل)').fill(out);
  await dialog.getByRole('button', { name: 'تصدير…' }).click();
  await expect(dialog.getByRole('status')).toContainText('حُفظ');
  expect(readFileSync(out, 'utf8').startsWith('# الرصد اليومي')).toBe(true);

  // Again: the file exists, so the builder asks; nothing changes until "Replace".
  await dialog.getByLabel('العنوان').fill('نسخة ثانية');
  await dialog.getByRole('button', { name: 'تصدير…' }).click();
  await expect(dialog.getByRole('alert')).toContainText('موجود');
  expect(readFileSync(out, 'utf8').startsWith('# الرصد اليومي')).toBe(true);
  await dialog.getByRole('button', { name: 'استبدال' }).click();
  await expect(dialog.getByRole('status')).toContainText('حُفظ');
  expect(readFileSync(out, 'utf8').startsWith('# نسخة ثانية')).toBe(true);
  expect(existsSync(out)).toBe(true);
});

test('ticked clips open the builder on just those clips', async ({ openApp, marsadHost }) => {
  test.skip(marsadHost !== 'shell', 'the desktop app exports through the native save dialog');
  const { page } = await openApp();
  await page.getByRole('checkbox', { name: `تحديد «${SEED_TITLE}»` }).check();
  await page.getByRole('toolbar', { name: 'القصاصات المحددة' }).getByRole('button', { name: 'تقرير', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'تقرير' });
  await expect(dialog.getByRole('radio', { name: 'المواد المحددة' })).toBeChecked();
  await expect(dialog.getByText('تُعرض 1 من 1 مادة')).toBeVisible();
  // Nothing ticked: that choice is unavailable.
  await dialog.getByRole('radio', { name: 'كل المواد' }).check();
  await page.keyboard.press('Escape');
  await page.getByRole('toolbar', { name: 'القصاصات المحددة' }).getByRole('button', { name: 'إلغاء التحديد' }).click();
  await page.getByRole('button', { name: 'تقرير', exact: true }).click();
  await expect(dialog.getByRole('radio', { name: 'المواد المحددة' })).toBeDisabled();
});
