// Importing through the window: files dropped on it (a synthetic drop built in the page from
// fixture bytes), an article pasted into the paste dialog and undone, and bad files reported one
// sentence each while the good one imports. Saves screenshots of the import UI to test-results/.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { shot } from './support/screenshot.js';
import { dropFiles } from './support/drop-files.js';

const ARABIC = { file: 'arabic-windows-1256.txt', title: 'أسعار الخضار ترتفع في أسواق حلب مع بداية الشتاء' };
const RUSSIAN = {
  file: 'russian-windows-1251.txt',
  title: 'Театр оперы и балета открыл новый сезон премьерой «Лебединого озера»',
};
const ENGLISH = { file: 'english-utf16le-bom.txt', title: 'Island ferries add early winter crossings' };

const rowOf = (page: Page, title: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('button', { name: title, exact: true }) });

test('two files dropped on the window are listed with their titles and languages', async ({ openApp }, testInfo) => {
  const { page } = await openApp();
  await expect(page.getByRole('heading', { name: 'القصاصات' })).toBeVisible();

  // The overlay appears while files are dragged over the window.
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['x'], 'x.txt'));
    document.body.dispatchEvent(new DragEvent('dragenter', { bubbles: true, dataTransfer: data }));
  });
  await expect(page.getByText('أفلت الملفات أو المجلدات هنا لاستيرادها')).toBeVisible();
  await shot(page, testInfo, 'import-drop-overlay-ar', { perProject: true });

  // Slow the progress answers down so the progress bar stays up long enough to be seen.
  if (testInfo.project.name === 'chromium-shell') {
    await page.route('**/rpc/importProgress', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 700));
      await route.continue();
    });
  }
  await dropFiles(page, [ARABIC.file, RUSSIAN.file]);
  await expect(page.getByText('أفلت الملفات أو المجلدات هنا لاستيرادها')).toBeHidden();
  const panel = page.getByRole('region', { name: 'نتيجة الاستيراد' });
  if (testInfo.project.name === 'chromium-shell') {
    await expect(panel.getByRole('progressbar', { name: 'تقدّم الاستيراد' })).toBeVisible();
    await shot(page, testInfo, 'import-progress-ar', { perProject: true });
  }
  await expect(panel).toContainText('استُوردت قصاصتان.');

  for (const [{ title }, lang] of [
    [ARABIC, 'ar'],
    [RUSSIAN, 'ru'],
  ] as const) {
    const row = rowOf(page, title);
    await expect(row).toBeVisible();
    await expect(row.locator('.lang-badge')).toHaveText(lang);
  }
  await shot(page, testInfo, 'import-result-list-ar', { perProject: true });

  // The first new clip opens, and the reader names the file it came from.
  await page.getByRole('button', { name: ARABIC.title, exact: true }).click();
  const article = page.getByRole('article');
  await expect(article.getByRole('heading', { level: 1, name: ARABIC.title })).toBeVisible();
  await expect(article).toContainText(`من الملف ${ARABIC.file}`);
  await shot(page, testInfo, 'import-reader-ar', { perProject: true });
});

test('a pasted article imports from the paste dialog and the import can be undone', async ({ openApp }, testInfo) => {
  const { page } = await openApp();
  const title = 'Port authority extends night shifts at Latakia container terminal';
  await expect(page.getByRole('heading', { name: 'القصاصات' })).toBeVisible();
  const text = `${title}\n\nThe port authority said on Monday that night shifts would continue through the winter, as container traffic through the terminal rose for a third month.`;

  // Ctrl+V outside a text field opens the dialog with what was pasted.
  await page.evaluate((pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    document.body.dispatchEvent(new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: data }));
  }, text);
  const dialog = page.getByRole('dialog', { name: 'لصق مقال' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'نص المقال' })).toHaveValue(text);
  await dialog.getByRole('button', { name: 'إلغاء' }).click();
  await expect(dialog).toBeHidden();

  // The Import menu's "Paste article…" opens it too; a paste into the box keeps its HTML.
  await page.getByRole('button', { name: 'استيراد', exact: true }).click();
  await page.getByRole('menuitem', { name: 'لصق مقال…' }).click();
  await expect(dialog).toBeVisible();
  const box = dialog.getByRole('textbox', { name: 'نص المقال' });
  await box.evaluate((el, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted.text);
    data.setData('text/html', pasted.html);
    el.dispatchEvent(new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: data }));
  }, { text, html: `<h1>${title}</h1><p>${text.split('\n\n')[1]}</p>` });
  await expect(box).toHaveValue(text);
  await shot(page, testInfo, 'import-paste-dialog-ar', { perProject: true });
  await dialog.getByRole('button', { name: 'استيراد المقال' }).click();
  await expect(dialog).toBeHidden();

  const panel = page.getByRole('region', { name: 'نتيجة الاستيراد' });
  await expect(panel).toContainText('استُوردت قصاصة واحدة.');
  await expect(page.getByRole('button', { name: title, exact: true })).toBeVisible();
  await shot(page, testInfo, 'import-paste-result-ar', { perProject: true });

  await panel.getByRole('button', { name: 'تراجع عن الاستيراد' }).click();
  await expect(panel).toContainText('تم التراجع: حُذفت قصاصة واحدة.');
  await expect(page.getByRole('button', { name: title, exact: true })).toHaveCount(0);
});

