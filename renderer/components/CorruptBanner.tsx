// The banner shown when the library file was found corrupt and set aside: one sentence, and a
// Restore button for the newest backup. Renders nothing while the library is healthy.
import type { BackupInfo } from '../../common/domain.js';
import { restoreAndReload } from '../models/app.js';
import { library, restoring } from '../models/library.js';
import { formatDateTime } from '../i18n/format.js';
import { t } from '../i18n/t.js';

const newestOf = (backups: BackupInfo[]): BackupInfo | undefined =>
  [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];

export function CorruptBanner() {
  const state = library.value;
  if (state.status !== 'ready' || state.value.state !== 'corrupt') return null;
  const newest = newestOf(state.value.backups);
  return (
    <div class="banner banner-corrupt" role="alert" aria-label={t('error.storage-corrupt')}>
      <p class="banner-text">
        {newest
          ? t('corruptWithBackup', {
              date: formatDateTime(newest.createdAt),
              clips: t('facetCount', { n: newest.clips }),
            })
          : t('corruptNoBackup')}
      </p>
      {newest && (
        <button
          type="button"
          class="button button-primary"
          disabled={restoring.value}
          onClick={() => void restoreAndReload(newest.name)}
        >
          {restoring.value ? t('restoring') : t('restoreBackup')}
        </button>
      )}
    </div>
  );
}
