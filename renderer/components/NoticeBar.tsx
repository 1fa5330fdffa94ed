// The transient error line for actions without a pane of their own (a setting that failed to
// save, a restore that failed). Reads the notice model only.
import { dismissNotice, notice } from '../models/notice.js';
import { errorSentence } from '../i18n/error-sentence.js';
import { t } from '../i18n/t.js';

export function NoticeBar() {
  const error = notice.value;
  if (!error) return null;
  return (
    <div class="banner banner-notice" role="alert">
      <p title={error.message}>{errorSentence(error)}</p>
      <button type="button" class="button button-quiet" onClick={dismissNotice}>
        {t('dismiss')}
      </button>
    </div>
  );
}
