// A running import: a progress bar (files done of total), the file being read, and Cancel.
import type { ImportProgress } from '../../common/domain.js';
import { cancelImport } from '../models/import-job.js';
import { t } from '../i18n/t.js';

export function ImportProgressBar({ progress }: { progress: ImportProgress }) {
  const label = t('importProgress', { done: progress.done, total: progress.total });
  return (
    <div class="import-progress">
      <progress
        aria-label={t('importProgressLabel')}
        aria-valuetext={label}
        max={Math.max(progress.total, 1)}
        value={progress.done}
      />
      <span class="import-count">{label}</span>
      {progress.current && (
        <span class="import-current" dir="auto">
          {progress.current}
        </span>
      )}
      <button type="button" class="button" onClick={() => void cancelImport()}>
        {t('importCancel')}
      </button>
    </div>
  );
}
