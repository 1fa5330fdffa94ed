// The window's two hidden pickers: files, and a whole folder (a directory picker whose files keep
// their folder/name paths), opened by the Import menu, Ctrl+O / Ctrl+Shift+O in the browser
// shell and the desktop File menu. Hands what was picked to the import model only.
import { importFiles } from '../models/import-job.js';
import { t } from '../i18n/t.js';

// What the importers read (issue 3); anything else would only come back as an error sentence.
const ACCEPT = '.txt,.md,.html,.htm,.pdf,.docx';
const FILES_ID = 'pick-files';
const FOLDER_ID = 'pick-folder';

/** Opens the picker; must run inside a user gesture (a click or a key press). */
export const pickFiles = (): void => document.getElementById(FILES_ID)?.click();
export const pickFolder = (): void => document.getElementById(FOLDER_ID)?.click();

function picked(input: HTMLInputElement): void {
  // A folder's files carry their path below the chosen folder; reports and refusals name it.
  const files = [...(input.files ?? [])].map((file) => ({ file, name: file.webkitRelativePath || file.name }));
  input.value = '';
  void importFiles(files);
}

export function FilePickers() {
  return (
    <>
      <input id={FILES_ID} type="file" multiple accept={ACCEPT} hidden aria-label={t('importAddFiles')} onChange={(e) => picked(e.currentTarget)} />
      <input id={FOLDER_ID} type="file" multiple hidden aria-label={t('importAddFolder')} {...{ webkitdirectory: true }} onChange={(e) => picked(e.currentTarget)} />
    </>
  );
}
