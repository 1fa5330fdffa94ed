// The live preview of a report: the backend's self-contained HTML in an iframe with every
// sandbox restriction on (no script, no forms, no navigation, an opaque origin) via srcdoc, so
// clipped content inside it can do nothing. Reads the report model only.
import { preview, previewError } from '../models/report.js';
import { errorSentence } from '../i18n/error-sentence.js';
import { t } from '../i18n/t.js';

export function ReportPreview() {
  const p = preview.value;
  const error = previewError.value;
  return (
    <section class="report-preview" aria-labelledby="report-preview-title">
      <h3 id="report-preview-title" class="report-preview-title">
        {t('reportPreview')}
        {p && <span class="muted"> — {t('reportPreviewCount', { shown: p.shown, n: p.clips })}</span>}
      </h3>
      {error && (
        <p class="dialog-error" role="alert" title={error.message}>
          {errorSentence(error)}
        </p>
      )}
      {p && <iframe class="report-frame" sandbox="" srcdoc={p.html} title={t('reportPreview')} referrerpolicy="no-referrer" />}
    </section>
  );
}