test('bad files are reported one sentence each while the good file imports', async ({ openApp }, testInfo) => {
  const { page } = await openApp({ systemLocale: 'en_US' });
  await expect(page.getByRole('heading', { name: 'Clips' })).toBeVisible();
  await dropFiles(page, ['empty.txt', 'not-really-text.txt', ENGLISH.file]);

  const panel = page.getByRole('region', { name: 'Import result' });
  await expect(panel).toContainText('Imported 1 clip; 2 files could not be read.');
  await panel.getByText('Details').click();
  const errors = panel.locator('.import-error');
  await expect(errors).toHaveCount(2);
  await expect(errors.filter({ hasText: 'empty.txt' })).toHaveCount(1);
  await expect(errors.filter({ hasText: 'not-really-text.txt' })).toHaveCount(1);
  const rowTitle = page.getByRole('button', { name: ENGLISH.title, exact: true });
  await expect(rowTitle).toBeVisible();
  await expect(rowOf(page, ENGLISH.title).locator('.lang-badge')).toHaveText('en');
  await shot(page, testInfo, 'import-errors-en', { perProject: true });
});

test('in the Arabic UI a refused file is reported in Arabic, its name kept left to right', async ({ openApp }) => {
  const { page } = await openApp();
  await expect(page.getByRole('heading', { name: 'القصاصات' })).toBeVisible();
  await dropFiles(page, ['empty.txt', 'not-really-text.txt', ENGLISH.file]);
  const panel = page.getByRole('region', { name: 'نتيجة الاستيراد' });
  await panel.getByText('التفاصيل').click();
  const errors = panel.locator('.import-error');
  await expect(errors).toHaveCount(2);
  await expect(errors.nth(0)).toHaveText('الملف \u2068empty.txt\u2069 فارغ.');
  await expect(errors.nth(1)).toHaveText('الملف \u2068not-really-text.txt\u2069 ليس ملفاً نصياً.');
});

test('an exact copy is named as a duplicate and a syndicated copy is grouped, collapsible and listable', async ({
  openApp,
}, testInfo) => {
  const { page } = await openApp();
  await expect(page.getByRole('heading', { name: 'القصاصات' })).toBeVisible();
  await dropFiles(page, ['agency-story.txt', 'agency-story-syndicated.txt', 'agency-story-exact-copy.txt']);
  const panel = page.getByRole('region', { name: 'نتيجة الاستيراد' });
  await expect(panel).toContainText('استُوردت قصاصتان، ونسخة مكررة واحدة (من «افتتاح محطة جديدة لتحلية المياه');

  // Copies are collapsed by default: the seed and the story's lead.
  const list = page.getByRole('list', { name: 'القصاصات' });
  const collapse = page.getByRole('checkbox', { name: 'طيّ النسخ المتشابهة' });
  await expect(collapse).toBeChecked();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  const copies = page.getByRole('button', { name: /^عرض النسخ المتشابهة من/ }).first();
  await expect(copies).toHaveText('نسختان');
  await shot(page, testInfo, 'import-copies-ar', { perProject: true });

  await collapse.uncheck();
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await collapse.check();
  await expect(list.getByRole('listitem')).toHaveCount(2);

  await copies.click();
  await expect(page.getByText(/^المعروض: نسخ «/)).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(2);
});
