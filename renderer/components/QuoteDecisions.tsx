// Confirm / correct speaker / dismiss for one quote, used in the popover and the Quotes panel.
// Correcting opens a small inline field (no window.prompt: Electron has none). Calls the quotes
// model's decideQuote; the decision is kept beside the text, which is never edited. The field offers
// the clip's and the library's people, and can re-attribute all of one speaker's quotes in the clip.
import { useState } from 'preact/hooks';
import type { QuoteView } from '../../common/quotes/views.js';
import { clipQuotes, decideQuote, loadPickerNames, pickerNames, reattributeAll } from '../models/quotes.js';
import { openClipDetail } from '../models/reader.js';
import { t } from '../i18n/t.js';

export function QuoteDecisions({ quote }: { quote: QuoteView }) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(quote.speaker ?? '');
  const [all, setAll] = useState(false);
  const loaded = clipQuotes.value;
  const same = quote.personId && loaded?.status === 'ready' ? loaded.value.filter((q) => q.personId === quote.personId && q.state !== 'dismissed').length : 0;
  if (editing) {
    const list = `speaker-names-${quote.id}`;
    return (
      <form
        class="quote-correct"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim() && all) void reattributeAll(quote, name.trim());
          else if (name.trim()) void decideQuote(quote, { speaker: name.trim() });
          setEditing(false);
        }}
      >
        <input
          class="input"
          dir="auto"
          value={name}
          aria-label={t('quoteSpeakerField')}
          list={list}
          onInput={(e) => setName(e.currentTarget.value)}
          ref={(el) => el?.focus()}
        />
        <datalist id={list}>
          {pickerNames.value.map((n) => (
            <option key={n} value={n} />
          ))}
        </datalist>
        {same > 1 && (
          <label class="quote-correct-all">
            <input type="checkbox" checked={all} onChange={(e) => setAll(e.currentTarget.checked)} />
            {t('quoteCorrectAll', { count: same, name: quote.speaker ?? '' })}
          </label>
        )}
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
          <button type="button" class="button" onClick={() => {
              setEditing(true);
              const clip = openClipDetail.value;
              void loadPickerNames(clip?.status === 'ready' ? `${clip.value.title}\n${clip.value.body}` : '');
            }}>{quote.speaker ? t('quoteCorrect') : t('quoteAssign')}</button>
          <button type="button" class="button" onClick={() => void decideQuote(quote, 'dismiss')}>{t('quoteDismiss')}</button>
        </>
      )}
    </div>
  );
}
