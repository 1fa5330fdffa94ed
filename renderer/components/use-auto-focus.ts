// Focuses an element once when it mounts. The autofocus attribute only acts on page load, not
// on elements a component adds later (a popover's first field, a confirm's button). DOM only.
import { useEffect, useRef } from 'preact/hooks';

export function useAutoFocus<T extends HTMLElement>(on = true): { current: T | null } {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (on) ref.current?.focus();
  }, []);
  return ref;
}
