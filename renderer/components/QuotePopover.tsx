// The popover of the quote under the pointer or focus: its details and the decision buttons,
// placed below (or above, near the window's foot) the highlight. One for the whole reader.
import { activeQuote } from '../models/quotes.js';
import { passageEdit } from '../models/passage-editor.js';
import { uiDir, uiLocale } from '../models/locale.js';
import { QuoteDecisions } from './QuoteDecisions.js';
import { QuoteDetails } from './QuoteDetails.js';
import { cancelHide, hideSoon } from './quote-popover-timer.js';

// Why 300: about the popover's height with a corrected-speaker field open.
const FLIP_MARGIN_PX = 300;
// Why 320: the popover's CSS width (20rem at the 15px..16px root size, with a border).
const POPOVER_WIDTH_PX = 320;

export function QuotePopover() {
  const active = activeQuote.value;
  // The passage popover takes the place while it is open; two popovers would overlap.
  if (!active || !active.anchor.isConnected || passageEdit.value) return null;
  const r = active.anchor.getBoundingClientRect();
  const below = r.bottom + FLIP_MARGIN_PX < window.innerHeight;
  // Align with the highlight's reading start: its right edge in a right-to-left article.
  const rtl = getComputedStyle(active.anchor).direction === 'rtl';
  const edge = rtl ? r.right - POPOVER_WIDTH_PX : r.left;
  const style = {
    left: `${Math.max(8, Math.min(edge, window.innerWidth - POPOVER_WIDTH_PX - 8))}px`,
    ...(below ? { top: `${r.bottom + 6}px` } : { bottom: `${window.innerHeight - r.top + 6}px` }),
  };
  return (
    <div
      class="quote-popover"
      role="dialog"
      aria-label={active.quote.speaker ?? undefined}
      dir={uiDir.value}
      lang={uiLocale.value}
      style={style}
      onMouseEnter={cancelHide}
      onMouseLeave={hideSoon}
      onFocusOut={hideSoon}
      onKeyDown={(e) => {
        if (e.key === 'Escape') activeQuote.value = null;
      }}
    >
      <QuoteDetails quote={active.quote} />
      <QuoteDecisions key={active.quote.id} quote={active.quote} />
    </div>
  );
}
