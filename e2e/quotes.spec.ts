// Quotes in the reader, end to end on the seed piece: both direct quotes are highlighted with
// exactly the expected text, the Quotes panel names their speakers, a dismissal survives a
// reload, and a screenshot of the highlighted Arabic reader is saved to test-results/. A pasted
// speech over several paragraphs keeps its speaker; the Speakers view lists only people and
// organisations, and an unnamed source's quote under «غير منسوب»; the chosen speaker's text keeps
// WCAG AA contrast in both themes, hovered or not; the view works from the keyboard alone (arrow keys
// along the list). Counts read beside names at 1360 and 1920 px in ar, en and ru; a narrow pane
// stacks list and quotes; a new user's walk over one story in three languages (relays, a merge, a
// rename, an assignment that holds for every copy, the picker's order).
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { paintedContrast, ringContrast } from './support/contrast.js';
import { REPO_ROOT, SEED_TITLE } from './support/paths.js';

type Expected = { must_find: { kind: string; text: string; speaker: string }[] };
const EXPECTED = JSON.parse(readFileSync(join(REPO_ROOT, 'data', 'seed-expected-quotes.json'), 'utf8')) as Expected;
const DIRECT = EXPECTED.must_find.filter((q) => q.kind === 'direct');

const openSeed = async (page: Page) => {
  await page.getByRole('button', { name: SEED_TITLE }).click();
  await expect(page.getByRole('article').getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();
};

test('the seed piece shows its direct quotes highlighted, names their speakers, and keeps a dismissal', async ({ openApp }, testInfo) => {
  const { page } = await openApp();
  await openSeed(page);
  const article = page.getByRole('article');
  const marks = article.locator('mark.quote-direct');
  await expect(marks).toHaveCount(DIRECT.length);
  expect((await marks.allTextContents()).sort()).toEqual(DIRECT.map((q) => q.text).sort());
  for (const q of DIRECT) {
    await expect(article.locator('mark.quote-direct', { hasText: q.text })).toHaveAttribute('data-speaker', q.speaker);
  }
  // Each speaker has a tint of their own.
  const tints = await marks.evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundColor));
  expect(new Set(tints).size).toBe(DIRECT.length);
  // Reported speech is underlined, not tinted.
  await expect(article.locator('span.quote-indirect').first()).toBeVisible();

  // Focusing a quote shows who said it, how, and through whom.
  const shaibani = DIRECT.find((q) => q.speaker === 'أسعد الشيباني')!;
  await article.locator('mark.quote-direct', { hasText: shaibani.text }).focus();
  const popover = page.locator('.quote-popover');
  await expect(popover).toContainText('أسعد الشيباني');
  await expect(popover).toContainText('سانا');
  await expect(popover).toContainText('اقتباس مباشر');

  await page.getByRole('button', { name: 'الاقتباسات' }).click();
  const panel = page.getByRole('complementary', { name: 'من قال ماذا' });
  await expect(panel).toBeVisible();
  for (const q of DIRECT) {
    const entry = panel.locator('.quotes-entry', { hasText: q.text });
    await expect(entry.locator('.quotes-speaker')).toHaveText(q.speaker);
  }

  // A panel entry jumps to its highlight and focuses it.
  const lavrov = DIRECT.find((q) => q.speaker === 'سيرغي لافروف')!;
  await panel.locator('.quotes-entry', { hasText: lavrov.text }).locator('.quotes-jump').click();
  await expect(article.locator('mark.quote-direct', { hasText: lavrov.text })).toBeFocused();

  await page.setViewportSize({ width: 1440, height: 1400 });
  await article.locator('mark.quote-direct', { hasText: shaibani.text }).scrollIntoViewIfNeeded();
  await article.locator('mark.quote-direct', { hasText: shaibani.text }).focus();
  await page.evaluate(() => document.fonts.ready);
  const dir = join(REPO_ROOT, 'test-results', 'screenshots');
  await mkdir(dir, { recursive: true });
  const file = join(dir, `quotes-reader-${testInfo.project.name}.png`);
  await page.screenshot({ path: file });
  await testInfo.attach('seed piece with quotes highlighted', { path: file, contentType: 'image/png' });

  // Dismiss Lavrov's quote from the panel; it stays dismissed after a reload.
  await panel.locator('.quotes-entry', { hasText: lavrov.text }).getByRole('button', { name: 'استبعاد' }).click();
  await expect(panel.locator('.quotes-entry', { hasText: lavrov.text })).toHaveAttribute('data-state', 'dismissed');
  await expect(marks).toHaveCount(DIRECT.length - 1);
  await page.reload();
  await openSeed(page);
  await expect(page.getByRole('article').locator('mark.quote-direct')).toHaveCount(DIRECT.length - 1);
  await expect(page.getByRole('article').locator('mark.quote-direct')).toHaveText([shaibani.text]);
  const again = page.getByRole('complementary', { name: 'من قال ماذا' });
  if (!(await again.isVisible())) await page.getByRole('button', { name: 'الاقتباسات' }).click();
  await expect(again.locator('.quotes-entry', { hasText: lavrov.text })).toHaveAttribute('data-state', 'dismissed');
});

