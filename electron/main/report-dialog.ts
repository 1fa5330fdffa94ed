// The desktop app's answer to chooseReportPath: the native save dialog with a default name
// (date and title) and a filter for the format. The dialog itself asks before replacing a file,
// so the renderer then exports with overwrite allowed. Electron glue only.
import { dialog, type BrowserWindow } from 'electron';
import type { Handlers } from '../../common/ipc/contract.js';
import { ok } from '../../common/result.js';

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  pdf: { name: 'PDF', extensions: ['pdf'] },
  docx: { name: 'Word', extensions: ['docx'] },
  html: { name: 'HTML', extensions: ['html', 'htm'] },
  md: { name: 'Markdown', extensions: ['md'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  'quotes-csv': { name: 'CSV', extensions: ['csv'] },
  json: { name: 'JSON', extensions: ['json'] },
};

export function withReportDialog(handlers: Handlers, window: () => BrowserWindow | null): Handlers {
  return {
    ...handlers,
    chooseReportPath: async ({ defaultName, format }) => {
      const win = window();
      const options = { defaultPath: defaultName, filters: [FILTERS[format]!], properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const] };
      const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return ok({ supported: true, path: r.canceled || !r.filePath ? null : r.filePath });
    },
  };
}
