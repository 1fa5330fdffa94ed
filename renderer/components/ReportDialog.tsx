// The report builder (a modal <dialog>): options beside a live preview, then Export — the
// native save dialog in the desktop app, a typed full path in the browser shell (then a
// Download link for the written file) — with a progress bar, Stop, and a question before
// replacing a file. Calls report-model actions only.
import { useModal } from './use-modal.js';
import {
  cancelExport,
  closeReport,
  confirmReplace,
  defaultName,
  exportError,
  exporting,
  hasSaveDialog,
  job,
  replaceConfirmed,
  reportOpen,
  startExport,
  typedPath,
} from '../models/report.js';
import { errorSentence } from '../i18n/error-sentence.js';
import { t } from '../i18n/t.js';
import { ReportOptions } from './ReportOptions.js';
import { ReportPreview } from './ReportPreview.js';
import { appInfo } from '../models/app.js';
import { reportDownloadUrl } from '../services/report-download.js';
import { isolate } from '../i18n/format.js';

function Progress() {
  const j = job.value;
  if (!j) return null;
  if (j.state === 'running') {
    const { done, total, phase } = j.progress;
    return (
      <div class="report-progress" role="status">
        <progress max={phase === 'reading' ? Math.max(total, 1) : 1} value={phase === 'reading' ? done : undefined} aria-label={t('reportExporting')} />
        <span>{t('reportExporting')}</span>
        <button type="button" class="button" onClick={() => void cancelExport()}>
          {t('reportCancel')}
        </button>
      </div>
    );
  }
  if (j.state === 'done' && j.result) {
    const download = reportDownloadUrl(appInfo.value?.host, j.jobId);
    return (
      <p class="report-done" role="status">
        <span>{t('reportDone', { path: isolate(j.result.path) })}</span>
        {download && (
          <a class="button button-primary" href={download} download={j.result.path.split(/[\\/]/).pop()}>
            {t('reportDownload')}
          </a>
        )}
      </p>
    );
  }
  return null;
}

export function ReportDialog() {
  const open = reportOpen.value;
  const dialog = useModal(open);

  const error = exportError.value;
  const replace = confirmReplace.value;
  return (
    <dialog ref={dialog} class="report-dialog" aria-labelledby="report-title-h" onClose={closeReport}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          void startExport();
        }}
      >
        <h2 id="report-title-h" class="dialog-title">
          {t('reportTitle')}
        </h2>
        <p class="dialog-help">{t('reportHelp')}</p>
        {open && (
          <div class="report-body">
            <ReportOptions />
            <ReportPreview />
          </div>
        )}
        {!hasSaveDialog.value && (
          <div class="report-field">
            <label for="report-path">{t('reportPath')}</label>
            <input
              id="report-path"
              type="text"
              dir="ltr"
              required
              placeholder={t('reportPathHelp', { name: defaultName() })}
              value={typedPath.value}
              onInput={(e) => (typedPath.value = e.currentTarget.value)}
              aria-describedby="report-path-where"
            />
            <p id="report-path-where" class="report-path-where">{t('reportPathWhere')}</p>
          </div>
        )}
        {error && (
          <p class="dialog-error" role="alert" title={error.message}>
            {errorSentence(error)}
          </p>
        )}
        {replace && (
          <div class="report-replace" role="alert">
            <span>{t('reportReplace', { path: replace })}</span>
            <button type="button" class="button" onClick={() => void replaceConfirmed()}>
              {t('reportReplaceYes')}
            </button>
          </div>
        )}
        <Progress />
        <div class="dialog-actions">
          <span class="spacer" />
          <button type="button" class="button button-quiet" onClick={closeReport}>
            {t('reportClose')}
          </button>
          <button type="submit" class="button button-primary" disabled={exporting.value}>
            {t('reportExport')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
