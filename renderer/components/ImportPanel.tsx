// The import strip under the top bar: reading, progress, a refused drop, or the result. Shown
// only while there is something to say; a labelled live region so the outcome is announced.
import { dismissImport, importView } from '../models/import-job.js';
import { t } from '../i18n/t.js';
import { ImportProgressBar } from './ImportProgressBar.js';
import { ImportResult } from './ImportResult.js';
import { Status } from './Status.js';

export function ImportPanel() {
  const view = importView.value;
  if (view.phase === 'idle') return null;
  return (
    <section class="banner import-panel" aria-label={t('importResultLabel')} aria-live="polite">
      {view.phase === 'reading' && <Status kind="loading">{t('importReading')}</Status>}
      {view.phase === 'running' && <ImportProgressBar progress={view.progress} />}
      {view.phase === 'refused' && (
        <>
          <p role="alert">{view.reason === 'too-many' ? t('importTooMany') : t('importTooLarge')}</p>
          <button type="button" class="button button-quiet" onClick={dismissImport}>
            {t('dismiss')}
          </button>
        </>
      )}
      {view.phase === 'done' && <ImportResult report={view.report} undone={view.undone} />}
    </section>
  );
}
