// Opens the library for the desktop app. If it cannot (another writer holds the lock, the disk
// refuses), the user gets one native dialog with the backend's one-sentence reason and null.
import { app, dialog } from 'electron';
import { AppFailure } from '../../common/result.js';
import { openBackend } from '../backend/index.js';
import type { Backend } from '../backend/types.js';
import type { PdfPrinter } from '../backend/export/chromium.js';
import { MENU_LABELS, fill, uiLocale } from './menu-labels.js';

export async function openLibrary(dataDir: string, seedFile: string, pdfPrinter?: PdfPrinter): Promise<Backend | null> {
  try {
    return await openBackend({
      dataDir,
      holder: 'app',
      host: 'electron',
      systemLocale: app.getLocale(),
      version: app.getVersion(),
      seedFile,
      pdfPrinter,
    });
  } catch (e) {
    // Settings live in the library we could not open, so the OS locale picks the language.
    const t = MENU_LABELS[uiLocale('system', app.getLocale())];
    const reason = e instanceof AppFailure ? e.appError.message : `Something went wrong: ${String(e)}`;
    const code = e instanceof AppFailure ? e.appError.code : 'internal';
    console.error(`[marsad] cannot open the library (${code}): ${reason}`);
    dialog.showErrorBox(t.openFailedTitle, `${reason}\n\n${fill(t.openFailedDetail, { dir: dataDir })}`);
    return null;
  }
}
