// A corrupt library file: the app says so in one sentence, moves the file aside untouched and
// offers the newest backup; Restore brings the clips back. Without a backup it says that instead.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures.js';
import { SEED_TITLE } from './support/paths.js';

const GARBAGE = '{"schemaVersion": 1, "clips": [ this is not json';

/** Every file under `dir` whose content is exactly `text` (the backend decides where it moves it). */
async function filesHolding(dir: string, text: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if ((await readFile(path, 'utf8').catch(() => '')) === text) found.push(path);
  }
  return found;
}

/** One sentence: a single terminal full stop (or ?/!/؟), none before it. */
const sentenceCount = (text: string): number => text.trim().split(/[.!?؟](?:\s|$)/).filter((s) => s.trim()).length;

test('a corrupt library shows one sentence and restores the newest backup', async ({ openApp, dataDir }) => {
  const first = await openApp({ systemLocale: 'en_US' });
  await expect(first.page.getByRole('button', { name: SEED_TITLE })).toBeVisible();
  await first.close();
  expect((await readdir(join(dataDir, 'backups'))).length).toBeGreaterThan(0);

  await writeFile(join(dataDir, 'library.json'), GARBAGE);
  const { page } = await openApp({ systemLocale: 'en_US' });

  const banner = page.getByRole('alert', { name: 'The library file is damaged.' });
  await expect(banner).toBeVisible();
  const sentence = (await banner.locator('p').innerText()).trim();
  expect(sentence).toMatch(/could not be read/);
  expect(sentence).toMatch(/restore the newest backup/);
  expect(sentenceCount(sentence)).toBe(1);

  // The unreadable file was kept byte for byte somewhere in the folder, not overwritten.
  expect(await filesHolding(dataDir, GARBAGE)).toHaveLength(1);

  await banner.getByRole('button', { name: 'Restore backup' }).click();
  await expect(banner).toBeHidden();
  await expect(page.getByRole('button', { name: SEED_TITLE })).toBeVisible();
});

test('a corrupt library with no backup says so and offers nothing to restore', async ({ openApp, dataDir }) => {
  await writeFile(join(dataDir, 'library.json'), GARBAGE);
  const { page } = await openApp({ systemLocale: 'ar_EG' });

  const banner = page.getByRole('alert', { name: 'ملف المكتبة تالف.' });
  await expect(banner).toBeVisible();
  const sentence = (await banner.locator('p').innerText()).trim();
  expect(sentence).toContain('لا توجد بعد نسخة احتياطية');
  expect(sentenceCount(sentence)).toBe(1);
  await expect(banner.getByRole('button')).toHaveCount(0);
});
