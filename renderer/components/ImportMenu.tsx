// The top bar's Import menu: "Add files…", "Add folder…" (the window's hidden pickers) and
// "Paste article…". Escape or a click elsewhere closes it. Calls the pickers and the
// paste-dialog action only.
import { useEffect, useRef, useState } from 'preact/hooks';
import { openPaste } from '../models/paste-dialog.js';
import { t } from '../i18n/t.js';
import { pickFiles, pickFolder } from './FilePickers.js';

export function ImportMenu() {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (e: Event) => {
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', close);
    document.addEventListener('pointerdown', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('pointerdown', close);
    };
  }, [open]);

  return (
    <div class="import-menu" ref={root}>
      <button
        type="button"
        class="button button-primary"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls="import-menu-list"
        onClick={() => setOpen(!open)}
      >
        {t('importMenu')}
      </button>
      {open && (
        <div id="import-menu-list" class="menu" role="menu" aria-label={t('importMenu')}>
          <button
            type="button"
            role="menuitem"
            class="menu-item"
            onClick={() => {
              setOpen(false);
              pickFiles();
            }}
          >
            {t('importAddFiles')}
          </button>
          <button
            type="button"
            role="menuitem"
            class="menu-item"
            onClick={() => {
              setOpen(false);
              pickFolder();
            }}
          >
            {t('importAddFolder')}
          </button>
          <button
            type="button"
            role="menuitem"
            class="menu-item"
            onClick={() => {
              setOpen(false);
              openPaste();
            }}
          >
            {t('importPaste')}
          </button>
        </div>
      )}
    </div>
  );
}
