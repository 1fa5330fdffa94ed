// The File menu's commands as the window carries them out, whoever asked: the desktop menu (its
// messages), or the same shortcuts pressed in the browser shell (KeyboardShortcuts). DOM work
// is only opening the hidden pickers, which must happen inside the key press.
import type { MenuMessage } from '../../common/ipc/menu-commands.js';
import { openFind } from '../models/find.js';
import { importPaths } from '../models/import-job.js';
import { openPaste } from '../models/paste-dialog.js';
import { openClipId } from '../models/reader.js';
import { openReport } from '../models/report.js';
import { pickFiles, pickFolder } from './FilePickers.js';

export function runCommand({ command, paths }: MenuMessage): void {
  switch (command) {
    case 'import-paths':
      return void importPaths(paths);
    case 'import-files':
      return pickFiles();
    case 'import-folder':
      return pickFolder();
    case 'paste-article':
      return openPaste();
    case 'new-report':
      return openReport();
    case 'find-in-article':
      // Nothing to find in without an open article (the bar would appear later, unasked).
      return openClipId.value ? openFind() : undefined;
  }
}
