// The window's keyboard shortcuts, outside text fields: Ctrl+Z undo, Ctrl+Shift+Z / Ctrl+Y
// redo (and anywhere, in the browser shell, the File menu's Ctrl+O, Ctrl+Shift+O, Ctrl+F), T to tag the open clip, J/K for the next/previous clip (or search hit), Delete to move the
// ticked clips (or the open one) to the trash, ? for the sheet that lists them
// ("/" is the search box's own). Keys are matched by physical key (e.code), so they work with
// an Arabic or Russian layout too. Renders the sheet when open.
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { clips } from '../models/clips.js';
import { redo, undo } from '../models/history.js';
import { openClip, openClipId } from '../models/reader.js';
import { searchActive, searchPage } from '../models/search.js';
import { SHORTCUTS, shortcutsOpen } from '../models/shortcuts.js';
import { copyDiagnostics, diagnosticsState } from '../models/diagnostics.js';
import { macKeys, onMac } from '../../common/view/mac-keys.js';
import { t } from '../i18n/t.js';
import { domId } from './ClipRow.js';
import { hitDomId } from './SearchHitRow.js';
import { bulkDelete, selectionCount } from '../models/selection.js';
import { trashAndFocusNext } from './trash-open-clip.js';
import { hasNativeMenu } from '../services/menu-commands.js';
import { runCommand } from './commands.js';
import type { MenuCommand } from '../../common/ipc/menu-commands.js';

// Inputs that take no typing: shortcuts still work while one of these has focus.
const NOT_TYPED = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'color', 'range', 'file']);

/** A field where keys are text (Ctrl+Z there is the field's own undo). */
const textField = (el: EventTarget | null): boolean =>
  el instanceof HTMLElement &&
  (el.isContentEditable || el.tagName === 'TEXTAREA' || (el instanceof HTMLInputElement && !NOT_TYPED.has(el.type)));

const emptyTagField = (el: EventTarget | null): boolean =>
  el instanceof HTMLInputElement && el.classList.contains('tag-input') && el.value === '';

/** Letters also belong to a select's type-to-choose. */
const typingInto = (el: EventTarget | null): boolean => textField(el) || (el instanceof HTMLElement && el.tagName === 'SELECT');

/** The ids J/K walk through and each row's title element id: search hits while a query is active, else the clip list. */
function visibleRows(): { ids: string[]; titleId: (id: string) => string } | null {
  if (searchActive.value) {
    const page = searchPage.value;
    if (page?.status !== 'ready') return null;
    return { ids: page.value.results.map((h) => h.id), titleId: (id) => `${hitDomId(id)}-title` };
  }
  const state = clips.value;
  if (state.status !== 'ready') return null;
  return { ids: state.value.items.map((c) => c.id), titleId: (id) => `${domId(id)}-title` };
}

function moveInList(step: 1 | -1): void {
  const rows = visibleRows();
  if (!rows || rows.ids.length === 0) return;
  const at = rows.ids.indexOf(openClipId.value ?? '');
  const next = rows.ids[at < 0 ? 0 : Math.max(0, Math.min(rows.ids.length - 1, at + step))]!;
  void openClip(next);
  const row = document.getElementById(rows.titleId(next))?.closest('button');
  row?.focus();
  row?.scrollIntoView({ block: 'nearest' });
}

function focusTagField(): void {
  const field = document.getElementById('clip-tags-input') ?? document.getElementById('bulk-tags-input');
  field?.focus();
}

/** The File menu's shortcuts, for the browser shell: the desktop menu owns these keys itself. */
function fileShortcut(e: KeyboardEvent): MenuCommand | null {
  if (!(e.ctrlKey || e.metaKey) || hasNativeMenu()) return null;
  if (e.code === 'KeyO') return e.shiftKey ? 'import-folder' : 'import-files';
  if (e.code === 'KeyF' && !e.shiftKey && openClipId.value) return 'find-in-article';
  return null;
}

function onKey(e: KeyboardEvent): void {
  if (e.defaultPrevented || e.altKey) return;
  const command = fileShortcut(e);
  if (command) {
    e.preventDefault();
    return runCommand({ command, paths: [] });
  }
  // The sheet closes on Escape wherever focus is (a key can come before its button takes focus).
  if (e.key === 'Escape' && shortcutsOpen.value) {
    e.preventDefault();
    shortcutsOpen.value = false;
    return;
  }
  const mod = e.ctrlKey || e.metaKey;
  if (mod && (e.code === 'KeyZ' || e.code === 'KeyY')) {
    // An empty tag field has nothing of its own to undo: the tag just added is what Ctrl+Z means.
    if (textField(e.target) && !emptyTagField(e.target)) return;
    e.preventDefault();
    void (e.code === 'KeyY' || e.shiftKey ? redo() : undo());
    return;
  }
  if (mod || typingInto(e.target)) return;
  if (e.key === '?' || e.key === '؟') {
    e.preventDefault();
    shortcutsOpen.value = !shortcutsOpen.value;
  } else if (e.code === 'KeyT' && !e.shiftKey) {
    e.preventDefault();
    focusTagField();
  } else if ((e.code === 'KeyJ' || e.code === 'KeyK') && !e.shiftKey) {
    e.preventDefault();
    moveInList(e.code === 'KeyJ' ? 1 : -1);
  } else if (e.key === 'Delete' && !e.shiftKey && (selectionCount.value > 0 || openClipId.value)) {
    // The ticked clips when there are any, else the open one; both to the trash, both undoable.
    e.preventDefault();
    void (selectionCount.value > 0 ? bulkDelete() : trashAndFocusNext());
  }
}

function Sheet() {
  const close = useRef<HTMLButtonElement>(null);
  const mac = onMac(navigator.platform);
  useLayoutEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    close.current?.focus();
    return () => before?.focus?.();
  }, []);
  return (
    <div class="sheet-backdrop" onClick={(e) => e.target === e.currentTarget && (shortcutsOpen.value = false)}>
      <div
        class="sheet"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-title"
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            shortcutsOpen.value = false;
          }
        }}
      >
        <header class="view-head">
          <h2 id="shortcuts-title">{t('shortcutsTitle')}</h2>
          <button ref={close} type="button" class="button button-quiet" aria-label={t('closeView')} onClick={() => (shortcutsOpen.value = false)}>
            ×
          </button>
        </header>
        <dl class="help-list shortcut-list">
          {SHORTCUTS.map((s) => (
            <div class="help-row" key={s.what}>
              <dt>
                {s.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && ' / '}
                    <kbd dir="ltr">{mac ? macKeys(k) : k}</kbd>
                  </span>
                ))}
              </dt>
              <dd>{t(s.what)}</dd>
            </div>
          ))}
        </dl>
        <Diagnostics />
      </div>
    </div>
  );
}

/** Copy diagnostics: the window's counterpart of the desktop app's Help menu item. */
function Diagnostics() {
  const state = diagnosticsState.value;
  return (
    <footer class="sheet-foot">
      <button type="button" class="button" disabled={state === 'copying'} onClick={() => void copyDiagnostics()}>
        {t('copyDiagnostics')}
      </button>
      <p class="sheet-note" role="status">
        {state === 'copied' ? t('diagnosticsCopied') : state === 'failed' ? t('diagnosticsFailed') : t('diagnosticsHint')}
      </p>
    </footer>
  );
}

export function KeyboardShortcuts() {
  useEffect(() => {
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return shortcutsOpen.value ? <Sheet /> : null;
}
