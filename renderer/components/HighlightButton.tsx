// The small floating "Highlight" button over a text selection in the article. Pressing it keeps
// the selection (mousedown is not allowed to clear it) and opens the passage editor for it.
import { passageEdit, pendingSpan } from '../models/passage-editor.js';
import { uiDir, uiLocale } from '../models/locale.js';
import { openClipId } from '../models/reader.js';
import { t } from '../i18n/t.js';
import { readerScrollTop } from './floating.js';

// Why 40: the button's height (2rem) plus a gap, so it sits just above the selection.
const ABOVE_PX = 40;

export function HighlightButton() {
  const pending = pendingSpan.value;
  const clipId = openClipId.value;
  if (!pending || !clipId || passageEdit.value) return null;
  const { place } = pending;
  const mid = (place.left + place.right) / 2;
  // Above the selection, else below it; always inside the window (a selection scrolled partly away).
  const wanted = place.top - ABOVE_PX > 4 ? place.top - ABOVE_PX : place.bottom + 6;
  const top = Math.max(4, Math.min(wanted, window.innerHeight - ABOVE_PX));
  return (
    <div class="highlight-float" role="toolbar" aria-label={t('selectionTools')} dir={uiDir.value} lang={uiLocale.value} style={{ top: `${top}px`, left: `${mid}px` }}>
      <button
        type="button"
        class="button button-primary"
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => {
          passageEdit.value = { mode: 'new', clipId, span: pending.span, place, scrollTop: readerScrollTop() };
          pendingSpan.value = null;
        }}
      >
        {t('highlight')}
      </button>
    </div>
  );
}
