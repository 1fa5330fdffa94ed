// Prints a report's HTML to PDF with Electron's own engine (webContents.printToPDF) in a hidden
// window: sandboxed, JavaScript off, its own in-memory session that denies every permission and
// cancels every request except the one temp file it loads (REFERENCE.md §10). Injected into the
// backend as its PDF printer; the page is removed as soon as the PDF is made.
import { BrowserWindow, session } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppFailure } from '../../common/result.js';
import type { PdfPrinter } from '../backend/export/chromium.js';

// One partition for all report printing, never written to disk (no "persist:" prefix).
const PARTITION = 'marsad-report-print';

export function createPdfPrinter(): PdfPrinter {
  return async (html, signal) => {
    const dir = await mkdtemp(join(tmpdir(), 'marsad-print-'));
    const file = join(dir, 'report.html');
    await writeFile(file, html);
    const page = pathToFileURL(file).href;
    const ses = session.fromPartition(PARTITION);
    ses.setPermissionRequestHandler((_c, _p, cb) => cb(false));
    ses.setPermissionCheckHandler(() => false);
    ses.setSpellCheckerEnabled(false);
    ses.webRequest.onBeforeRequest((d, cb) => cb({ cancel: !(d.url === page || d.url.startsWith('data:')) }));
    const win = new BrowserWindow({
      show: false,
      webPreferences: { sandbox: true, javascript: false, contextIsolation: true, nodeIntegration: false, session: ses, spellcheck: false, webgl: false },
    });
    const onAbort = () => win.destroy();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      await win.loadURL(page);
      const pdf = await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true, generateTaggedPDF: true });
      return new Uint8Array(pdf);
    } catch (e) {
      if (signal?.aborted) throw new AppFailure({ code: 'invalid-input', message: 'The export was cancelled; no file was written.' });
      throw new AppFailure({ code: 'internal', message: `Printing the report to PDF failed (${e instanceof Error ? e.message : String(e)}).` });
    } finally {
      signal?.removeEventListener('abort', onAbort);
      if (!win.isDestroyed()) win.destroy();
      await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    }
  };
}
