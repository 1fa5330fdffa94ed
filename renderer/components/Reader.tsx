// The right-hand (left-hand in Arabic) pane: nothing chosen, loading, an error with retry, or
// the open article. Reads the reader model only.
import { useEffect, useRef } from 'preact/hooks';
import { libraryCorrupt } from '../models/library.js';
import { openClip, openClipDetail, openClipId } from '../models/reader.js';
import { t } from '../i18n/t.js';
import { langAttr } from '../i18n/direction.js';
import { ArticleView } from './ArticleView.js';
import { activeQuote, quotesPanelOpen, speakersOpen } from '../models/quotes.js';
import { SpeakersView } from './SpeakersView.js';
import { QuotePopover } from './QuotePopover.js';
import { QuotesPanel } from './QuotesPanel.js';
import { detectedInPart } from '../../common/quote-detect-limit.js';
import { ErrorMessage } from './ErrorMessage.js';
import { Status } from './Status.js';
import { paneView } from '../models/pane-view.js';
import { passageEdit, pendingSpan, placeOf } from '../models/passage-editor.js';
import { HighlightButton } from './HighlightButton.js';
import { PassageEditor } from './PassageEditor.js';
import { TagManager } from './TagManager.js';
import { TrashView } from './TrashView.js';
import { FindBar } from './FindBar.js';
import { findOpen } from '../models/find.js';

// Scrolling further than this leaves a passage popover behind its mark, so it closes.
const SCROLL_CLOSE_PX = 60;

export function Reader() {
  const state = openClipDetail.value;
  const id = openClipId.value;
  const view = paneView.value;
  const pane = useRef<HTMLElement>(null);
  // A newly opened clip starts at its title, not where the previous one was scrolled to.
  useEffect(() => {
    pane.current?.scrollTo({ top: 0 });
  }, [id]);
  return (
    <main
      class={`reader${view === null && quotesPanelOpen.value && !speakersOpen.value && state?.status === 'ready' ? ' reader-with-quotes' : ''}`}
      aria-label={t('readerLabel')}
      ref={pane}
      onScroll={() => {
        // The popover is placed against the window; a scrolled highlight would leave it behind.
        if (activeQuote.value && !document.activeElement?.closest('.quote-popover')) activeQuote.value = null;
        // The Highlight button follows its selection; the passage popover closes unless in use.
        const pending = pendingSpan.value;
        const sel = document.getSelection();
        if (pending && sel && sel.rangeCount > 0) pendingSpan.value = { ...pending, place: placeOf(sel.getRangeAt(0)) };
        // A late scroll event from bringing the mark into view is not the user scrolling away.
        const edit = passageEdit.value;
        const moved = !!edit && Math.abs((pane.current?.scrollTop ?? 0) - edit.scrollTop) > SCROLL_CLOSE_PX;
        if (moved && !document.activeElement?.closest('.passage-editor')) passageEdit.value = null;
      }}
    >
      {view === 'tags' && <TagManager />}
      {view === 'trash' && <TrashView />}
      {view === null && <ReaderContent />}
    </main>
  );
}

function ReaderContent() {
  const state = openClipDetail.value;
  const id = openClipId.value;
  return (
    <>
      {speakersOpen.value && <SpeakersView />}
      {!speakersOpen.value && state === null && !libraryCorrupt.value && (
        <div class="reader-empty">
          <Status kind="empty">{t('readerEmpty')}</Status>
        </div>
      )}
      {!speakersOpen.value && state?.status === 'loading' && <Status kind="loading">{t('loading')}</Status>}
      {!speakersOpen.value && state?.status === 'error' && (
        <ErrorMessage error={state.error} onRetry={id ? () => void openClip(id) : undefined} />
      )}
      {!speakersOpen.value && state?.status === 'ready' && findOpen.value && <FindBar clip={state.value} />}
      {!speakersOpen.value && state?.status === 'ready' && <ArticleView key={state.value.id} clip={state.value} />}
      {!speakersOpen.value && state?.status === 'ready' && quotesPanelOpen.value && <QuotesPanel lang={langAttr(state.value.lang)} partial={detectedInPart(state.value.body.length)} />}
      <QuotePopover />
      <HighlightButton />
      <PassageEditor />
    </>
  );
}
