// The popover's hide delay: leaving a highlight hides the popover a moment later, so the pointer
// can cross into it (to press Confirm or Dismiss) without it vanishing. Shared by QuoteText and
// QuotePopover; state lives in the quotes model.
import { activeQuote } from '../models/quotes.js';

// Why 250 ms: long enough to move the pointer from the text to the popover, short enough to feel direct.
const HIDE_DELAY_MS = 250;
let timer: ReturnType<typeof setTimeout> | undefined;

export function cancelHide(): void {
  clearTimeout(timer);
}

export function hideSoon(): void {
  clearTimeout(timer);
  timer = setTimeout(() => {
    if (!document.activeElement?.closest('.quote-popover, .quote')) activeQuote.value = null;
  }, HIDE_DELAY_MS);
}
