// The report's cover says the same in the preview and in the PDF (issue 14, Rough: the preview
// once said sources 0, quotes 182 where the PDF said 1 and 536). The preview's figures are read
// from its cover, the PDF's with pdftotext, in the Arabic and the English UI. Shell host only:
// the desktop app exports through the native save dialog.
import { spawnSync } from 'node:child_process';
import { expect, test } from './fixtures.js';
import { dropTexts } from './support/drop-files.js';
import { SEED_TITLE } from './support/paths.js';

// Bidi controls pdftotext puts around right-to-left runs and numbers, and Arabic marks (a shadda
// may come out before or after its letter).
const NOISE = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\u064b-\u0652]/g;
const plain = (s: string): string => s.replace(NOISE, '').trim();
const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;

/** The line after each label in the PDF's text: the cover is a list of label, figure pairs. */
function pdfFigures(path: string, labels: string[]): Record<string, string | undefined> {
  const lines = spawnSync('pdftotext', [path, '-'], { encoding: 'utf8' })
    .stdout.split('\n')
    .map(plain)
    .filter(Boolean);
  return Object.fromEntries(labels.map((label) => [label, lines.includes(plain(label)) ? lines[lines.indexOf(plain(label)) + 1] : `no "${label}" line`]));
}

const UI = [
  { locale: 'ar_EG', report: 'تقرير', format: 'الصيغة', path: 'الحفظ باسم (المسار الكامل)', save: 'تصدير…', saved: 'حُفظ', labels: ['المواد', 'المصادر', 'المقاطع المظلّلة', 'الاقتباسات', 'المتحدثون'] },
  { locale: 'en_US', report: 'Report', format: 'Format', path: /Save as/, save: /^Export/, saved: 'Saved', labels: ['Clips', 'Sources', 'Highlights', 'Quotes', 'Speakers'] },
] as const;

for (const ui of UI) {
  test(`the preview's cover figures are the PDF's (${ui.locale})`, async ({ openApp, marsadHost }, testInfo) => {
    test.skip(marsadHost !== 'shell', 'the desktop app exports through the native save dialog');
    test.skip(!hasPdftotext, 'pdftotext (poppler-utils) is not installed');
    const { page } = await openApp({ systemLocale: ui.locale });
    // The window takes drops once the library is listed.
    await expect(page.getByRole('button', { name: SEED_TITLE })).toBeVisible();
    // Written for this test: a second clip with a source and a quote, beside the seed piece.
    await dropTexts(page, [{ name: 'harbour.html', text: '<html><head><title>Harbour works resume</title><meta name="author" content="Port desk"></head><body><h1>Harbour works resume</h1><p>"The quay will reopen in spring," the harbour master said on Monday.</p></body></html>' }]);
    await expect(page.getByRole('button', { name: 'Harbour works resume', exact: true })).toBeVisible();
    await page.getByRole('button', { name: ui.report, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: ui.report });
    const cover = page.frameLocator('iframe.report-frame').locator('header.cover dl');
    await expect(cover.locator('dt').first()).toBeVisible();
    const preview: Record<string, string> = {};
    for (const label of ui.labels) preview[label] = (await cover.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]').innerText()).trim();
    expect(Number(preview[ui.labels[0]])).toBe(2);

    await dialog.getByLabel(ui.format).selectOption('pdf');
    const out = testInfo.outputPath('cover.pdf');
    await dialog.getByLabel(ui.path).fill(out);
    await dialog.getByRole('button', { name: ui.save }).click();
    await expect(dialog.getByRole('status')).toContainText(ui.saved, { timeout: 60_000 });
    expect(pdfFigures(out, [...ui.labels])).toEqual(preview);
  });
}
