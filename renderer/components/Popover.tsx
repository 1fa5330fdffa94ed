// A small disclosure popover: a button with aria-expanded, and a panel under it. Esc or a click
// outside closes it and returns focus to the button. Holds only its own open/closed state.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

type Props = {
  id: string;
  label: string;
  /** What the button shows; its accessible name is always `label`. */
  face: ComponentChildren;
  class?: string;
  /** Render prop so the panel can close itself (after an action). */
  children: (close: () => void) => ComponentChildren;
};

export function Popover({ id, label, face, class: extra, children }: Props) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const close = (refocus = true): void => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  useEffect(() => {
    if (!open) return;
    const outside = (e: Event) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);
  return (
    <div
      class={`popover ${extra ?? ''}`}
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          close();
        }
      }}
    >
      <button
        type="button"
        ref={button}
        class="icon-button"
        aria-label={label}
        title={label}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {face}
      </button>
      {open && (
        <div id={id} class="popover-panel" role="group" aria-label={label}>
          {children(() => close())}
        </div>
      )}
    </div>
  );
}
