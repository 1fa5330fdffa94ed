// The bar over the clip list or the search hits while clips are ticked: how many, tick all
// shown, add a tag (with autocomplete, created on the fly), remove a tag, set their source, a
// report of them, move to the trash, clear. Calls the selection and clip-edit models only.
import { useState } from 'preact/hooks';
import { bulkDelete, bulkTag, clearSelection, selectAllShown, selectionCount } from '../models/selection.js';
import { bulkSetSource } from '../models/clip-edit.js';
import { facets } from '../models/facets.js';
import { t } from '../i18n/t.js';
import { TagEditor } from './TagEditor.js';
import { openReport } from '../models/report.js';
import { focusListRow } from './row-focus.js';

type Mode = 'tag' | 'untag' | 'source';

/** "Set source": one field suggesting the library's sources, applied with Enter or the button. */
function SourceField() {
  const [value, setValue] = useState('');
  const sources = facets.value.status === 'ready' ? facets.value.value.sources.map((s) => s.name) : [];
  const apply = async (e: Event) => {
    e.preventDefault();
    if (await bulkSetSource(value)) setValue('');
  };
  return (
    <form class="inline-form bulk-source" onSubmit={(e) => void apply(e)}>
      <input
        id="bulk-source-input"
        class="text-input"
        dir="auto"
        list="bulk-sources"
        aria-label={t('bulkSourceLabel')}
        placeholder={t('bulkSourceLabel')}
        value={value}
        onInput={(e) => setValue(e.currentTarget.value)}
      />
      <datalist id="bulk-sources">
        {sources.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <button type="submit" class="button">
        {t('bulkSourceApply')}
      </button>
    </form>
  );
}

export function BulkBar() {
  const n = selectionCount.value;
  const [mode, setMode] = useState<Mode>('tag');
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
        <select class="bulk-mode" aria-label={t('bulkModeLabel')} value={mode} onChange={(e) => setMode(e.currentTarget.value as Mode)}>
          <option value="tag">{t('bulkTag')}</option>
          <option value="untag">{t('bulkUntag')}</option>
          <option value="source">{t('bulkSetSource')}</option>
        </select>
        {mode === 'source' ? (
          <SourceField />
        ) : (
          <TagEditor
            id="bulk-tags"
            label={mode === 'tag' ? t('bulkTagLabel') : t('bulkUntagLabel')}
            placeholder={mode === 'tag' ? t('bulkTagLabel') : t('bulkUntagLabel')}
            tags={[]}
            onAdd={(name) => (mode === 'tag' ? bulkTag([name]) : bulkTag([], [name]))}
            onEscape={focusListRow}
          />
        )}
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
