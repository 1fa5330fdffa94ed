// The tag manager (in the reader pane): every tag as a tree by path, with its colour,
// description and counts of clips and passages; create, rename, merge (tick tags, pick the one
// they go into) and delete (after a count of the uses it removes). Every change can be undone
// from the notice line. Calls the tag-manager model's actions only.
import { useState } from 'preact/hooks';
import type { TagFacet } from '../../common/annotation.js';
import { leafName, tagTree } from '../../common/tags/tag-tree.js';
import { setClipFilter } from '../models/clips.js';
import { uiLocale } from '../models/locale.js';
import { allTags, mergeTags, saveTagDef } from '../models/tag-manager.js';
import { closePaneView } from '../models/pane-view.js';
import { t } from '../i18n/t.js';
import { Status } from './Status.js';
import { TagEditor } from './TagEditor.js';
import { TagRow } from './TagRow.js';

function NewTag() {
  const [name, setName] = useState('');
  return (
    <form
      class="inline-form"
      onSubmit={async (e) => {
        e.preventDefault();
        if (name.trim() && (await saveTagDef(name.trim(), {}))) setName('');
      }}
    >
      <input class="text-input" dir="auto" aria-label={t('tagNewName')} placeholder={t('tagNewPlaceholder')} value={name} onInput={(e) => setName(e.currentTarget.value)} />
      <button type="submit" class="button" disabled={!name.trim()}>
        {t('tagCreateButton')}
      </button>
    </form>
  );
}

function MergeBar({ picked, onDone }: { picked: string[]; onDone: () => void }) {
  const [into, setInto] = useState<string | null>(null);
  return (
    <div class="merge-bar" role="group" aria-label={t('tagMergeLabel')}>
      <span>{t('tagMergeCount', { n: picked.length })}</span>
      <TagEditor
        id="merge-into"
        label={t('tagMergeInto')}
        placeholder={t('tagMergeInto')}
        tags={into ? [into] : []}
        onAdd={(name) => setInto(name)}
        onRemove={() => setInto(null)}
      />
      <button
        type="button"
        class="button button-primary"
        disabled={!into}
        onClick={async () => {
          if (into && (await mergeTags(picked.filter((n) => n !== into), into))) onDone();
        }}
      >
        {t('tagMerge')}
      </button>
      <button type="button" class="button button-quiet" onClick={onDone}>
        {t('cancel')}
      </button>
    </div>
  );
}

export function TagManager() {
  const [picked, setPicked] = useState<string[]>([]);
  const tree: TagFacet[] = tagTree(allTags.value, uiLocale.value);
  const toggle = (name: string): void => setPicked((p) => (p.includes(name) ? p.filter((x) => x !== name) : [...p, name]));
  return (
    <section class="tag-manager" aria-labelledby="tag-manager-title">
      <header class="view-head">
        <h1 id="tag-manager-title">{t('tagManager')}</h1>
        <NewTag />
        <button type="button" class="button button-quiet" onClick={closePaneView} aria-label={t('closeView')}>
          ×
        </button>
      </header>
      <p class="view-hint">{t('tagManagerHint')}</p>
      {picked.length > 0 && <MergeBar picked={picked} onDone={() => setPicked([])} />}
      {tree.length === 0 ? (
        <Status kind="empty">{t('tagsEmpty')}</Status>
      ) : (
        <ul class="tag-tree" aria-label={t('tags')}>
          {tree.map((tag) => (
            <TagRow
              key={tag.key}
              tag={tag}
              leaf={leafName(tag.name)}
              picked={picked.includes(tag.name)}
              onPick={() => toggle(tag.name)}
              onShow={() => void setClipFilter({ kind: 'tag', name: tag.name })}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
