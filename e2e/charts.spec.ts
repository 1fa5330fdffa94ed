// The small charts (issue 14), in the Arabic and the English UI: a sparkline beside a tag and a
// watchlist whose weekly bars sum to their counts, with the figures in the sidebar's table; share
// bars by source and language whose slices count the clips the list shows; a speaker's quotes
// over time in the Speakers view. Screenshots, light and dark, to test-results/screenshots.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { dropTexts } from './support/drop-files.js';
import { REPO_ROOT } from './support/paths.js';

// Days before today, so the clips fall in the sparklines' last twelve weeks.
const ago = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
// Written for this test; not from any publication. The seed piece makes a fifth clip.
const CLIPS = [
  { name: 'a.txt', head: `Source: وكالة الموانئ\nDate: ${ago(1)}`, title: 'رصيف جديد في الميناء الشمالي', body: 'افتتحت إدارة الميناء رصيفا جديدا لسفن الصيد.' },
  { name: 'b.txt', head: `Source: وكالة الموانئ\nDate: ${ago(3)}`, title: 'رافعات حديثة تصل إلى الميناء', body: 'وصلت إلى الميناء ثلاث رافعات لتفريغ الحاويات.' },
  { name: 'c.txt', head: `Source: Harbour Wire\nDate: ${ago(10)}`, title: 'A new crane arrives at the harbour', body: 'Three cranes reached the harbour this week to unload containers.' },
  { name: 'd.txt', head: `Date: ${ago(2)}`, title: 'سفينة شحن كبيرة ترسو في الميناء', body: 'رست في الميناء أكبر سفينة شحن منذ سنوات.' },
].map((c) => ({ name: c.name, text: `${c.title}\n${c.head}\n\n${c.body}\n` }));

const shoot = async (page: Page, name: string) => {
  const dir = join(REPO_ROOT, 'test-results', 'screenshots');
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`) });
};
const sum = (csv: string | null) => (csv ?? '').split(',').reduce((s, n) => s + Number(n || 0), 0);
const counts = (loc: Locator) => loc.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-key')}:${e.getAttribute('data-count')}`));

const UI = {
  ar_EG: { search: 'البحث في القصاصات', save: 'حفظ هذا البحث', name: 'اسم لهذا البحث', saveBtn: 'حفظ', nav: 'المكتبة', table: 'الأعداد الأسبوعية جدولًا', speakers: 'المتحدثون', view: 'المتحدثون في المكتبة', tags: 'الوسوم', speaker: 'سيرغي لافروف', caption: /اقتباس/ },
  en_US: { search: 'Search clips', save: 'Save this search', name: 'Name for this search', saveBtn: 'Save', nav: 'Library', table: 'Weekly counts as a table', speakers: 'Speakers', view: 'Speakers across the library', tags: 'Tags', speaker: 'سيرغي لافروف', caption: /quote/ },
} as const;

for (const locale of ['ar_EG', 'en_US'] as const) {
  test(`sparklines, share bars and a speaker's quotes over time (${locale})`, async ({ openApp }) => {
    const ui = UI[locale];
    const { page } = await openApp({ systemLocale: locale });
    await expect(page.locator('.clip-row')).toHaveCount(1);
    await dropTexts(page, CLIPS);
    await expect(page.locator('.clip-pane .clip-row')).toHaveCount(5);

    // Shares: every clip in one slice of each bar; the port agency holds two of five.
    const sources = page.locator('.share-row[data-kind="source"] .share-seg');
    await expect.poll(() => counts(sources)).toContain('وكالة الموانئ:2');
    const langs = await counts(page.locator('.share-row[data-kind="lang"] .share-seg'));
    expect(langs).toEqual(['ar:4', 'en:1']);
    expect((await counts(sources)).reduce((s, x) => s + Number(x.split(':').pop()), 0)).toBe(5);
    // The first slice starts at the reading edge.
    const [first, second] = await sources.evaluateAll((els) => els.slice(0, 2).map((e) => e.getBoundingClientRect().x));
    expect(locale === 'ar_EG' ? first! > second! : first! < second!).toBe(true);

    // A tag on one clip: its sparkline has one clip in one week.
    await page.getByRole('button', { name: 'رصيف جديد في الميناء الشمالي' }).click();
    await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText('رصيف جديد في الميناء الشمالي');
    await page.keyboard.press('t');
    const tagField = page.getByRole('article').getByRole('combobox', { name: ui.tags });
    await expect(tagField).toBeFocused();
    await tagField.fill('مرافئ');
    await tagField.press('Enter');
    await tagField.press('Escape');

    // A watchlist's sparkline sums to its count.
    const box = page.getByRole('searchbox', { name: ui.search });
    await box.fill('الميناء');
    await box.press('Enter');
    await expect(page.locator('.hit-row')).toHaveCount(3);
    await expect.poll(() => counts(page.locator('.shares .share-row[data-kind="lang"] .share-seg'))).toEqual(['ar:3']);
    await page.getByRole('button', { name: ui.save }).click();
    await page.getByRole('textbox', { name: ui.name }).fill('موانئ');
    await page.getByRole('button', { name: ui.saveBtn, exact: true }).click();
    const nav = page.getByRole('navigation', { name: ui.nav });
    const watch = nav.getByRole('button', { name: 'موانئ', exact: true });
    await expect.poll(async () => sum(await watch.locator('.sparkline').getAttribute('data-counts'))).toBe(3);
    const tag = nav.getByRole('button', { name: 'مرافئ', exact: true });
    await expect.poll(async () => tag.locator('.sparkline').getAttribute('data-counts')).toMatch(/^(0,)*1(,0)*$/);
    await nav.locator('.spark-table summary').filter({ hasText: ui.table }).click();
    await expect(nav.locator('.spark-table tbody tr').filter({ hasText: 'موانئ' })).toHaveCount(1);
    await expect(nav.locator('.spark-table thead th')).toHaveCount(13);
    await shoot(page, `charts-${locale}`);

    // Quotes over time on a person's page.
    await page.getByRole('button', { name: ui.speakers }).click();
    const view = page.getByRole('region', { name: ui.view });
    await view.getByRole('button', { name: ui.speaker }).click();
    const chart = view.locator('.speaker-timeline');
    await expect(chart.locator('.timeline-caption')).toHaveText(ui.caption);
    const bars = await chart.locator('.timeline-bar').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
    const quotes = await view.locator('.speaker-quote').count();
    expect(bars.reduce((s, n) => s + n, 0)).toBe(quotes);
    await page.emulateMedia({ colorScheme: 'dark' });
    await shoot(page, `speaker-timeline-dark-${locale}`);
  });
}
