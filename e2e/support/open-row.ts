// Opens a clip from the list the way a keyboard user does: focus its row and press Enter. Right
// after a reload the charts above the list appear a moment after the rows and push them down, so a
// pointer click aimed at a row can land on a chart instead. Test-side only; never imported by the app.
import type { Page } from '@playwright/test';

export async function openRow(page: Page, title: string, exact = true): Promise<void> {
  await page.getByRole('button', { name: title, exact }).press('Enter');
}
