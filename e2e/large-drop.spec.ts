// A drop bigger than the browser shell's 8 MiB RPC body: the page's bridge sends the files ahead
// on POST /upload and the importer receives them whole, so what the user sees is the importer's
// own verdict per file — not a transport error. (A 7.3 MB file of binary bytes is refused by the
// importer at once, which keeps this test quick; uploads.test.ts imports a large text.)
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures.js';
import { REPO_ROOT } from './support/paths.js';

const ENGLISH = { file: 'english-utf16le-bom.txt', title: 'Island ferries add early winter crossings' };

test('a 7 MB file dropped with a small one reaches the importer whole', async ({ openApp, marsadHost }) => {
  test.skip(marsadHost !== 'shell', 'the desktop app imports dropped files by path, not by bytes');
  const { page } = await openApp({ systemLocale: 'en_US' });
  await expect(page.getByRole('heading', { name: 'Clips' })).toBeVisible();
  const small = (await readFile(join(REPO_ROOT, 'data', 'fixtures', 'import', ENGLISH.file))).toString('base64');
  await page.evaluate(
    ({ name, base64 }) => {
      const big = new Uint8Array(7_300_000);
      for (let i = 0; i < big.length; i++) big[i] = (i * 7) % 256;
      const data = new DataTransfer();
      data.items.add(new File([big], 'instrument-dump.txt'));
      data.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name));
      const target = document.querySelector('.clip-pane') ?? document.body;
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
      }
    },
    { name: ENGLISH.file, base64: small },
  );
  const panel = page.getByRole('region', { name: 'Import result' });
  await expect(panel).toContainText('Imported 1 clip; 1 file could not be read.', { timeout: 30_000 });
  await panel.getByText('Details').click();
  await expect(panel.locator('.import-error')).toHaveText([/instrument-dump\.txt/]);
  await expect(page.getByRole('button', { name: ENGLISH.title, exact: true })).toBeVisible();
});
