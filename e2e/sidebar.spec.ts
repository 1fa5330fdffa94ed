// The sidebar: helpful empty states on a fresh library, and tags and sources (given to the seed
// clip through the app's own bridge) listed with counts and filtering the clip list.
import type { Contract } from '../common/ipc/contract.js';
import { expect, test } from './fixtures.js';
import { SEED_TITLE } from './support/paths.js';

test('a fresh library explains its empty sidebar sections in Arabic', async ({ openApp }) => {
  const { page } = await openApp({ systemLocale: 'ar_EG' });
  const nav = page.getByRole('navigation', { name: 'المكتبة' });
  await expect(nav.getByRole('heading', { name: 'الوسوم' })).toBeVisible();
  await expect(nav.getByText('لا وسوم بعد.', { exact: false })).toBeVisible();
  await expect(nav.getByText('لا عمليات بحث محفوظة بعد.', { exact: false })).toBeVisible();
  await expect(nav.getByText('لا مصادر بعد.', { exact: false })).toBeVisible();
  await expect(nav.getByRole('button', { name: 'كل القصاصات' })).toHaveAttribute('aria-pressed', 'true');
});

test('tags and sources list with counts and filter the clips', async ({ openApp }) => {
  const { page } = await openApp({ systemLocale: 'en_US' });
  await expect(page.getByRole('button', { name: SEED_TITLE })).toBeVisible();
  // Give the seed clip tags and a source through the same bridge the UI uses.
  const saved = await page.evaluate(async () => {
    const api = (window as unknown as { marsad: Contract }).marsad;
    const list = await api.listClips({});
    if (!list.ok) return list;
    const id = list.value.items[0]!.id;
    const tagged = await api.setClipTags({ id, tags: ['Syria', 'Лавров'] });
    return tagged.ok ? api.updateClip({ id, patch: { source: 'SANA' } }) : tagged;
  });
  expect(saved.ok).toBe(true);
  await page.reload();

  const nav = page.getByRole('navigation', { name: 'Library' });
  const tag = nav.getByRole('button', { name: 'Лавров', exact: true });
  await expect(tag).toHaveAttribute('title', '1 clip');
  await expect(nav.getByRole('button', { name: 'SANA', exact: true })).toBeVisible();

  await tag.click();
  await expect(tag).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('Showing: Лавров')).toBeVisible();
  const row = page.getByRole('button', { name: SEED_TITLE });
  await expect(row).toBeVisible();
  await expect(row.getByText('SANA')).toBeVisible();

  await page.getByRole('button', { name: 'Show all clips' }).click();
  await expect(nav.getByRole('button', { name: 'All clips' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('Showing:')).toHaveCount(0);
});