test('the Speakers view lists both speakers and opens a quote at its place in the clip', async ({ openApp }, testInfo) => {
  const { page } = await openApp();
  await page.getByRole('button', { name: 'المتحدثون' }).click();
  const view = page.getByRole('region', { name: 'المتحدثون في المكتبة' });
  await expect(view).toBeVisible();
  const lavrov = DIRECT.find((q) => q.speaker === 'سيرغي لافروف')!;
  for (const q of DIRECT) await expect(view.getByRole('button', { name: q.speaker })).toBeVisible();
  await view.getByRole('button', { name: lavrov.speaker }).click();
  const entry = view.locator('.speaker-quote', { hasText: lavrov.text });
  await expect(entry).toBeVisible();
  const file = join(REPO_ROOT, 'test-results', 'screenshots', `speakers-${testInfo.project.name}.png`);
  await mkdir(join(REPO_ROOT, 'test-results', 'screenshots'), { recursive: true });
  await page.screenshot({ path: file });
  await entry.getByRole('button').click();
  await expect(page.getByRole('article').locator('mark.quote-direct', { hasText: lavrov.text })).toBeFocused();
  // A relay is shown as a relay under the quote it carried.
  const shaibani = DIRECT.find((q) => q.speaker === 'أسعد الشيباني')!;
  await page.getByRole('button', { name: 'المتحدثون' }).click();
  await view.getByRole('button', { name: shaibani.speaker }).click();
  await expect(view.locator('.speaker-quote', { hasText: shaibani.text }).locator('.speaker-quote-via')).toHaveText('عبر سانا');
});

/** For each entry in the Speakers list, the drawn gap in px between its name's text and its count. */
const nameCountGaps = (view: Locator): Promise<number[]> =>
  view.locator('.speakers-side .facet').evaluateAll((els) =>
    els.map((el) => {
      const textBox = (e: Element) => {
        const range = document.createRange();
        range.selectNodeContents(e);
        return range.getBoundingClientRect(); // the glyphs, not the (possibly stretched) box
      };
      const n = textBox(el.querySelector('.facet-name')!);
      const c = el.querySelector('.facet-count')!.getBoundingClientRect();
      return Math.round(Math.max(c.left - n.right, n.left - c.right));
    }),
  );

test('each speaker\'s count reads with their name at 1360 and 1920 px, in Arabic, English and Russian', async ({ openApp }, testInfo) => {
  const { page } = await openApp();
  const ui = {
    ar: { open: 'المتحدثون', view: 'المتحدثون في المكتبة' },
    en: { open: 'Speakers', view: 'Speakers across the library' },
    ru: { open: 'Говорящие', view: 'Говорящие во всей библиотеке' },
  } as const;
  await mkdir(join(REPO_ROOT, 'test-results', 'screenshots'), { recursive: true });
  for (const lang of ['ar', 'en', 'ru'] as const) {
    await page.locator('#language-select').selectOption(lang);
    await page.getByRole('button', { name: ui[lang].open, exact: true }).click();
    const view = page.getByRole('region', { name: ui[lang].view });
    await view.getByRole('button', { name: 'سيرغي لافروف' }).click();
    for (const width of [1360, 1920]) {
      await page.setViewportSize({ width, height: 860 });
      const gaps = await nameCountGaps(view);
      expect(gaps.length).toBeGreaterThanOrEqual(4); // Unattributed, two people, the agency
      console.log(`${lang} at ${width}px: ${gaps.join(', ')} px between names and counts`);
      for (const gap of gaps) expect(gap, `${lang} at ${width}px: ${gaps.join(', ')} px between names and counts`).toBeLessThanOrEqual(12);
      // The view's heading, the chosen entry and the first of its quotes are all on screen.
      await expect(view.getByRole('heading', { name: ui[lang].view })).toBeInViewport();
      await expect(view.getByRole('button', { name: 'سيرغي لافروف' })).toBeInViewport();
      await expect(view.locator('.speaker-quote').first()).toBeInViewport();
      await page.screenshot({ path: join(REPO_ROOT, 'test-results', 'screenshots', `speakers-${lang}-${width}-${testInfo.project.name}.png`) });
    }
    await page.setViewportSize({ width: 1360, height: 860 });
  }
});

