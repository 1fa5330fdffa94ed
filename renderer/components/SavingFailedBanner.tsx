// The persistent banner shown while the library cannot be saved (full disk, unwritable folder):
// one sentence naming the cause, one saying what to do. It goes by itself once a write succeeds.
import { savingFailed } from '../models/library.js';
import { t } from '../i18n/t.js';

export function SavingFailedBanner() {
  const reason = savingFailed.value;
  if (!reason) return null;
  const sentence = t(`savingFailed.${reason}`);
  return (
    <div class="banner banner-saving" role="alert" aria-label={sentence}>
      <p class="banner-text">
        {sentence} {t('savingFailedKeep')}
      </p>
    </div>
  );
}
