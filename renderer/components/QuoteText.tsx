// One block's text with its quotes drawn in: direct quotes as <mark> with the speaker's tint,
// reported speech as a lightly underlined <span>. Text nodes and elements only (never
// innerHTML); each quote is focusable and opens the popover on hover or focus.
import type { QuoteView } from '../../common/quotes/views.js';
import { activeQuote } from '../models/quotes.js';
import { segmentText } from '../../common/quotes/segments.js';
import { t } from '../i18n/t.js';
import { cancelHide, hideSoon } from './quote-popover-timer.js';

function QuoteRun({ quote, text }: { quote: QuoteView; text: string }) {
  const Tag = quote.kind === 'direct' ? 'mark' : 'span';
  const show = (e: { currentTarget: EventTarget | null }) => {
    cancelHide();
    activeQuote.value = { quote, anchor: e.currentTarget as HTMLElement };
  };
  return (
    <Tag
      class={`quote quote-${quote.kind} speaker-${quote.colour}${quote.state === 'confirmed' ? ' quote-confirmed' : ''}`}
      tabIndex={0}
      data-quote-id={quote.id}
      data-speaker={quote.speaker ?? ''}
      aria-description={t('quoteBy', { speaker: quote.speaker ?? t('quoteUnknownSpeaker') })}
      onMouseEnter={show}
      onFocus={show}
      onMouseLeave={hideSoon}
      onBlur={hideSoon}
    >
      {text}
    </Tag>
  );
}

export function QuoteText({ text, start, quotes }: { text: string; start: number; quotes: readonly QuoteView[] }) {
  if (quotes.length === 0) return <>{text}</>;
  return (
    <>
      {segmentText(text, start, quotes).map((s, i) =>
        s.quote ? <QuoteRun key={i} quote={s.quote} text={s.text} /> : s.text,
      )}
    </>
  );
}