test('the chosen speaker stays readable, hovered or not, in the dark and the light theme', async ({ openApp }, testInfo) => {
  const { page } = await openApp();
  await page.getByRole('button', { name: 'المتحدثون' }).click();
  const view = page.getByRole('region', { name: 'المتحدثون في المكتبة' });
  for (const theme of ['dark', 'light'] as const) {
    let lowest = Infinity;
    let lowestRing = Infinity;
    await page.getByLabel('المظهر').selectOption(theme);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    for (const name of ['سيرغي لافروف', /غير منسوب/]) {
      const button = view.getByRole('button', { name });
      await button.click();
      await expect(button).toHaveAttribute('aria-pressed', 'true');
      await button.hover(); // the pointer rests on it, as after any click
      await expect.poll(() => button.evaluate((b) => b.matches(':hover'))).toBe(true);
      const hovered = await paintedContrast(button);
      await page.mouse.move(5, 5);
      const still = await paintedContrast(button);
      // Back on it from the keyboard: its focus ring shows on the pressed colour.
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      await expect(button).toBeFocused();
      const ring = await ringContrast(button);
      expect(ring, `${theme}: focus ring on the chosen entry ${ring.toFixed(2)}:1`).toBeGreaterThanOrEqual(3);
      lowestRing = Math.min(lowestRing, ring);
      for (const { text, ratio } of [...hovered, ...still]) {
        expect(ratio, `${theme}: «${text}» ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(4.5);
        lowest = Math.min(lowest, ratio);
      }
    }
    console.log(`${theme}: the chosen speaker's lowest text contrast ${lowest.toFixed(2)}:1, focus ring ${lowestRing.toFixed(2)}:1`);
    await view.getByRole('button', { name: 'سيرغي لافروف' }).click();
    await view.getByRole('button', { name: 'سيرغي لافروف' }).hover();
    await mkdir(join(REPO_ROOT, 'test-results', 'screenshots'), { recursive: true });
    await page.screenshot({ path: join(REPO_ROOT, 'test-results', 'screenshots', `speakers-chosen-${theme}-${testInfo.project.name}.png`) });
  }
});

// Written for this test: a minister's speech over three paragraphs (named once, at its start) and
// an unnamed official's remark.
const SPEECH_TITLE = 'وزير المياه يعرض خطة الطوارئ أمام البرلمان';
const SPEECH = [
  'نحن نواجه أسوأ موسم جفاف منذ عقود، والخزانات لم تمتلئ إلا إلى نصف طاقتها.',
  'لذلك قررت الحكومة تقنين توزيع المياه في المدن الكبرى ابتداء من الشهر المقبل، مع استثناء المستشفيات والمدارس.',
  'وأطلب من الجميع التعاون، فالمياه ليست ملك جيل واحد، ومن يهدرها اليوم يحرم أبناءه منها غدا',
];
const UNNAMED = 'الخطة قد تمدد حتى الربيع المقبل إذا استمر الجفاف';
const SPEECH_TEXT = `${SPEECH_TITLE}

عرض وزير المياه سليم حداد يوم الثلاثاء خطة الحكومة لمواجهة الجفاف، وقال في كلمته أمام النواب: «${SPEECH[0]}

«${SPEECH[1]}

«${SPEECH[2]}».

وقال مسؤول في الوزارة إن «${UNNAMED}».`;

/** Pastes an article through the Import menu and waits for the dialog to close. */
async function paste(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'استيراد', exact: true }).click();
  await page.getByRole('menuitem', { name: 'لصق مقال…' }).click();
  const dialog = page.getByRole('dialog', { name: 'لصق مقال' });
  await dialog.getByRole('textbox', { name: 'نص المقال' }).fill(text);
  await dialog.getByRole('button', { name: 'استيراد المقال' }).click();
  await expect(dialog).toBeHidden();
}

test('a speech over several paragraphs keeps its speaker; Speakers lists people only and an Unattributed group', async ({ openApp }, testInfo) => {
  const { page } = await openApp();
  await expect(page.getByRole('heading', { name: 'القصاصات' })).toBeVisible();
  await paste(page, SPEECH_TEXT);

  await page.getByRole('button', { name: SPEECH_TITLE, exact: true }).click();
  await page.getByRole('button', { name: 'الاقتباسات' }).click();
  const panel = page.getByRole('complementary', { name: 'من قال ماذا' });
  for (const paragraph of SPEECH) {
    const entry = panel.locator('.quotes-entry', { hasText: paragraph.slice(0, 30) });
    await expect(entry.locator('.quotes-speaker')).toHaveText('سليم حداد');
  }

  await page.getByRole('button', { name: 'المتحدثون' }).click();
  const view = page.getByRole('region', { name: 'المتحدثون في المكتبة' });
  await expect(view.locator('.speakers-list .facet-name').first()).toBeVisible();
  // Only people and organisations, listed apart: the seed's two speakers and the minister are
  // people; its agency, which reported the meeting in its own name, is an organisation.
  const names = await view.getByRole('list', { name: 'الأشخاص' }).locator('.facet-name').allTextContents();
  expect(names.sort()).toEqual(['أسعد الشيباني', 'سليم حداد', 'سيرغي لافروف'].sort());
  await expect(view.getByRole('list', { name: 'الجهات والوكالات' }).locator('.facet-name')).toHaveText(['سانا']);
  const group = view.getByRole('button', { name: /غير منسوب/ });
  await expect(group).toContainText('1');
  await group.click();
  await expect(view.locator('.speaker-quote', { hasText: UNNAMED })).toBeVisible();
  const file = join(REPO_ROOT, 'test-results', 'screenshots', `speakers-unattributed-${testInfo.project.name}.png`);
  await mkdir(join(REPO_ROOT, 'test-results', 'screenshots'), { recursive: true });
  await page.screenshot({ path: file });
  await testInfo.attach('Speakers view with the Unattributed group', { path: file, contentType: 'image/png' });
});

/** A facet's count as a number, whatever digits the locale writes it in. */
const count = async (facet: Locator): Promise<number> =>
  Number((await facet.locator('.facet-count').textContent())!.replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d))));

