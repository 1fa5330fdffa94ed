// The timeline chart (issue 14): over a search's hits its bars count the clips of each day (gaps
// included), the table behind it says the same, and clicking a bar narrows the hits to that day.
// Arabic UI (time runs right to left) and English; screenshots to test-results/screenshots.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { dropTexts } from './support/drop-files.js';
import { REPO_ROOT } from './support/paths.js';

// Written for this test; not from any publication. Two port stories on the 20th, one on the 22nd.
const CLIPS = [
  { name: 'a.txt', day: '2025-10-20', title: 'رصيف جديد في الميناء الشمالي', body: 'افتتحت إدارة الميناء رصيفا جديدا لسفن الصيد.' },
  { name: 'b.txt', day: '2025-10-20', title: 'رافعات حديثة تصل إلى الميناء', body: 'وصلت إلى الميناء ثلاث رافعات لتفريغ الحاويات.' },
  { name: 'c.txt', day: '2025-10-22', title: 'سفينة شحن كبيرة ترسو في الميناء', body: 'رست في الميناء أكبر سفينة شحن منذ سنوات.' },
].map((c) => ({ name: c.name, text: `${c.title}\nDate: ${c.day}\n\n${c.body}\n` }));

const bars = (page: Page) => page.locator('.timeline-bar');
const shoot = async (page: Page, name: string) => {
  const dir = join(REPO_ROOT, 'test-results', 'screenshots');
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`) });
};

for (const [locale, searchName, tableName, caption, dayTwo] of [
  ['ar_EG', 'البحث في القصاصات', 'عرضها جدولًا', /[3٣] قصاصات حسب اليوم/, /قصاصتان/],
  ['en_US', 'Search clips', 'As a table', /3 clips by day/, /2 clips/],
] as const) {
  test(`timeline bars count the clips per day and a click narrows to that day (${locale})`, async ({ openApp }) => {
    const { page } = await openApp({ systemLocale: locale });
    await expect(page.locator('.clip-row')).toHaveCount(1);
    await dropTexts(page, CLIPS);
    await expect(page.locator('.clip-pane .clip-row')).toHaveCount(4);
    const box = page.getByRole('searchbox', { name: searchName });
    await box.fill('الميناء');
    await box.press('Enter');
    await expect(page.locator('.hit-row')).toHaveCount(3);
    await expect(page.locator('.timeline-caption')).toHaveText(caption);
    await expect(bars(page)).toHaveCount(3);
    const counts = await bars(page).evaluateAll((els) => els.map((e) => `${e.getAttribute('data-start')}:${e.getAttribute('data-count')}`));
    expect(counts).toEqual(['2025-10-20:2', '2025-10-21:0', '2025-10-22:1']);
    // Time runs in the reading direction: the first day's bar is at the right in Arabic.
    const xs = await bars(page).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().x));
    expect(locale === 'ar_EG' ? xs[0]! > xs[2]! : xs[0]! < xs[2]!).toBe(true);
    await page.locator('.timeline-table summary').filter({ hasText: tableName }).click();
    await expect(page.locator('.timeline-table tbody tr')).toHaveCount(3);
    await expect(page.locator('.timeline-table tbody tr').first()).toContainText(/[2٢]/);
    await shoot(page, `timeline-${locale}`);

    await bars(page).first().click();
    await expect(box).toHaveValue('الميناء after:2025-10-20 before:2025-10-21');
    await expect(page.locator('.hit-row')).toHaveCount(2);
    await expect(bars(page).first()).toHaveAttribute('aria-label', dayTwo);
    await expect(page.locator('.timeline-bar-active')).toHaveCount(1);
  });
}
