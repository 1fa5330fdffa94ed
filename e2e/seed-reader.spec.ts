// The seed piece end to end: it is in the list on first run, opens in the reader right-to-left
// in the bundled Arabic font, with subheadings as headings, the four points as a real list and
// related links apart. Saves a full-page screenshot of the reader to test-results/.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures.js';
import { REPO_ROOT, SEED_TITLE } from './support/paths.js';

const SUBHEADINGS = [
  'سوريا تسعى لجذب الاستثمارات الأجنبية:',
  'لافروف: ملتزمون بوحدة سوريا وتعزيز التعاون الثنائي:',
  'لقاء الشيباني وبوتين: تعاون سياسي وعسكري:',
  'بحث تطوير الشراكة العسكرية والصناعات الدفاعية:',
];
const LIST_ITEMS = [
  '1- تطوير الشراكة العسكرية والتقنية',
  '2- تحديث العتاد العسكري',
  '3- نقل الخبرات الفنية والتقنية',
  '4- التعاون في مجالات البحث والتطوير',
];

test('the seed piece opens in the reader, right-to-left, in the bundled Arabic font', async ({ openApp }, testInfo) => {
  const { page } = await openApp();
  await expect(page).toHaveTitle('Marsad — مرصد');

  const row = page.getByRole('button', { name: SEED_TITLE });
  await expect(row).toBeVisible();
  await row.click();
  await expect(row).toHaveAttribute('aria-current', 'true');

  const article = page.getByRole('article');
  await expect(article.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();
  expect(await article.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  const firstParagraph = article.locator('p[dir="auto"]').first();
  expect(await firstParagraph.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  expect(await firstParagraph.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^"?Noto Naskh Arabic"?,/);

  // The bundled face is loaded (not merely declared), and it came from the app's own files.
  const fonts = await page.evaluate(async () => {
    await document.fonts.ready;
    const naskh = [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === 'Noto Naskh Arabic');
    return {
      check: document.fonts.check('400 20px "Noto Naskh Arabic"', 'سوريا وروسيا'),
      loaded: naskh.filter((f) => f.status === 'loaded').map((f) => f.weight),
      files: performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => /noto-naskh-arabic-arabic-\d+-normal.*\.woff2$/.test(n)),
    };
  });
  expect(fonts.check).toBe(true);
  expect(fonts.loaded).toContain('400');
  expect(fonts.files.length).toBeGreaterThan(0);
  for (const file of fonts.files) expect(new URL(file).host).toBe(new URL(page.url()).host);

  for (const name of SUBHEADINGS) {
    await expect(article.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
  }
  const points = article.getByRole('list').filter({ hasText: LIST_ITEMS[1]! }).getByRole('listitem');
  await expect(points).toHaveText(LIST_ITEMS);

  const related = article.getByRole('complementary');
  await expect(related.getByRole('listitem')).toHaveCount(2);
  await expect(related.getByRole('listitem').first()).toContainText('روسيا لم تخُن سوريا');

  // The panes scroll inside the window, so grow the window to the article's height to get the
  // whole piece in one picture (capped: a screenshot past 4000 px helps nobody).
  const tall = await page.evaluate(() => {
    const reader = document.querySelector('main');
    const chrome = reader ? reader.getBoundingClientRect().top : 0;
    return Math.min(4000, Math.ceil(chrome + (reader?.scrollHeight ?? 0)));
  });
  await page.setViewportSize({ width: 1440, height: Math.max(900, tall) }).catch(() => undefined);
  await page.evaluate(() => document.fonts.ready);
  const dir = join(REPO_ROOT, 'test-results', 'screenshots');
  await mkdir(dir, { recursive: true });
  const file = join(dir, `seed-reader-${testInfo.project.name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach('seed piece in the reader', { path: file, contentType: 'image/png' });
});
