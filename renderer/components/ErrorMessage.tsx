// Shows an AppError as one sentence in the UI language, with an optional retry. The backend's
// own wording is kept in the title attribute. Calls only the retry action it is given.
import type { AppError } from '../../common/result.js';
import { errorSentence } from '../i18n/error-sentence.js';
import { t } from '../i18n/t.js';

type Props = { error: AppError; onRetry?: () => void };

export function ErrorMessage({ error, onRetry }: Props) {
  return (
    <div class="error-message" role="alert">
      <p title={error.message}>{errorSentence(error)}</p>
      {onRetry && (
        <button type="button" class="button" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}
