// The "Paste article" dialog (a modal <dialog>): a textarea that keeps the HTML of a paste, a
// button that reads the clipboard, and Import. Also opens itself on Ctrl/Cmd+V outside text fields.
import { useEffect } from 'preact/hooks';
import { useModal } from './use-modal.js';
import { importView } from '../models/import-job.js';
import {
  closePaste,
  editPasteText,
  openPaste,
  pasteBlocked,
  pasteFromClipboard,
  pasteOpen,
  pasteText,
  setPasted,
  submitPaste,
} from '../models/paste-dialog.js';
import { fromPasteEvent } from '../services/clipboard.js';
import { t } from '../i18n/t.js';

const editable = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || !!target.closest('input, textarea, select, [contenteditable]'));

export function PasteDialog() {
  // A paste anywhere outside a text field is taken as "import this article".
  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      if (pasteOpen.value || editable(e.target)) return;
      e.preventDefault();
      openPaste(fromPasteEvent(e.clipboardData));
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, []);

  const open = pasteOpen.value;
  const dialog = useModal(open);

  const busy = importView.value.phase === 'reading';
  return (
    <dialog ref={dialog} class="paste-dialog" aria-labelledby="paste-title" onClose={closePaste}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          void submitPaste();
        }}
      >
        <h2 id="paste-title" class="dialog-title">
          {t('pasteTitle')}
        </h2>
        <p class="dialog-help" id="paste-help">
          {t('pasteHelp')}
        </p>
        <label class="visually-hidden" for="paste-text">
          {t('pasteTextLabel')}
        </label>
        <textarea
          id="paste-text"
          class="paste-text"
          dir="auto"
          rows={12}
          aria-describedby="paste-help"
          value={pasteText.value}
          onInput={(e) => editPasteText(e.currentTarget.value)}
          onPaste={(e) => {
            e.preventDefault();
            setPasted(fromPasteEvent(e.clipboardData));
          }}
        />
        {pasteBlocked.value && (
          <p class="dialog-error" role="alert">
            {t('pasteBlocked')}
          </p>
        )}
        <div class="dialog-actions">
          <button type="button" class="button" onClick={() => void pasteFromClipboard()}>
            {t('pasteFromClipboard')}
          </button>
          <span class="spacer" />
          <button type="button" class="button button-quiet" onClick={closePaste}>
            {t('cancel')}
          </button>
          <button type="submit" class="button button-primary" disabled={busy || !pasteText.value.trim()}>
            {t('pasteImport')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
