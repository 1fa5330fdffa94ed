// The passage popover: tags (autocomplete, create on the fly), a colour and a note for a new
// passage or the one clicked; Save, Remove, Cancel. Esc or a click outside closes it. Calls the
// annotate model's actions only.
import { useEffect, useRef, useState } from 'preact/hooks';
import { addPassage, removePassage, updatePassage } from '../models/annotate.js';
import { passageEdit, type PassageEdit } from '../models/passage-editor.js';
import { PASSAGE_COLOURS } from '../models/passage-colours.js';
import { uiDir, uiLocale } from '../models/locale.js';
import { t } from '../i18n/t.js';
import { floatAt } from './floating.js';
import { TagEditor } from './TagEditor.js';

// The popover's CSS width (22rem at the 15px root size) and a typical height with two rows of chips.
const WIDTH_PX = 330;
const HEIGHT_PX = 330;

const close = (): void => {
  passageEdit.value = null;
};

function PassageForm({ edit }: { edit: PassageEdit }) {
  const existing = edit.mode === 'edit' ? edit.highlight : null;
  const [tags, setTags] = useState<string[]>(existing?.tags ?? []);
  const [colour, setColour] = useState<string | null>(existing?.colour ?? null);
  const [note, setNote] = useState(existing?.note ?? '');
  const [busy, setBusy] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const outside = (e: Event) => {
      if (!root.current?.contains(e.target as Node)) close();
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, []);

  const save = async (e: Event): Promise<void> => {
    e.preventDefault();
    setBusy(true);
    const input = { tags, colour, note };
    const done =
      edit.mode === 'new' ? (await addPassage(edit.clipId, edit.span, input)) !== null : await updatePassage(edit.clipId, edit.highlight.id, input);
    setBusy(false);
    if (done) close();
  };
  const exact = existing?.exact ?? (edit.mode === 'new' ? edit.span.exact : '');
  const title = existing ? t('passageEdit') : t('passageNew');
  return (
    <div
      ref={root}
      class="passage-editor"
      role="dialog"
      aria-label={title}
      dir={uiDir.value}
      lang={uiLocale.value}
      style={floatAt(edit.place, WIDTH_PX, HEIGHT_PX, uiDir.value === 'rtl')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          close();
        }
      }}
    >
      <form onSubmit={(e) => void save(e)}>
        <h2 class="passage-editor-title">{title}</h2>
        <p class="passage-excerpt" dir="auto">
          {exact}
        </p>
        <TagEditor
          id="passage-tags"
          label={t('passageTags')}
          tags={tags}
          autoFocus
          onAdd={(name) => setTags((list) => [...list, name])}
          onRemove={(name) => setTags((list) => list.filter((x) => x !== name))}
        />
        <fieldset class="colour-choice">
          <legend>{t('passageColour')}</legend>
          <label class="swatch swatch-auto" title={t('colourAuto')}>
            <input type="radio" name="passage-colour" checked={colour === null} onChange={() => setColour(null)} aria-label={t('colourAuto')} />
            <span aria-hidden="true" />
          </label>
          {PASSAGE_COLOURS.map((c, i) => (
            <label key={c} class="swatch" style={{ '--swatch': c }} title={t('colourN', { n: i + 1 })}>
              <input type="radio" name="passage-colour" checked={colour === c} onChange={() => setColour(c)} aria-label={t('colourN', { n: i + 1 })} />
              <span aria-hidden="true" />
            </label>
          ))}
        </fieldset>
        <label class="field-label" for="passage-note">
          {t('passageNote')}
        </label>
        <textarea id="passage-note" class="text-input note-input" dir="auto" rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        <div class="form-actions">
          <button type="submit" class="button button-primary" disabled={busy}>
            {t('save')}
          </button>
          {existing && (
            <button
              type="button"
              class="button danger"
              onClick={async () => {
                if (await removePassage(edit.clipId, existing.id)) close();
              }}
            >
              {t('passageRemove')}
            </button>
          )}
          <button type="button" class="button button-quiet" onClick={close}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}

export function PassageEditor() {
  const edit = passageEdit.value;
  if (!edit) return null;
  return <PassageForm key={edit.mode === 'edit' ? edit.highlight.id : `${edit.span.start}-${edit.span.end}`} edit={edit} />;
}