test('from the Speakers view the analyst renames a person, marks an entry not a speaker, and undoes both (Ctrl+Z too)', async ({ openApp }, testInfo) => {
  const { page } = await openApp();
  await page.getByRole('button', { name: 'المتحدثون' }).click();
  const view = page.getByRole('region', { name: 'المتحدثون في المكتبة' });
  const group = view.getByRole('button', { name: /غير منسوب/ });
  await expect(group).toBeVisible();
  const before = await count(group);

  await view.getByRole('button', { name: 'سيرغي لافروف' }).click();
  await view.getByRole('textbox', { name: 'الاسم المعروض' }).fill('سيرغي فيكتوروفيتش لافروف');
  await view.getByRole('button', { name: 'إعادة التسمية' }).click();
  await expect(view.getByRole('heading', { name: 'أقوال سيرغي فيكتوروفيتش لافروف' })).toBeVisible();
  await expect(view.locator('.speakers-list .facet-name', { hasText: 'سيرغي فيكتوروفيتش لافروف' })).toBeVisible();
  await expect(view.locator('.speaker-aliases')).toContainText('سيرغي لافروف');
  await mkdir(join(REPO_ROOT, 'test-results', 'screenshots'), { recursive: true });
  await page.screenshot({ path: join(REPO_ROOT, 'test-results', 'screenshots', `speakers-actions-${testInfo.project.name}.png`) });

  const agency = view.locator('.speakers-list .facet', { has: page.locator('.facet-name', { hasText: /^سانا$/ }) });
  const quotes = await count(agency);
  await agency.click();
  await view.getByRole('button', { name: 'ليس متحدثًا' }).click();
  await expect(view.getByRole('heading', { name: /اقتباسات لم يُعرف قائلها/ })).toBeVisible();
  await expect(view.locator('.speakers-list .facet-name', { hasText: 'سانا' })).toHaveCount(0);
  await expect.poll(() => count(group)).toBe(before + quotes);
  await page.screenshot({ path: join(REPO_ROOT, 'test-results', 'screenshots', `speakers-edit-${testInfo.project.name}.png`) });
  // Each edit is taken back, newest first: with Ctrl+Z (the app's one history), then the view's button.
  await page.keyboard.press('Control+z');
  await expect(agency).toBeVisible();
  await expect.poll(() => count(group)).toBe(before);
  await view.getByRole('button', { name: 'تراجع عن آخر تعديل' }).click();
  await expect(view.locator('.speakers-list .facet-name', { hasText: /^سيرغي لافروف$/ })).toBeVisible();
  await expect(view.getByRole('button', { name: 'تراجع عن آخر تعديل' })).toBeHidden();
});

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would; fails past `max`. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 25): Promise<void> {
  for (let i = 0; i < max && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press(key);
  await expect(target).toBeFocused();
}
/** The focused control shows its keyboard focus ring, at WCAG's 3:1 against what lies beside it. */
async function expectRing(target: Locator): Promise<void> {
  expect(await target.evaluate((el) => el.matches(':focus-visible'))).toBe(true);
  expect(await ringContrast(target)).toBeGreaterThanOrEqual(3);
}

test('keyboard only: the Unattributed group, a person, "not a speaker", its undo and closing keep a visible focus', async ({ openApp }, testInfo) => {
  const { page } = await openApp();
  await page.getByRole('button', { name: 'المتحدثون' }).focus();
  await page.keyboard.press('Enter');
  const view = page.getByRole('region', { name: 'المتحدثون في المكتبة' });
  const group = view.getByRole('button', { name: /غير منسوب/ });
  await tabTo(page, group);
  await expectRing(group);
  await page.keyboard.press('Enter');
  await expect(group).toHaveAttribute('aria-pressed', 'true');
  await expect(view.getByRole('heading', { name: /اقتباسات لم يُعرف قائلها/ })).toBeVisible();
  const before = await count(group);
  // An empty group says so; otherwise it lists its quotes.
  if (before === 0) await expect(view.getByRole('status')).toHaveText('لا شيء: لكل اقتباس في المكتبة قائل.');
  else await expect(view.locator('.speaker-quote')).toHaveCount(before);

  const agency = view.locator('.speakers-list .facet', { has: page.locator('.facet-name', { hasText: /^سانا$/ }) });
  // Up and Down move along the list, Home and End to its ends, as in any desktop list.
  await expect(group).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(view.getByRole('button', { name: 'سيرغي لافروف' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(agency).toBeFocused();
  await page.keyboard.press('Home');
  await expect(group).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.press('Space');
  await expect(agency).toHaveAttribute('aria-pressed', 'true');
  const not = view.getByRole('button', { name: 'ليس متحدثًا' });
  await tabTo(page, not);
  await expectRing(not);
  await page.keyboard.press('Enter');
  // The entry and its actions are gone: focus moves to the group now shown, not to the page.
  await expect(agency).toHaveCount(0);
  await expect(group).toBeFocused();
  await expectRing(group);
  await expect.poll(() => count(group)).toBeGreaterThan(before);
  await mkdir(join(REPO_ROOT, 'test-results', 'screenshots'), { recursive: true });
  await page.screenshot({ path: join(REPO_ROOT, 'test-results', 'screenshots', `speakers-keyboard-${testInfo.project.name}.png`) });
  await tabTo(page, view.locator('.speaker-quote .quotes-jump').first());

  const undoButton = view.getByRole('button', { name: 'تراجع عن آخر تعديل' });
  await tabTo(page, undoButton, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(agency).toBeVisible();
  await expect(undoButton).toBeHidden();
  await expect(group).toBeFocused();
  await expectRing(group);

  // Closing the view hands focus back to the sidebar entry that opened it.
  await tabTo(page, view.getByRole('button', { name: 'إغلاق قائمة المتحدثين' }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(view).toBeHidden();
  const opener = page.getByRole('button', { name: 'المتحدثون' });
  await expect(opener).toBeFocused();
  await expectRing(opener);
});

test('keyboard only: the Quotes panel\'s close button hands focus back to the Quotes button', async ({ openApp }) => {
  const { page } = await openApp();
  await openSeed(page);
  const toggle = page.getByRole('button', { name: 'الاقتباسات', exact: true });
  const panel = page.getByRole('complementary', { name: 'من قال ماذا' });
  await tabTo(page, toggle);
  await page.keyboard.press('Enter');
  await expect(panel).toBeVisible();
  await tabTo(page, panel.getByRole('button', { name: 'إغلاق لوحة الاقتباسات' }));
  await page.keyboard.press('Enter');
  await expect(panel).toBeHidden();
  await expect(toggle).toBeFocused();
  await expectRing(toggle);
});

test('the speaker picker offers the clip\'s people and re-attributes all of one speaker\'s quotes in the clip', async ({ openApp }, testInfo) => {
  const { page } = await openApp();
  await openSeed(page);
  await page.getByRole('button', { name: 'الاقتباسات' }).click();
  const panel = page.getByRole('complementary', { name: 'من قال ماذا' });
  const lavrov = DIRECT.find((q) => q.speaker === 'سيرغي لافروف')!;
  const his = panel.locator('.quotes-entry', { has: page.locator('.quotes-speaker', { hasText: /^سيرغي لافروف$/ }) });
  await expect(his.first()).toBeVisible();
  const n = await his.count();
  expect(n).toBeGreaterThan(1);
  const entry = panel.locator('.quotes-entry', { hasText: lavrov.text });
  await entry.getByRole('button', { name: 'تصحيح القائل' }).click();
  const field = entry.getByRole('combobox', { name: 'اسم القائل' });
  const options = entry.locator('datalist option');
  await expect(options.first()).toBeAttached();
  expect(await options.evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value))).toEqual(expect.arrayContaining(['سيرغي لافروف', 'أسعد الشيباني']));
  await field.fill('ميخائيل بوغدانوف');
  await entry.getByRole('checkbox').check();
  await mkdir(join(REPO_ROOT, 'test-results', 'screenshots'), { recursive: true });
  await page.screenshot({ path: join(REPO_ROOT, 'test-results', 'screenshots', `quotes-reattribute-${testInfo.project.name}.png`) });
  await entry.getByRole('button', { name: 'حفظ' }).click();
  await expect(panel.locator('.quotes-speaker', { hasText: /^ميخائيل بوغدانوف$/ })).toHaveCount(n);
  await expect(his).toHaveCount(0);
  await page.reload();
  await openSeed(page);
  const again = page.getByRole('complementary', { name: 'من قال ماذا' });
  if (!(await again.isVisible())) await page.getByRole('button', { name: 'الاقتباسات' }).click();
  await expect(again.locator('.quotes-speaker', { hasText: /^ميخائيل بوغدانوف$/ })).toHaveCount(n);
});

test('on a narrow window the Speakers list sits above the chosen person\'s quotes, which take the full width', async ({ openApp }, testInfo) => {
  const { page } = await openApp();
  await page.setViewportSize({ width: 1024, height: 760 });
  await page.getByRole('button', { name: 'المتحدثون', exact: true }).click();
  const view = page.getByRole('region', { name: 'المتحدثون في المكتبة' });
  await view.getByRole('button', { name: 'سيرغي لافروف' }).click();
  const quotes = view.locator('.speaker-quotes');
  await expect(quotes.locator('.speaker-quote').first()).toBeInViewport();
  const [side, column, whole] = await Promise.all([view.locator('.speakers-side').boundingBox(), quotes.boundingBox(), view.boundingBox()]);
  expect(column!.y, 'the quotes come below the list').toBeGreaterThanOrEqual(side!.y + side!.height - 1);
  expect(column!.width, `quotes ${column!.width}px wide in a ${whole!.width}px view`).toBeGreaterThan(whole!.width * 0.8);
  await mkdir(join(REPO_ROOT, 'test-results', 'screenshots'), { recursive: true });
  await page.screenshot({ path: join(REPO_ROOT, 'test-results', 'screenshots', `speakers-narrow-${testInfo.project.name}.png`) });
});

// Written for this test: one story told in Arabic (captured twice, from two outlets), English and
// Russian; agencies relay two of its quotes, an unnamed diplomat speaks in another; and a short
// Arabic piece where the Kremlin's spokesman is named only by his office.
const TALKS_CLOSE = 'وتشهد العلاقات بين البلدين توترا متصاعدا منذ أشهر بسبب الخلاف على إدارة المعابر الحدودية وتقاسم المياه في المنطقة الشمالية.';
const TALKS_AR = (tail: string) => `لافروف يبحث مع نظيره التركي ملف الحدود الشمالية

بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره التركي هاكان فيدان، يوم الخميس، ملف الحدود الشمالية في لقاء مطول بأنقرة.

وقال لافروف في مؤتمر صحفي مشترك: «نريد حلاً يحفظ مصالح الجميع ويمنع أي تصعيد جديد».

ونقلت وكالة الأناضول عن فيدان قوله إن «أنقرة لن تقبل بأي تهديد لأمنها القومي مهما كان مصدره».

وقال مصدر دبلوماسي إن «جولة جديدة من المحادثات ستعقد في موسكو الشهر المقبل».

${TALKS_CLOSE}${tail}`;
const TALKS_EN = `Lavrov and Fidan discuss the northern border in Ankara

Russian Foreign Minister Sergei Lavrov met his Turkish counterpart Hakan Fidan in Ankara on Thursday for talks on the northern border.

"We want a solution that protects everyone's interests and prevents any new escalation," Lavrov told reporters after the meeting.

"Ankara will not accept any threat to its national security," Fidan said, according to Reuters.

"The president has no plans to visit Ankara soon," Kremlin spokesman Dmitry Peskov told reporters.

A senior diplomat said "another round of talks will be held in Moscow next month".`;
const TALKS_RU = `Лавров и Фидан обсудили северную границу

Министр иностранных дел России Сергей Лавров в четверг встретился в Анкаре с главой МИД Турции Хаканом Фиданом.

«Мы хотим решения, которое защитит интересы всех сторон и не допустит новой эскалации», — сказал Лавров журналистам.`;
const KREMLIN_AR = `الكرملين يستبعد زيارة قريبة لأنقرة

قال المتحدث باسم الكرملين للصحفيين إن «الرئيس لا يخطط لزيارة أنقرة قريبا».`;
const UNNAMED_AR = 'جولة جديدة من المحادثات ستعقد في موسكو الشهر المقبل';

test('a new user\'s walk: one story in three languages, relays, a merge, a rename and an assignment that holds for every copy', async ({ openApp }, testInfo) => {
  const { page } = await openApp();
  const shot = (name: string) => page.screenshot({ path: join(REPO_ROOT, 'test-results', 'screenshots', `speakers-walk-${name}-${testInfo.project.name}.png`) });
  await mkdir(join(REPO_ROOT, 'test-results', 'screenshots'), { recursive: true });
  const openView = async () => {
    await page.getByRole('button', { name: 'المتحدثون', exact: true }).click();
    const v = page.getByRole('region', { name: 'المتحدثون في المكتبة' });
    await expect(v.getByRole('button', { name: /غير منسوب/ })).toBeVisible();
    return v;
  };
  let view = await openView();
  const entry = (name: string) => view.locator('.speakers-side .facet', { has: page.locator('.facet-name', { hasText: new RegExp(`^${name}$`) }) });
  const group = view.getByRole('button', { name: /غير منسوب/ });
  const lavrov0 = await count(entry('سيرغي لافروف'));
  const unattributed0 = await count(group);

  for (const text of [TALKS_AR(''), TALKS_AR(' ويخشى سكان القرى الحدودية من موجة نزوح جديدة.'), TALKS_EN, TALKS_RU, KREMLIN_AR]) await paste(page, text);
  view = await openView();
  // Two captures of the Arabic story count once: the Arabic, English and Russian pieces add three.
  await expect.poll(() => count(entry('سيرغي لافروف'))).toBe(lavrov0 + 3);
  await expect.poll(() => count(group)).toBe(unattributed0 + 2);
  // The agencies that relayed words are never listed; the people they quoted are, once across scripts.
  const listed = await view.locator('.speakers-side .facet-name').allTextContents();
  for (const relay of ['الأناضول', 'Reuters', 'رويترز']) expect(listed, listed.join(' | ')).not.toContain(relay);
  await entry('هاكان فيدان').click();
  await expect(view.locator('.speaker-aliases')).toContainText('Hakan Fidan');
  await expect(view.locator('.speaker-quote', { hasText: 'أنقرة لن تقبل' }).locator('.speaker-quote-via')).toHaveText('عبر الأناضول');
  const viaReuters = view.locator('.speaker-quote', { hasText: 'Ankara will not accept' }).locator('.speaker-quote-via');
  await expect(viaReuters).toHaveText('عبر Reuters');
  await expect(viaReuters).toHaveAttribute('dir', 'rtl'); // worded and read as the window's Arabic
  // Each quote reads in its clip's direction, even in the Arabic window.
  await entry('سيرغي لافروف').click();
  await expect(view.locator('.speaker-quote[lang="ru"]')).toHaveAttribute('dir', 'ltr');
  await expect(view.locator('.speaker-quote[lang="en"]')).toHaveAttribute('dir', 'ltr');
  await shot('lavrov');

  // The analyst knows who the Kremlin's spokesman is: the office merges into the person, who is renamed.
  await entry('المتحدث باسم الكرملين').click();
  await view.getByRole('combobox', { name: 'دمج في' }).selectOption({ label: 'Dmitry Peskov' });
  await view.getByRole('button', { name: 'دمج', exact: true }).click();
  await expect(view.getByRole('heading', { name: 'أقوال Dmitry Peskov' })).toBeVisible();
  await expect(view.locator('.speaker-aliases')).toContainText('المتحدث باسم الكرملين');
  await expect(entry('المتحدث باسم الكرملين')).toHaveCount(0);
  await expect.poll(() => count(entry('Dmitry Peskov'))).toBe(2);
  await view.getByRole('textbox', { name: 'الاسم المعروض' }).fill('دميتري بيسكوف');
  await view.getByRole('button', { name: 'إعادة التسمية' }).click();
  await expect(view.getByRole('heading', { name: 'أقوال دميتري بيسكوف' })).toBeVisible();
  await expect(view.locator('.speaker-aliases')).toContainText('Dmitry Peskov');
  await shot('merged');

  // An unattributed quote opens in its clip, where the speaker is assigned from the picker.
  await group.click();
  await view.locator('.speaker-quote', { hasText: UNNAMED_AR }).getByRole('button').click();
  const panel = page.getByRole('complementary', { name: 'من قال ماذا' });
  const quote = panel.locator('.quotes-entry', { hasText: UNNAMED_AR });
  await quote.getByRole('button', { name: 'تحديد القائل' }).click();
  const options = quote.locator('datalist option');
  // The clip's own speakers are offered at once, the library's people when their list arrives.
  await expect.poll(() => options.evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value))).toEqual(expect.arrayContaining(['هاكان فيدان', 'دميتري بيسكوف']));
  await quote.getByRole('combobox', { name: 'اسم القائل' }).fill('دميتري بيسكوف');
  await shot('assign');
  await quote.getByRole('button', { name: 'حفظ' }).click();
  await expect(quote.locator('.quotes-speaker')).toHaveText('دميتري بيسكوف');
  // Back in Speakers the words have left Unattributed for both captures, and count once for him.
  view = await openView();
  await expect.poll(() => count(group)).toBe(unattributed0 + 1);
  await expect.poll(() => count(entry('دميتري بيسكوف'))).toBe(3);
  await group.click();
  await expect(view.locator('.speaker-quote', { hasText: UNNAMED_AR })).toHaveCount(0);
  await shot('after');

  // In the Russian piece the picker offers, after its own speaker, the people it names (Хаканом
  // Фиданом is هاكان فيدان) before the library's others.
  const ruTitle = 'Лавров и Фидан обсудили северную границу';
  await page.getByRole('button', { name: ruTitle }).click();
  await expect(page.getByRole('article').getByRole('heading', { level: 1, name: ruTitle })).toBeVisible();
  const ru = page.getByRole('complementary', { name: 'من قال ماذا' });
  if (!(await ru.isVisible())) await page.getByRole('button', { name: 'الاقتباسات', exact: true }).click();
  const his = ru.locator('.quotes-entry', { hasText: 'Мы хотим решения' });
  await his.getByRole('button', { name: 'تصحيح القائل' }).click();
  const offered = his.locator('datalist option');
  await expect(offered.nth(2)).toBeAttached();
  const order = await offered.evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value));
  expect(order[0]).toBe('Сергей Лавров');
  expect(order.indexOf('هاكان فيدان'), order.join(' | ')).toBeLessThan(order.indexOf('أسعد الشيباني'));
});
