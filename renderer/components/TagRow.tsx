// One tag in the tag manager: tick box (for merging), colour, name (indented by depth; clicking
// lists its clips), counts, description, Rename and Delete. Delete first shows how many uses it
// would remove (a dry run) and asks. Calls tag-manager actions only.
import { useEffect, useState } from 'preact/hooks';
import type { TagFacet } from '../../common/annotation.js';
import { countTagUses, deleteTag, renameTag, saveTagDef } from '../models/tag-manager.js';
import { t } from '../i18n/t.js';
import { useAutoFocus } from './use-auto-focus.js';

type Props = { tag: TagFacet; leaf: string; picked: boolean; onPick: () => void; onShow: () => void };
type Uses = { removed: string[]; clipUses: number; highlightUses: number };

// A tag without a colour shows this neutral grey in the picker until one is chosen.
const NO_COLOUR = '#c9ced3';

function RenameForm({ tag, onDone }: { tag: TagFacet; onDone: () => void }) {
  const [name, setName] = useState(tag.name);
  const field = useAutoFocus<HTMLInputElement>();
  return (
    <form
      class="inline-form"
      onSubmit={async (e) => {
        e.preventDefault();
        if (name.trim() && name.trim() !== tag.name && !(await renameTag(tag.name, name.trim()))) return;
        onDone();
      }}
      onKeyDown={(e) => e.key === 'Escape' && onDone()}
    >
      <input class="text-input" dir="auto" aria-label={t('renameLabel', { name: tag.name })} value={name} ref={field} onInput={(e) => setName(e.currentTarget.value)} />
      <button type="submit" class="button button-primary">
        {t('save')}
      </button>
      <button type="button" class="button button-quiet" onClick={onDone}>
        {t('cancel')}
      </button>
    </form>
  );
}

function DeleteConfirm({ tag, uses, onDone }: { tag: TagFacet; uses: Uses; onDone: () => void }) {
  const under = uses.removed.length - 1;
  const confirm = useAutoFocus<HTMLButtonElement>();
  return (
    <div class="confirm-line" role="alertdialog" aria-label={t('tagDeleteTitle', { name: tag.name })}>
      <p>
        {t('tagDeleteAsk', { name: tag.name })} {t('tagDeleteClips', { n: uses.clipUses })} {t('tagDeletePassages', { n: uses.highlightUses })}
        {under > 0 && ` ${t('tagDeleteChildren', { n: under })}`}
      </p>
      <button
        type="button"
        class="button danger"
        ref={confirm}
        onClick={async () => {
          await deleteTag(tag.name);
          onDone();
        }}
      >
        {t('tagDeleteConfirm')}
      </button>
      <button type="button" class="button button-quiet" onClick={onDone}>
        {t('cancel')}
      </button>
    </div>
  );
}

export function TagRow({ tag, leaf, picked, onPick, onShow }: Props) {
  const [mode, setMode] = useState<'view' | 'rename' | { uses: Uses }>('view');
  const [description, setDescription] = useState(tag.description);
  // An undo or another window's edit shows here too.
  useEffect(() => setDescription(tag.description), [tag.description]);
  const saveDescription = (): void => {
    if (description.trim() !== tag.description) void saveTagDef(tag.name, { description: description.trim() });
  };
  return (
    <li class={`tag-row${tag.depth > 0 ? ' tag-row-child' : ''}`} style={{ '--depth': tag.depth }} data-tag={tag.name}>
      <div class="tag-row-main">
        <input type="checkbox" checked={picked} onChange={onPick} aria-label={t('tagPick', { name: tag.name })} />
        <input
          type="color"
          class="tag-colour"
          value={tag.colour ?? NO_COLOUR}
          aria-label={t('tagColour', { name: tag.name })}
          title={t('tagColour', { name: tag.name })}
          onChange={(e) => void saveTagDef(tag.name, { colour: e.currentTarget.value })}
        />
        <button type="button" class="tag-name" title={tag.name} onClick={onShow}>
          <bdi dir="auto">{leaf}</bdi>
        </button>
        <span class="tag-counts">
          {t('tagClipCount', { n: tag.clipTags })} · {t('tagPassageCount', { n: tag.highlights })}
        </span>
        <input
          class="text-input tag-description"
          dir="auto"
          aria-label={t('tagDescription', { name: tag.name })}
          placeholder={t('tagDescriptionPlaceholder')}
          value={description}
          onInput={(e) => setDescription(e.currentTarget.value)}
          onBlur={saveDescription}
          onKeyDown={(e) => e.key === 'Enter' && saveDescription()}
        />
        <button type="button" class="button button-quiet" onClick={() => setMode('rename')}>
          {t('rename')}
        </button>
        <button
          type="button"
          class="button button-quiet danger"
          onClick={async () => {
            const uses = await countTagUses(tag.name);
            if (uses) setMode({ uses });
          }}
        >
          {t('delete')}
        </button>
      </div>
      {mode === 'rename' && <RenameForm tag={tag} onDone={() => setMode('view')} />}
      {typeof mode === 'object' && <DeleteConfirm tag={tag} uses={mode.uses} onDone={() => setMode('view')} />}
    </li>
  );
}
