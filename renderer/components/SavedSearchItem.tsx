// One saved search in the sidebar: a button that opens it, showing its count, a "new" badge and
// the tag it gives new matches, and a small menu to rename (inline field), set or clear that tag
// (a tag field with suggestions), or delete it. Calls saved-searches actions only.
import { useState } from 'preact/hooks';
import type { SavedSearchView } from '../../common/search/types.js';
import { deleteSavedSearch, openSavedSearch, renameSavedSearch, setAutoTag } from '../models/saved-searches.js';
import { TagEditor } from './TagEditor.js';
import { openSavedId } from '../models/search.js';
import { formatNumber } from '../i18n/format.js';
import { t } from '../i18n/t.js';
import { Popover } from './Popover.js';
import { savedSpark } from '../models/sparklines.js';
import { Sparkline } from './Sparkline.js';

export function SavedSearchItem({ saved }: { saved: SavedSearchView }) {
  const [renaming, setRenaming] = useState(false);
  const [tagging, setTagging] = useState(false);
  const pressed = openSavedId.value === saved.id;
  if (tagging) return <AutoTagForm saved={saved} done={() => setTagging(false)} />;
  if (renaming) {
    return (
      <form
        class="rename-form"
        onSubmit={(e) => {
          e.preventDefault();
          const name = String(new FormData(e.currentTarget).get('name') ?? '').trim();
          if (name && name !== saved.name) void renameSavedSearch(saved.id, name);
          setRenaming(false);
        }}
        onKeyDown={(e) => e.key === 'Escape' && setRenaming(false)}
      >
        <input class="text-input" name="name" dir="auto" defaultValue={saved.name} aria-label={t('renameLabel', { name: saved.name })} ref={(el) => el?.focus()} />
        <button type="submit" class="button">{t('save')}</button>
      </form>
    );
  }
  return (
    <div class="saved-item">
      <button
        type="button"
        class="facet"
        aria-pressed={pressed}
        title={`${saved.query}\n${t('savedSearchCount', { n: saved.count })}`}
        onClick={() => void openSavedSearch(saved.id)}
      >
        <span class="facet-name" dir="auto">
          {saved.name}
        </span>
        {saved.newCount > 0 && <span class="badge">{t('savedSearchNew', { n: saved.newCount })}</span>}
        <Sparkline counts={savedSpark(saved.id)} />
        <span class="facet-count" aria-hidden="true">
          {formatNumber(saved.count)}
        </span>
        {saved.autoTag && (
          <span class="saved-autotag">
            {t('autoTagShown')} <bdi dir="auto">{saved.autoTag}</bdi>
          </span>
        )}
      </button>
      <Popover id={`saved-menu-${saved.id}`} label={t('savedSearchMenu', { name: saved.name })} face={<span aria-hidden="true">⋯</span>} class="saved-menu">
        {(close) => (
          <div class="menu-actions">
            <button type="button" class="button button-quiet" onClick={() => setRenaming(true)}>
              {t('rename')}
            </button>
            <button type="button" class="button button-quiet" onClick={() => setTagging(true)}>
              {t('autoTagAction')}
            </button>
            <button
              type="button"
              class="button button-quiet danger"
              onClick={() => {
                close();
                void deleteSavedSearch(saved.id);
              }}
            >
              {t('delete')}
            </button>
          </div>
        )}
      </Popover>
    </div>
  );
}

/** Sets or clears the tag new matches receive: one tag at most, chosen with suggestions. */
function AutoTagForm({ saved, done }: { saved: SavedSearchView; done: () => void }) {
  return (
    <div
      class="auto-tag-form"
      role="group"
      aria-label={t('autoTagLabel', { name: saved.name })}
      onKeyDown={(e) => {
        if (e.key === 'Escape') done();
      }}
    >
      <p class="auto-tag-help">{t('autoTagHelp')}</p>
      <TagEditor
        id={`auto-tag-${saved.id}`}
        label={t('autoTagLabel', { name: saved.name })}
        tags={saved.autoTag ? [saved.autoTag] : []}
        placeholder={t('autoTagPlaceholder')}
        autoFocus
        onAdd={(name) => setAutoTag(saved.id, name)}
        onRemove={() => setAutoTag(saved.id, null)}
      />
      <button type="button" class="button" onClick={done}>
        {t('autoTagDone')}
      </button>
    </div>
  );
}
