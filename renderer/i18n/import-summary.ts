// The one-sentence summary of an import in the UI language: "Imported 2 clips; 1 duplicate
// (of «title»); 1 file could not be read." Parts with a zero count are left out.
import type { ImportReport } from '../../common/domain.js';
import { t } from './t.js';

export function importSummary(report: ImportReport): string {
  const parts = [t('importImported', { n: report.imported })];
  if (report.duplicates > 0) {
    const count = t('importDuplicates', { n: report.duplicates });
    const first = report.duplicateItems[0];
    // Naming the original only reads well when there is one.
    parts.push(report.duplicates === 1 && first ? t('importDuplicateOf', { count, title: first.of.title }) : count);
  }
  if (report.errors > 0) parts.push(t('importErrors', { n: report.errors }));
  return `${parts.join(t('listSeparator'))}.`;
}
