// The drop target: listens for files, text or a web page's content dragged over the window from
// elsewhere, shows a full-window overlay saying what a drop will do, and hands the drop to the
// drop-target model; a drop that carried only a link gets one sentence (Marsad works offline).
// Drags that start inside the window, and text dropped into a text field, are left alone.
import { useEffect } from 'preact/hooks';
import { dismissLinkOnly, dragEnter, dragKindOf, dragging, dragLeave, drop, linkOnlyDrop } from '../models/drop-target.js';
import { t } from '../i18n/t.js';

/** A field that takes dropped text itself (the paste dialog's textarea, the search box). */
const textField = (el: EventTarget | null): boolean =>
  el instanceof HTMLElement && (el.isContentEditable || el.tagName === 'TEXTAREA' || (el instanceof HTMLInputElement && el.type !== 'file'));

export function DropOverlay() {
  useEffect(() => {
    // Text dragged out of the article (or any part of the window) is not an import.
    let inside = false;
    const started = () => (inside = true);
    const ended = () => (inside = false);
    const wanted = (e: DragEvent) => {
      const kind = inside ? null : dragKindOf(e.dataTransfer);
      return kind === 'text' && textField(e.target) ? null : kind;
    };
    const enter = (e: DragEvent) => {
      const kind = wanted(e);
      if (!kind) return;
      e.preventDefault();
      dragEnter(kind);
    };
    // Without preventDefault on dragover the browser would open the file (or link) instead.
    const over = (e: DragEvent) => {
      if (!wanted(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (dragKindOf(e.dataTransfer) && !inside) dragLeave();
    };
    const onDrop = (e: DragEvent) => {
      if (!e.dataTransfer || !wanted(e)) return;
      e.preventDefault();
      void drop(e.dataTransfer);
    };
    document.addEventListener('dragstart', started);
    document.addEventListener('dragend', ended);
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', onDrop);
    return () => {
      document.removeEventListener('dragstart', started);
      document.removeEventListener('dragend', ended);
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
  const kind = dragging.value;
  return (
    <>
      {kind && (
        <div class="drop-overlay" role="status" aria-live="polite">
          <div class="drop-card">
            <p class="drop-title">{kind === 'files' ? t('dropTitle') : t('dropTextTitle')}</p>
            <p class="drop-hint">{kind === 'files' ? t('dropHint') : t('dropTextHint')}</p>
          </div>
        </div>
      )}
      {linkOnlyDrop.value && (
        <div class="banner banner-notice drop-link-only" role="alert">
          <p>
            {t('dropLinkOnly')} <bdi dir="ltr">{linkOnlyDrop.value}</bdi>
          </p>
          <button type="button" class="button button-quiet" onClick={dismissLinkOnly}>
            {t('dismiss')}
          </button>
        </div>
      )}
    </>
  );
}
