// Keys after a field (issue 14, Rough): Esc from the search box and from the tag field hands focus
// back to the list, so J/K walk it and Ctrl+Z undoes the tag just added (even with the empty tag
// field still focused); "/" reaches the search box on an Arabic layout (matched by physical key).
import { expect, test } from './fixtures.js';
import { dropTexts } from './support/drop-files.js';

// Written for this test; not from any publication.
const CLIPS = [
  { name: 'orchard.txt', title: 'بساتين الزيتون تبدأ موسم القطاف', text: 'بساتين الزيتون تبدأ موسم القطاف\n\nبدأ المزارعون قطاف الزيتون في القرى الجبلية هذا الأسبوع.\n' },
  { name: 'library.txt', title: 'المكتبة العامة تمدد ساعات العمل', text: 'المكتبة العامة تمدد ساعات العمل\n\nقالت إدارة المكتبة إنها ستفتح أبوابها حتى العاشرة مساء.\n' },
];

test('Esc from search and from the tag field returns to the list; J/K and Ctrl+Z work at once', async ({ openApp }) => {
  const { page } = await openApp();
  await expect(page.locator('.clip-row')).toHaveCount(1);
  await dropTexts(page, CLIPS);
  await expect(page.locator('.clip-pane .clip-row')).toHaveCount(3);
  const heading = page.getByRole('article').getByRole('heading', { level: 1 });
  const rows = page.locator('.clip-pane .clip-row');
  await rows.first().click();
  const firstTitle = (await heading.textContent())!;

  // "/" on an Arabic layout: the key types «ظ» but is the same physical key.
  await page.evaluate(() => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ظ', code: 'Slash', bubbles: true, cancelable: true })));
  const box = page.getByRole('searchbox');
  await expect(box).toBeFocused();
  await box.fill('المكتبة');
  await expect(page.locator('.hit-row')).not.toHaveCount(0);
  // The first Esc closes the suggestions if they are open; the next clears and leaves the box.
  await page.keyboard.press('Escape');
  if (await box.evaluate((el) => el === document.activeElement)) await page.keyboard.press('Escape');
  await expect(box).toHaveValue('');
  await expect(rows.first()).toBeFocused();
  await page.keyboard.press('j');
  await expect(heading).not.toHaveText(firstTitle);
  await expect(rows.nth(1)).toBeFocused();

  // T, a tag, Enter: Ctrl+Z from the (now empty) tag field undoes the tag.
  await page.keyboard.press('t');
  const tagField = page.locator('#clip-tags-input');
  await expect(tagField).toBeFocused();
  await tagField.fill('زراعة');
  await tagField.press('Enter');
  const chips = page.getByRole('article').locator('.tag-chips');
  await expect(chips).toContainText('زراعة');
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('article').locator('.tag-chips')).toHaveCount(0);

  // Again, then Esc: focus is back on the open clip's row; Ctrl+Z and K work from there.
  await tagField.fill('ثقافة');
  await tagField.press('Enter');
  await expect(chips).toContainText('ثقافة');
  await tagField.press('Escape');
  await expect(tagField).not.toBeFocused();
  await expect(rows.nth(1)).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('article').locator('.tag-chips')).toHaveCount(0);
  await page.keyboard.press('k');
  await expect(heading).toHaveText(firstTitle);
});
