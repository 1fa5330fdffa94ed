// The Quotes panel beside the article: who said what, in reading order. Each entry jumps to its
// highlight (scrolls to it and focuses it) and carries the decision buttons. Reads the quotes model.
import type { QuoteView } from '../../common/quotes/views.js';
import { QUOTE_DETECT_MAX_CHARS } from '../../common/quote-detect-limit.js';
import { clipQuotes, toggleQuotesPanel } from '../models/quotes.js';
import { uiDir, uiLocale } from '../models/locale.js';
import { t } from '../i18n/t.js';
import { ErrorMessage } from './ErrorMessage.js';
import { jumpToQuote } from './jump-to-quote.js';
import { QuoteDecisions } from './QuoteDecisions.js';
import { Status } from './Status.js';
import { useFocusReturn } from './use-focus-return.js';

function Entry({ quote }: { quote: QuoteView }) {
  return (
    <li class={`quotes-entry quotes-entry-${quote.kind}`} data-state={quote.state} data-quote-entry={quote.id}>
      <button type="button" class="quotes-jump" onClick={() => jumpToQuote(quote.id)} disabled={quote.state === 'dismissed'}>
        <span class={`quotes-speaker speaker-${quote.colour}`} dir="auto">
          {quote.speaker ?? t('quoteUnknownSpeaker')}
        </span>
        <span class="quotes-text" dir="auto">
          {quote.text}
        </span>
      </button>
      <QuoteDecisions quote={quote} />
    </li>
  );
}

/** `partial`: the clip is longer than what detection reads (the panel says so). */
export function QuotesPanel({ lang, partial = false }: { lang: string | undefined; partial?: boolean }) {
  const state = clipQuotes.value;
  const shown = state?.status === 'ready' ? state.value.filter((q) => q.field === 'body' && !q.fromRelatedLink) : [];
  // Closing hands focus back to what opened the panel (the reader's Quotes button), not the page.
  const close = useFocusReturn(toggleQuotesPanel);
  return (
    <aside class="quotes-panel" aria-labelledby="quotes-panel-title" dir={uiDir.value} lang={uiLocale.value}>
      <header class="quotes-panel-head">
        <h2 id="quotes-panel-title">{t('quotesPanel')}</h2>
        <button type="button" class="button button-quiet" onClick={close} aria-label={t('quotesClose')}>
          ×
        </button>
      </header>
      {state?.status === 'loading' && <Status kind="loading">{t('loading')}</Status>}
      {state?.status === 'error' && <ErrorMessage error={state.error} />}
      {state?.status === 'ready' && partial && (
        <p class="quotes-partial" role="note">
          {t('quotesPartial', { chars: QUOTE_DETECT_MAX_CHARS.toLocaleString(uiLocale.value) })}
        </p>
      )}
      {state?.status === 'ready' && shown.length === 0 && <Status kind="empty">{t('quotesEmpty')}</Status>}
      {shown.length > 0 && (
        <ol class="quotes-list" lang={lang}>
          {shown.map((q) => (
            <Entry key={q.id} quote={q} />
          ))}
        </ol>
      )}
    </aside>
  );
}
