// Confirm / correct speaker / dismiss for one quote, used in the popover and the Quotes panel.
// Correcting opens a small inline field (no window.prompt: Electron has none). Calls the quotes
// model's decideQuote; the decision is kept beside the text, which is never edited.
import { useState } from 'preact/hooks';
import type { QuoteView } from '../../common/quotes/views.js';
import { decideQuote } from '../models/quotes.js';
import { t } from '../i18n/t.js';

export function QuoteDecisions({ quote }: { quote: QuoteView }) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(quote.speaker ?? '');
  if (editing) {
    return (
      <form
        class="quote-correct"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) void decideQuote(quote, { speaker: name.trim() });
          setEditing(false);
        }}
      >
        <input
          class="input"
          dir="auto"
          value={name}
          aria-label={t('quoteSpeakerField')}
          onInput={(e) => setName(e.currentTarget.value)}
          ref={(el) => el?.focus()}
        />
        <button type="submit" class="button button-primary">{t('quoteSave')}</button>
        <button type="button" class="button button-quiet" onClick={() => setEditing(false)}>{t('quoteCancel')}</button>
      </form>
    );
  }
  return (
    <div class="quote-actions">
      {quote.state === 'dismissed' ? (
        <button type="button" class="button" onClick={() => void decideQuote(quote, 'confirm')}>{t('quoteRestore')}</button>
      ) : (
        <>
          <button type="button" class="button" aria-pressed={quote.state === 'confirmed'} onClick={() => void decideQuote(quote, 'confirm')}>
            {t('quoteConfirm')}
          </button>
          <button type="button" class="button" onClick={() => setEditing(true)}>{t('quoteCorrect')}</button>
          <button type="button" class="button" onClick={() => void decideQuote(quote, 'dismiss')}>{t('quoteDismiss')}</button>
        </>
      )}
    </div>
  );
}
