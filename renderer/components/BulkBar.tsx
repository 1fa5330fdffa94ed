// The bar over the clip list or the search hits while clips are ticked: how many, tick all
// shown, add a tag (with autocomplete, created on the fly), remove a tag, a report of them,
// move to the trash, clear. Calls the selection model's bulk actions only.
import { useState } from 'preact/hooks';
import { bulkDelete, bulkTag, clearSelection, selectAllShown, selectionCount } from '../models/selection.js';
import { t } from '../i18n/t.js';
import { TagEditor } from './TagEditor.js';
import { openReport } from '../models/report.js';

export function BulkBar() {
  const n = selectionCount.value;
  const [mode, setMode] = useState<'tag' | 'untag'>('tag');
  if (n === 0) return null;
  return (
    <div class="bulk-bar" role="toolbar" aria-label={t('bulkLabel')}>
      <div class="bulk-row">
        <strong class="bulk-count" role="status">
          {t('bulkSelected', { n })}
        </strong>
        <button type="button" class="button button-quiet" onClick={selectAllShown}>
          {t('bulkSelectAll')}
        </button>
        <button type="button" class="button button-quiet" onClick={clearSelection}>
          {t('bulkClear')}
        </button>
      </div>
      <div class="bulk-row">
        <select class="bulk-mode" aria-label={t('bulkModeLabel')} value={mode} onChange={(e) => setMode(e.currentTarget.value as 'tag' | 'untag')}>
          <option value="tag">{t('bulkTag')}</option>
          <option value="untag">{t('bulkUntag')}</option>
        </select>
        <TagEditor
          id="bulk-tags"
          label={mode === 'tag' ? t('bulkTagLabel') : t('bulkUntagLabel')}
          placeholder={mode === 'tag' ? t('bulkTagLabel') : t('bulkUntagLabel')}
          tags={[]}
          onAdd={(name) => (mode === 'tag' ? bulkTag([name]) : bulkTag([], [name]))}
        />
        <button type="button" class="button" onClick={openReport}>
          {t('reportButton')}
        </button>
        <button type="button" class="button danger" onClick={() => void bulkDelete()}>
          {t('bulkDelete')}
        </button>
      </div>
    </div>
  );
}
