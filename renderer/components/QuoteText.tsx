// One block's text with its quotes and passage highlights drawn in: direct quotes as <mark> with
// the speaker's tint, reported speech as a lightly underlined <span>, passages as coloured marks
// inside them. Text nodes and elements only (never innerHTML); each quote is focusable and
// opens the popover on hover or focus.
import type { Highlight } from '../../common/annotation.js';
import type { QuoteView } from '../../common/quotes/views.js';
import { activeQuote } from '../models/quotes.js';
import { segmentText } from '../../common/quotes/segments.js';
import { t } from '../i18n/t.js';
import { cancelHide, hideSoon } from './quote-popover-timer.js';
import { PassageMarks } from './PassageMarks.js';

type RunProps = { quote: QuoteView; text: string; start: number; passages: readonly Highlight[] };

function QuoteRun({ quote, text, start, passages }: RunProps) {
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
      <PassageMarks text={text} start={start} passages={passages} />
    </Tag>
  );
}

type Props = { text: string; start: number; quotes: readonly QuoteView[]; passages: readonly Highlight[] };

export function QuoteText({ text, start, quotes, passages }: Props) {
  if (quotes.length === 0) return <PassageMarks text={text} start={start} passages={passages} />;
  let at = start;
  return (
    <>
      {segmentText(text, start, quotes).map((s, i) => {
        const from = at;
        at += s.text.length;
        return s.quote ? (
          <QuoteRun key={i} quote={s.quote} text={s.text} start={from} passages={passages} />
        ) : (
          <PassageMarks key={i} text={s.text} start={from} passages={passages} />
        );
      })}
    </>
  );
}
