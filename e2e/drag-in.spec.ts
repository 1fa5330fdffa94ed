// Drag-in from a browser (issue 14): a page's text and HTML dropped on the window becomes a clip
// through the paste import (navigation, ad and footer dropped); a link alone is refused with one
// sentence, since Marsad works offline; text dragged out of the article itself imports nothing.
// Arabic and English UI; screenshots of the overlay and the refusal.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { shot } from './support/screenshot.js';
import { SEED_TITLE } from './support/paths.js';

// Written for this test; not from any publication.
const AR = {
  headline: 'البلدية تفتتح حديقة عامة على ضفة النهر',
  paragraphs: [
    'افتتحت البلدية صباح اليوم حديقة عامة جديدة على الضفة الغربية للنهر بعد عامين من الأعمال.',
    'وقال مدير الحدائق إن الحديقة تضم ممرات للمشاة وملعبا صغيرا للأطفال ومقاعد في الظل.',
  ],
  chrome: ['أخبار المدينة', 'اشترك الآن بنصف السعر', 'جميع الحقوق محفوظة'],
};
const EN = {
  headline: 'Night buses return to the northern suburbs',
  paragraphs: [
    'The transport authority restored three night bus routes to the northern suburbs on Friday after a year-long pause.',
    'Drivers will run every forty minutes between midnight and five, the authority said in a statement.',
  ],
  chrome: ['City desk', 'Subscribe for half price', 'All rights reserved'],
};
const URL = 'https://news.example.org/2026/12/night-buses';

const pageHtml = (a: typeof AR) => `<html><body><nav><a href="/">${a.chrome[0]}</a></nav>
<div class="advert">${a.chrome[1]}</div>
<article><h1>${a.headline}</h1>${a.paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>
<footer>${a.chrome[2]}</footer></body></html>`;

type Drag = Record<string, string>;

/** Dispatches dragenter and dragover (and drop unless `hold`) carrying `items`, over the clip list. */
async function dragIn(page: Page, items: Drag, hold = false): Promise<void> {
  await page.evaluate(
    ({ items, hold }) => {
      const data = new DataTransfer();
      for (const [type, value] of Object.entries(items)) data.setData(type, value);
      const target = document.querySelector('.clip-pane')!;
      for (const type of hold ? ['dragenter', 'dragover'] : ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
      }
    },
    { items, hold },
  );
}

for (const [locale, a, overlay, refusal] of [
  ['ar_EG', AR, 'أفلت النص هنا لحفظه قصاصة', 'يعمل مرصد دون اتصال'],
  ['en_US', EN, 'Drop to clip this text', 'Marsad works offline'],
] as const) {
  test(`a page dragged from a browser becomes a clip; a link alone is refused (${locale})`, async ({ openApp }, testInfo) => {
    const { page, pageErrors, requests } = await openApp({ systemLocale: locale });
    await expect(page.locator('.clip-row')).toHaveCount(1);
    const html = pageHtml(a);
    const text = [...a.chrome.slice(0, 2), a.headline, ...a.paragraphs, a.chrome[2]].join('\n');

    await dragIn(page, { 'text/html': html, 'text/plain': text }, true);
    await expect(page.getByRole('status').filter({ hasText: overlay })).toBeVisible();
    await shot(page, testInfo, `drag-in-overlay-${locale}`);
    await dragIn(page, { 'text/html': html, 'text/plain': text });
    const row = page.getByRole('button', { name: a.headline, exact: true });
    await expect(row).toBeVisible();
    await row.click();
    const article = page.getByRole('article');
    await expect(article).toContainText(a.paragraphs[1]!);
    for (const junk of a.chrome) await expect(article).not.toContainText(junk);

    // A dragged link: its title and address, no article text. Nothing is fetched or clipped.
    await dragIn(page, { 'text/uri-list': URL, 'text/plain': URL, 'text/html': `<a href="${URL}">${a.headline}</a>` });
    const alert = page.getByRole('alert').filter({ hasText: refusal });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(URL);
    await shot(page, testInfo, `drag-in-link-only-${locale}`);
    await expect(page.locator('.clip-row')).toHaveCount(2);
    expect(requests.filter((u) => u.includes('example.org'))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
}

test('text dragged out of the article and dropped back imports nothing', async ({ openApp }) => {
  const { page } = await openApp();
  await page.getByRole('button', { name: SEED_TITLE }).click();
  await expect(page.locator('.article-body p').first()).toBeVisible();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'نص مسحوب من داخل المقال نفسه');
    const from = document.querySelector('.article-body p')!;
    from.dispatchEvent(new DragEvent('dragstart', { bubbles: true, dataTransfer: data }));
    const to = document.querySelector('.clip-pane')!;
    for (const type of ['dragenter', 'dragover', 'drop']) to.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
    from.dispatchEvent(new DragEvent('dragend', { bubbles: true, dataTransfer: data }));
  });
  await page.waitForTimeout(300);
  await expect(page.locator('.clip-row')).toHaveCount(1);
  await expect(page.locator('.drop-overlay')).toHaveCount(0);
});
