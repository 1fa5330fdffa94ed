// Rough edges of issue 14, in the Arabic and the English UI: first run opens the seed piece and
// says how to add clips; search-help examples with operators read left to right; an import
// detail line and the reader's "From file" line take the UI's direction around a Latin file name;
// a snippet skips a second line that repeats the title; hovering a highlight with a note inside a
// quote shows the note, not the quote card. Screenshots to test-results/screenshots.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { dropTexts } from './support/drop-files.js';
import { selectInArticle } from './support/passages.js';
import { REPO_ROOT, SEED_TITLE } from './support/paths.js';

// Written for this test; not from any publication.
const TITLE = 'رصيف جديد في الميناء الشمالي';
const STORY = { name: 'ar10.txt', text: `${TITLE}\n${TITLE}\n\nافتتحت إدارة الميناء رصيفا جديدا لسفن الصيد.\n` };
const COPY = { name: 'ar11.txt', text: STORY.text };
// Inside the seed piece's direct quote by Lavrov.
const INSIDE_QUOTE = 'ناقشنا مختلف القضايا';

const shoot = async (page: Page, name: string) => {
  const dir = join(REPO_ROOT, 'test-results', 'screenshots');
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`) });
};
const direction = (loc: Locator) => loc.evaluate((el) => getComputedStyle(el).direction);

const UI = {
  ar_EG: { dir: 'rtl', hint: /أضف قصاصاتك/, help: 'صيغة البحث', details: 'التفاصيل', fromFile: 'من الملف', highlight: 'تظليل', editor: 'تظليل مقطع', note: 'ملاحظة على المقطع', save: 'حفظ' },
  en_US: { dir: 'ltr', hint: /Add your own clips/, help: 'Search syntax', details: 'Details', fromFile: 'From file', highlight: 'Highlight', editor: 'Highlight passage', note: 'Note on the passage', save: 'Save' },
} as const;

for (const locale of ['ar_EG', 'en_US'] as const) {
  test(`first run, mixed-direction lines, snippets and a highlight's note (${locale})`, async ({ openApp }) => {
    const ui = UI[locale];
    const { page } = await openApp({ systemLocale: locale });
    // First run: the seed piece is open, and the list says how to add clips.
    await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
    await expect(page.locator('.first-run-hint')).toHaveText(ui.hint);
    await shoot(page, `first-run-${locale}`);

    // Search help: operator examples read left to right, plain Arabic words right to left.
    await page.getByRole('button', { name: ui.help }).click();
    const help = page.getByRole('group', { name: ui.help });
    expect(await direction(help.getByText('-غزة'))).toBe('ltr');
    expect(await direction(help.getByText('موسكو OR Moscow'))).toBe('ltr');
    expect(await direction(help.getByText('لافروف الشيباني'))).toBe('rtl');
    await shoot(page, `search-help-${locale}`);
    await page.keyboard.press('Escape');

    // An exact copy: its detail line takes the UI's direction though it starts with a Latin name.
    await dropTexts(page, [STORY, COPY]);
    await page.getByText(ui.details, { exact: true }).click();
    const line = page.locator('.import-details li').first();
    await expect(line).toContainText('ar11.txt');
    expect(await direction(line)).toBe(ui.dir);
    await expect(page.locator('.first-run-hint')).toHaveCount(0);

    // The snippet skips the second line that repeats the title.
    const row = page.locator('.clip-row', { hasText: TITLE });
    await expect(row.locator('.clip-snippet')).toHaveText('افتتحت إدارة الميناء رصيفا جديدا لسفن الصيد.');

    // The reader's file line is in the UI's direction: the label comes first in reading order.
    await page.getByRole('button', { name: TITLE, exact: true }).click();
    const file = page.locator('.article-meta .meta-file');
    await expect(file).toContainText('ar10.txt');
    expect(await direction(page.locator('.article-meta'))).toBe(ui.dir);
    await expect(file).toContainText(ui.fromFile);
    // The file name sits at the line's far end: left of the whole in Arabic, right of it in English.
    const [whole, name] = await Promise.all([file.boundingBox(), file.locator('bdi').boundingBox()]);
    const centre = (b: { x: number; width: number }) => b.x + b.width / 2;
    expect(ui.dir === 'rtl' ? centre(name!) < centre(whole!) : centre(name!) > centre(whole!)).toBe(true);
    await shoot(page, `reader-meta-${locale}`);

    // A highlight with a note inside a quote: hovering it gives the note, not the quote card.
    await page.getByRole('button', { name: SEED_TITLE }).click();
    await selectInArticle(page, INSIDE_QUOTE);
    await page.getByRole('button', { name: ui.highlight }).click();
    const editor = page.getByRole('dialog', { name: ui.editor });
    await editor.getByRole('textbox', { name: ui.note }).fill('للمتابعة غدًا');
    await editor.getByRole('button', { name: ui.save }).click();
    const mark = page.locator('mark.quote mark.passage').first();
    await expect(mark).toHaveAttribute('title', /للمتابعة غدًا/);
    await page.locator('mark.quote').first().hover({ position: { x: 2, y: 2 } });
    await mark.hover();
    await expect(page.locator('.quote-popover')).toHaveCount(0);
  });
}
