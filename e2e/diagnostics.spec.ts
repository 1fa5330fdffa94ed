// "Copy diagnostics" in the window (the browser shell has no native Help menu; the desktop app
// also has Help → Copy Diagnostics): from the ? sheet, the text on the clipboard names the
// version, host and library counts, and carries no clip title or text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures.js';
import { REPO_ROOT, SEED_TITLE } from './support/paths.js';

test('the ? sheet copies diagnostics without any clip text', async ({ openApp, marsadHost }, testInfo) => {
  test.skip(marsadHost !== 'shell', 'reads the clipboard through the browser context');
  const { page, shell } = await openApp();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: shell!.origin });
  await expect(page.getByRole('button', { name: SEED_TITLE })).toBeVisible();
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'اختصارات لوحة المفاتيح' });
  await sheet.getByRole('button', { name: 'نسخ معلومات التشخيص' }).click();
  await expect(sheet.getByRole('status')).toHaveText('نُسخت معلومات التشخيص إلى الحافظة.');
  await page.screenshot({ path: testInfo.outputPath('diagnostics-copied.png') });

  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^Marsad \S+ diagnostics/);
  expect(copied).toContain('host: browser');
  expect(copied).toMatch(/clips: 1 /);
  expect(copied).toContain('"library-opened"');
  // The seed article's title and a line of its text, read at run time, are nowhere in it.
  const seedLine = readFileSync(join(REPO_ROOT, 'data', 'syria-russia-new-phase.txt'), 'utf8').split('\n')[1]!.slice(0, 40);
  expect(copied).not.toContain(SEED_TITLE);
  expect(copied).not.toContain(seedLine);
});
