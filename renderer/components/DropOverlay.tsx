// The drop target: listens for files dragged anywhere over the window, shows a full-window
// overlay saying what a drop will do, and hands the drop to the drop-target model.
import { useEffect } from 'preact/hooks';
import { dragEnter, dragging, dragLeave, drop, hasFiles } from '../models/drop-target.js';
import { t } from '../i18n/t.js';

export function DropOverlay() {
  useEffect(() => {
    const enter = (e: DragEvent) => {
      if (!hasFiles(e.dataTransfer)) return;
      e.preventDefault();
      dragEnter();
    };
    // Without preventDefault on dragover the browser would open the file instead of dropping it.
    const over = (e: DragEvent) => {
      if (!hasFiles(e.dataTransfer)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (hasFiles(e.dataTransfer)) dragLeave();
    };
    const onDrop = (e: DragEvent) => {
      if (!e.dataTransfer || !hasFiles(e.dataTransfer)) return;
      e.preventDefault();
      void drop(e.dataTransfer);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
  if (!dragging.value) return null;
  return (
    <div class="drop-overlay" role="status" aria-live="polite">
      <div class="drop-card">
        <p class="drop-title">{t('dropTitle')}</p>
        <p class="drop-hint">{t('dropHint')}</p>
      </div>
    </div>
  );
}
