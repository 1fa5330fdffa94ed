// Find in Article (issue 14): whether the find bar is open, what is typed, and which match is
// current. Data only; the matching itself is common/view/find-matches.ts, the bar FindBar.tsx.
import { signal } from '@preact/signals';

export const findOpen = signal(false);
export const findText = signal('');
export const findCurrent = signal(0);
/** Bumped on each Ctrl+F so an open bar takes focus and selects its text again. */
export const findFocusTick = signal(0);

export function openFind(): void {
  findOpen.value = true;
  findFocusTick.value++;
}

export function closeFind(): void {
  findOpen.value = false;
}
