// The live preview of a report: the backend's HTML in a srcdoc iframe sandboxed against script,
// forms, popups and top navigation. It keeps the app's origin (allow-same-origin, never with
// allow-scripts) only so the app's own font files load under the inherited CSP; with no script
// able to run, clipped content inside it can still do nothing. Reads the report model only.
import { useMemo } from 'preact/hooks';
import { previewFontCss } from '../styles/report-fonts.js';
import { preview, previewError } from '../models/report.js';
import { errorSentence } from '../i18n/error-sentence.js';
import { t } from '../i18n/t.js';

export function ReportPreview() {
  const p = preview.value;
  const error = previewError.value;
  const html = useMemo(() => p && p.html.replace('<style>', `<style>${previewFontCss()}`), [p]);
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
      {html && <iframe class="report-frame" sandbox="allow-same-origin" srcdoc={html} title={t('reportPreview')} referrerpolicy="no-referrer" />}
    </section>
  );
}
