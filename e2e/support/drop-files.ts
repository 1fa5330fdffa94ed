// Drops fixture files on the window the way a file manager would (dragenter, dragover, drop with
// a DataTransfer built in the page from the files' bytes). For specs that need clips to work on.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { REPO_ROOT } from './paths.js';

export const IMPORT_FIXTURES = join(REPO_ROOT, 'data', 'fixtures', 'import');

export async function dropFiles(page: Page, names: string[], dir = IMPORT_FIXTURES): Promise<void> {
  const files = await Promise.all(names.map(async (name) => ({ name, base64: (await readFile(join(dir, name))).toString('base64') })));
  await dropBytes(page, files);
}

/** Files written by the test itself (UTF-8 text), dropped the same way. */
export function dropTexts(page: Page, files: { name: string; text: string }[]): Promise<void> {
  return dropBytes(page, files.map(({ name, text }) => ({ name, base64: Buffer.from(text, 'utf8').toString('base64') })));
}

async function dropBytes(page: Page, files: { name: string; base64: string }[]): Promise<void> {
  await page.evaluate((list) => {
    const data = new DataTransfer();
    for (const { name, base64 } of list) {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      data.items.add(new File([bytes], name));
    }
    const target = document.querySelector('.clip-pane') ?? document.body;
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
    }
  }, files);
}
