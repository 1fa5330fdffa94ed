// Remembers what had focus when a panel mounted (the button that opened it) and wraps the panel's
// close action so focus goes back there instead of falling to the page. DOM only.
import { useRef } from 'preact/hooks';

export function useFocusReturn(close: () => void): () => void {
  const opener = useRef(document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null);
  return () => {
    const back = opener.current;
    close();
    if (back?.isConnected) back.focus();
  };
}
