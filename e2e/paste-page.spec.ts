// A whole web page pasted (issue 14, Rough): its navigation, ad and footer are dropped as a file
// import drops them, the headline is the title and not repeated, and the reader says the clip
// was pasted in the UI's language (never «من الملف pasted text»). Screenshot in test-results/.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures.js';
import { REPO_ROOT } from './support/paths.js';

// Written for this test; not from any publication.
const HEADLINE = 'مجلس المدينة يقر خطة لتشجير الأحياء الجنوبية';
const PARAGRAPHS = [
  'أقر مجلس المدينة في جلسته الأسبوعية خطة لزراعة ثلاثة آلاف شجرة في الأحياء الجنوبية خلال الشتاء المقبل.',
  'وقال رئيس المجلس إن الخطة تعطي الأولوية للشوارع القريبة من المدارس والمراكز الصحية.',
];
const CHROME = { site: 'صحيفة الضاحية', nav: 'أخبار محلية', ad: 'عرض خاص على الاشتراك السنوي', footer: 'جميع الحقوق محفوظة' };
const HTML = `<html><body><header class="masthead">${CHROME.site}</header>
<nav><a href="/">الرئيسية</a> <a href="/local">${CHROME.nav}</a></nav>
<div class="advert">${CHROME.ad}</div>
<article><h1>${HEADLINE}</h1>
${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}
</article>
<footer>${CHROME.footer}</footer></body></html>`;
const TEXT = [CHROME.site, 'الرئيسية', CHROME.nav, CHROME.ad, HEADLINE, ...PARAGRAPHS, CHROME.footer].join('\n');

for (const [locale, pastedLabel, dialogName, importName] of [
  ['ar_EG', 'أُلصقت من الحافظة', 'لصق مقال', 'استيراد المقال'],
  ['en_US', 'Pasted', 'Paste an article', 'Import article'],
] as const) {
  test(`a pasted page keeps only the article (${locale})`, async ({ openApp }) => {
    const { page } = await openApp({ systemLocale: locale });
    await expect(page.locator('.clip-row')).toHaveCount(1);
    await page.evaluate(
      ({ text, html }) => {
        const data = new DataTransfer();
        data.setData('text/plain', text);
        data.setData('text/html', html);
        document.body.dispatchEvent(new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: data }));
      },
      { text: TEXT, html: HTML },
    );
    const dialog = page.getByRole('dialog', { name: dialogName });
    await dialog.getByRole('button', { name: importName }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole('button', { name: HEADLINE, exact: true }).click();
    const article = page.getByRole('article');
    await expect(article.getByRole('heading', { level: 1 })).toHaveText(HEADLINE);
    const body = article.locator('.article-body');
    for (const p of PARAGRAPHS) await expect(body).toContainText(p);
    for (const chrome of Object.values(CHROME)) await expect(body).not.toContainText(chrome);
    await expect(body).not.toContainText(HEADLINE);
    await expect(article.locator('.article-meta')).toContainText(pastedLabel);
    await expect(article.locator('.article-meta')).not.toContainText('pasted text');
    const dir = join(REPO_ROOT, 'test-results', 'screenshots');
    await mkdir(dir, { recursive: true });
    await page.screenshot({ path: join(dir, `paste-page-${locale}.png`) });
  });
}
