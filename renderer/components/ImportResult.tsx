// A finished import: the summary sentence, a details disclosure with each error sentence and
// each duplicate, and Undo (the whole import as one action). Calls import-job actions only.
import { PASTED_FILE, type ImportReport } from '../../common/domain.js';
import { dismissImport, undoImport } from '../models/import-job.js';
import { importSummary } from '../i18n/import-summary.js';
import { t } from '../i18n/t.js';
import { isolate } from '../i18n/format.js';
import { uiDir } from '../models/locale.js';

/** A paste has no file name of its own: say "the pasted text" in the UI's language. */
const fileLabel = (file: string): string => (file === PASTED_FILE ? t('pastedFile') : file);

type Props = { report: ImportReport; undone: number | null };

export function ImportResult({ report, undone }: Props) {
  const details = report.errorItems.length + report.duplicateItems.length;
  return (
    <>
      <div class="import-summary">
        <p>{importSummary(report)}</p>
        {report.state === 'cancelled' && <p>{t('importCancelled')}</p>}
        {report.state === 'failed' && <p class="import-error">{t('importNotSaved')}</p>}
        {undone !== null && <p>{t('importUndone', { n: undone })}</p>}
        {details > 0 && (
          <details class="import-details">
            <summary>{t('importDetails')}</summary>
            <ul>
              {report.errorItems.map((item) => (
                <li key={`e:${item.file}`} dir={item.code ? uiDir.value : 'auto'} class="import-error">
                  {item.code ? t(`importError.${item.code}`, { file: isolate(fileLabel(item.file)), detail: item.detail ?? '' }) : item.error}
                </li>
              ))}
              {report.duplicateItems.map((item) => (
                <li key={`d:${item.file}`} dir={uiDir.value}>
                  {t('importDuplicateLine', { file: isolate(fileLabel(item.file)), title: item.of.title })}
                </li>
              ))}
            </ul>
          </details>
        )}
      </div>
      {undone === null && report.imported > 0 && (
        <button type="button" class="button" onClick={() => void undoImport()}>
          {t('importUndo')}
        </button>
      )}
      <button type="button" class="button button-quiet" onClick={dismissImport}>
        {t('dismiss')}
      </button>
    </>
  );
}
