// Fixing what was clipped (issue 14): a .txt import arrives with no source and today's date;
// the reader's details form sets them (Arabic UI), the list and a report show it, Ctrl+Z undoes it. In the
// English UI: "set source" on ticked clips, the Delete key moving the open clip to the trash,
// and undo bringing it back. Screenshots of the form in both directions go to test-results/.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { shot } from './support/screenshot.js';
import { dropTexts } from './support/drop-files.js';

// Written for this test; not from any publication.
const AR = {
  name: 'ملاحظات-الميناء.txt',
  title: 'رصيف جديد لسفن الصيد في الميناء الشمالي',
  text: 'رصيف جديد لسفن الصيد في الميناء الشمالي\n\nأعلنت إدارة الميناء أن الرصيف الجديد سيستقبل قوارب الصيد الصغيرة ابتداء من الأسبوع المقبل.\n\nوقال مدير الميناء إن العمل استغرق ثمانية أشهر.\n',
};
const EN = [
  { name: 'ferry-timetable.txt', title: 'Ferry timetable changes for the cold months', text: 'Ferry timetable changes for the cold months\n\nThe harbour office said two extra crossings will run each morning until spring.\n' },
  { name: 'bridge-repairs.txt', title: 'Bridge repairs close one lane until Friday', text: 'Bridge repairs close one lane until Friday\n\nCrews began replacing the expansion joints on the old river bridge this week.\n' },
];

const rowOf = (page: Page, title: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('button', { name: title, exact: true }) });

test('Arabic UI: edit a .txt import’s source and date in the reader, see it in the list, undo restores it', async ({ openApp }, testInfo) => {
  const { page } = await openApp();
  await expect(page.locator('.clip-row')).toHaveCount(1);
  await dropTexts(page, [AR]);
  const row = rowOf(page, AR.title);
  await expect(row).toContainText('مصدر غير معروف');
  await row.getByRole('button', { name: AR.title, exact: true }).click();
  const article = page.getByRole('article');
  await expect(article.getByRole('heading', { level: 1, name: AR.title })).toBeVisible();

  await article.getByRole('button', { name: 'تعديل البيانات' }).click();
  const form = page.getByRole('form', { name: 'بيانات هذه القصاصة' });
  await expect(form.getByLabel('العنوان')).toBeFocused();
  await form.getByLabel('المصدر').fill('جريدة الساحل');
  await form.getByLabel('تاريخ النشر').fill('2025-10-22');
  // A bad address is refused in the form's language before anything is saved.
  await form.getByLabel('الرابط (URL)').fill('ميناء');
  await form.getByRole('button', { name: 'حفظ' }).click();
  await expect(form.getByRole('alert')).toHaveText('يبدأ الرابط بـ http:// أو https:// ولا مسافات فيه.');
  await form.getByLabel('الرابط (URL)').fill('https://example.org/port');
  await expect(form.getByRole('alert')).toBeHidden();
  await shot(page, testInfo, 'clip-edit-form-ar', { perProject: true });
  await form.getByRole('button', { name: 'حفظ' }).click();
  await expect(form).toBeHidden();

  await expect(row.locator('.clip-source')).toHaveText('جريدة الساحل');
  await expect(row.locator('time')).toHaveAttribute('datetime', '2025-10-22');
  await expect(article.locator('.meta-source')).toHaveText('جريدة الساحل');
  await expect(page.getByRole('navigation').getByRole('button', { name: /جريدة الساحل/ })).toBeVisible();
  await expect(page.getByText('تعديل بيانات قصاصة واحدة')).toBeVisible();
  await shot(page, testInfo, 'clip-edited-ar', { perProject: true });

  // A report of the open clip carries the new source and date.
  await page.getByRole('button', { name: 'تقرير', exact: true }).click();
  const report = page.getByRole('dialog', { name: 'تقرير' });
  await report.getByRole('radio', { name: 'المادة المفتوحة' }).check();
  const preview = page.frameLocator('iframe.report-frame');
  await expect(preview.locator('body')).toContainText('جريدة الساحل');
  await expect(preview.locator('body')).toContainText('2025-10-22');
  await page.keyboard.press('Escape');
  await expect(report).toBeHidden();
  await article.getByRole('button', { name: 'تعديل البيانات' }).focus();

  // Ctrl+Z from the reader (focus on the Edit button, not in a field) undoes the whole edit.
  await expect(article.getByRole('button', { name: 'تعديل البيانات' })).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(row.locator('.clip-source')).toHaveText('مصدر غير معروف');
  await expect(row.locator('time')).not.toHaveAttribute('datetime', '2025-10-22');
  await expect(article.locator('.meta-source')).toHaveText('مصدر غير معروف');
});

test('English UI: set source on ticked clips; Delete moves the open clip to the trash; undo brings it back', async ({ openApp }, testInfo) => {
  const { page } = await openApp({ systemLocale: 'en_US' });
  await expect(page.locator('.clip-row')).toHaveCount(1);
  await dropTexts(page, EN);
  for (const { title } of EN) await expect(rowOf(page, title)).toContainText('Unknown source');
  for (const { title } of EN) await page.getByRole('checkbox', { name: new RegExp(title) }).check();
  const bar = page.getByRole('toolbar', { name: 'Selected clips' });
  await bar.getByLabel('Action on the selected clips').selectOption('source');
  await bar.getByLabel('Source for the selected clips').fill('Harbour Gazette');
  await shot(page, testInfo, 'bulk-set-source-en', { perProject: true });
  await bar.getByRole('button', { name: 'Apply' }).click();
  for (const { title } of EN) await expect(rowOf(page, title).locator('.clip-source')).toHaveText('Harbour Gazette');
  await expect(page.getByText('Details of 2 clips changed')).toBeVisible();
  await bar.getByRole('button', { name: 'Clear selection' }).click();

  // The details form in the left-to-right UI, then Delete on the open clip.
  const first = page.getByRole('button', { name: EN[0]!.title, exact: true });
  await first.click();
  await page.getByRole('button', { name: 'Edit details' }).click();
  await expect(page.getByRole('form', { name: 'Details of this clip' }).getByLabel('Source')).toHaveValue('Harbour Gazette');
  await shot(page, testInfo, 'clip-edit-form-en', { perProject: true });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('form', { name: 'Details of this clip' })).toBeHidden();

  await first.focus();
  await page.keyboard.press('Delete');
  await expect(page.getByRole('button', { name: EN[0]!.title, exact: true })).toHaveCount(0);
  await expect(page.getByText('1 clip moved to the trash')).toBeVisible();
  // The row after it (or before) opened and took focus, so the keys go on working.
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).not.toHaveText(EN[0]!.title);
  await expect(page.locator('.clip-row:focus')).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('button', { name: EN[0]!.title, exact: true })).toBeVisible();
});
