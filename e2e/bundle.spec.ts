// Importing a bundle through the window (issue 15): a .marsad dropped on it opens the review
// screen; merged, its clip shows where it came from; a later bundle whose note conflicts with
// ours is resolved on the review screen (take theirs) and accepted. Screenshots to test-results/.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { shot } from './support/screenshot.js';
import { REPO_ROOT } from './support/paths.js';

/** Another analyst's library exports a bundle whose clip carries `note`; answers the clip's id. */
function otherAnalystExports(dir: string, out: string, note: string): string {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/backend/bundle/bundle-source.fixture.ts', dir, out, note], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim();
}

async function dropBundle(page: Page, path: string): Promise<void> {
  const base64 = (await readFile(path)).toString('base64');
  await page.evaluate((b64) => {
    const data = new DataTransfer();
    data.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], 'team.marsad'));
    const target = document.querySelector('.clip-pane') ?? document.body;
    for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
  }, base64);
}

type Bridge = { setClipNote(i: { id: string; note: string }): Promise<{ ok: boolean }>; getClip(i: { id: string }): Promise<{ ok: true; value: { note: string; noteConflicts: unknown[] } }> };

test('a bundle dropped on the window is reviewed, its note conflict resolved, and merged', async ({ openApp }, testInfo) => {
  const tmp = await mkdtemp(join(tmpdir(), 'marsad-e2e-bundle-'));
  const other = join(tmp, 'other');
  const id = otherAnalystExports(other, join(tmp, 'first.marsad'), 'Check the reopening date.');
  const { page } = await openApp();
  await expect(page.getByRole('heading', { name: 'القصاصات' })).toBeVisible();
  // This library's analyst name, kept in its settings.
  await page.getByLabel('المحلل').fill('Rana');
  await page.getByLabel('المحلل').press('Enter');
  await expect.poll(() => page.evaluate(async () => ((await (window as unknown as { marsad: { getSettings(): Promise<{ ok: true; value: { analyst: string } }> } }).marsad.getSettings()).value.analyst))).toBe('Rana');

  // The first bundle: one new clip, the seed piece already here by its text.
  await dropBundle(page, join(tmp, 'first.marsad'));
  const dialog = page.getByRole('dialog', { name: 'دمج حزمة' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('قصاصة جديدة واحدة')).toBeVisible();
  await expect(dialog.getByText('قصاصة واحدة موجودة')).toBeVisible();
  await expect(dialog.getByText(/^من Omar/)).toBeVisible();
  await shot(page, testInfo, 'bundle-review-ar', { perProject: true });
  await dialog.getByRole('button', { name: 'دمج', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'دُمجت الحزمة' })).toBeVisible();
  await page.getByRole('button', { name: 'إغلاق' }).click();

  // The reader says where the clip came from.
  await page.getByRole('button', { name: 'Bridge repairs', exact: true }).click();
  await expect(page.locator('.meta-provenance')).toContainText('من حزمة Omar');

  // Both analysts now change the note: ours here, theirs in a second bundle.
  await page.evaluate((clipId) => (window as unknown as { marsad: Bridge }).marsad.setClipNote({ id: clipId, note: 'Our note: the office confirmed Monday.' }), id);
  otherAnalystExports(other, join(tmp, 'second.marsad'), 'Their note: the works run to June.');
  await dropBundle(page, join(tmp, 'second.marsad'));
  await expect(dialog).toBeVisible();
  const conflict = dialog.getByRole('group', { name: 'عدّل الطرفان الملاحظة على «Bridge repairs»' });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByText('Our note: the office confirmed Monday.')).toBeVisible();
  await expect(conflict.getByText('Their note: the works run to June.')).toBeVisible();
  await expect(conflict.getByRole('radio', { name: /احتفظ بالاثنتين/ })).toBeChecked();
  await conflict.getByRole('radio', { name: 'خذ ملاحظتهم' }).check();
  await shot(page, testInfo, 'bundle-conflict-ar', { perProject: true });
  await dialog.getByRole('button', { name: 'دمج', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'دُمجت الحزمة' })).toBeVisible();
  await page.getByRole('button', { name: 'إغلاق' }).click();

  const after = await page.evaluate((clipId) => (window as unknown as { marsad: Bridge }).marsad.getClip({ id: clipId }), id);
  expect(after.value.note).toBe('Their note: the works run to June.');
  expect(after.value.noteConflicts).toEqual([]);
});
