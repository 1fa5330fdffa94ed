// Who said it, how, and through whom: speaker, kind, cue and via of one quote as a small
// definition list, for the popover. Reads nothing but its prop.
import type { QuoteView } from '../../common/quotes/views.js';
import { t } from '../i18n/t.js';

const KIND_KEY = { direct: 'quoteKindDirect', indirect: 'quoteKindIndirect', headline: 'quoteKindHeadline' } as const;
const STATE_KEY = { detected: 'quoteStateDetected', confirmed: 'quoteStateConfirmed', corrected: 'quoteStateCorrected', dismissed: 'quoteStateDismissed' } as const;

export function QuoteDetails({ quote }: { quote: QuoteView }) {
  const rows: [string, string | null][] = [
    [t('quoteSpeaker'), quote.speaker ?? t('quoteUnknownSpeaker')],
    [t('quoteKind'), t(KIND_KEY[quote.kind])],
    [t('quoteCue'), quote.cue],
    [t('quoteVia'), quote.via],
    [t('quoteState'), t(STATE_KEY[quote.state])],
  ];
  return (
    <dl class="quote-details">
      {rows
        .filter((r): r is [string, string] => Boolean(r[1]))
        .map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd dir="auto">{v}</dd>
          </div>
        ))}
    </dl>
  );
}
