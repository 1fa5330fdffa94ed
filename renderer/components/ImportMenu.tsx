// The top bar's Import menu: "Add files…", "Add folder…" (the window's hidden pickers),
// "Paste article…" and "Import a bundle…" (issue 15: a .marsad file, opened in the review
// dialog). Escape or a click elsewhere closes it. Calls the pickers, paste and bundle actions only.
import { useEffect, useRef, useState } from 'preact/hooks';
import { openPaste } from '../models/paste-dialog.js';
import { openBundle } from '../models/bundle-review.js';
import { t } from '../i18n/t.js';
import type { MessageKey } from '../i18n/en.js';
import { pickFiles, pickFolder } from './FilePickers.js';

export function ImportMenu() {
  const [open, setOpen] = useState(false);
  const bundlePicker = useRef<HTMLInputElement>(null);
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

  // Each entry closes the menu, then runs its action; order is the order shown.
  const entries: [MessageKey, () => void][] = [
    ['importAddFiles', pickFiles],
    ['importAddFolder', pickFolder],
    ['importPaste', openPaste],
    ['importBundle', () => bundlePicker.current?.click()],
  ];

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
          {entries.map(([label, run]) => (
            <button
              key={label}
              type="button"
              role="menuitem"
              class="menu-item"
              onClick={() => {
                setOpen(false);
                run();
              }}
            >
              {t(label)}
            </button>
          ))}
        </div>
      )}
      <input
        ref={bundlePicker}
        type="file"
        accept=".marsad"
        hidden
        aria-label={t('importBundle')}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void openBundle(file);
        }}
      />
    </div>
  );
}
