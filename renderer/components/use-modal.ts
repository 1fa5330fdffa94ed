// Keeps a <dialog> element shown as a modal while `open` is true and closed otherwise; returns
// the ref to put on the dialog. Used by every modal dialog (paste, report). No other DOM work.
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export function useModal(open: boolean): RefObject<HTMLDialogElement | null> {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) el.showModal();
    if (!open && el.open) el.close();
  }, [open]);
  return dialog;
}
