// Which view fills the reader pane besides an open clip: the tag manager or the trash (the
// Speakers view keeps its own flag in quotes.ts). Opening a clip or Speakers clears it.
import { signal } from '@preact/signals';

export type PaneView = 'tags' | 'trash' | null;

export const paneView = signal<PaneView>(null);

export function closePaneView(): void {
  paneView.value = null;
}
