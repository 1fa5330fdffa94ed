// The reader's "Edit details" form: title, source (suggesting the library's sources), URL,
// published day and language of the open clip. Saves only what changed, as one undoable action;
// Esc or Cancel closes it untouched. Calls the clip-edit model only; never edits the text.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ClipDetail, Lang } from '../../common/domain.js';
import type { AppError } from '../../common/result.js';
import { editingClipId, patchFor, problemOf, saveClipEdit, type EditFields, type EditProblem } from '../models/clip-edit.js';
import { facets } from '../models/facets.js';
import { errorSentence } from '../i18n/error-sentence.js';
import { t } from '../i18n/t.js';

const LANGS: Lang[] = ['ar', 'en', 'ru', 'other'];

const fieldsOf = (c: ClipDetail): EditFields => ({
  title: c.title,
  source: c.source ?? '',
  url: c.url ?? '',
  publishedAt: c.publishedAt?.slice(0, 10) ?? '',
  lang: c.lang,
});

export function ClipEditForm({ clip }: { clip: ClipDetail }) {
  const [form, setForm] = useState<EditFields>(() => fieldsOf(clip));
  const [problem, setProblem] = useState<EditProblem | AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => first.current?.focus(), []);
  const sources = facets.value.status === 'ready' ? facets.value.value.sources.map((s) => s.name) : [];
  const set = (k: keyof EditFields) => (e: { currentTarget: HTMLInputElement | HTMLSelectElement }) => {
    setForm({ ...form, [k]: e.currentTarget.value });
    setProblem(null);
  };
  const close = () => {
    editingClipId.value = null;
    document.getElementById('edit-details')?.focus();
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    const local = problemOf(form);
    if (local) return setProblem(local);
    setBusy(true);
    const failed = await saveClipEdit(clip.id, patchFor(fieldsOf(clip), form));
    setBusy(false);
    if (failed) setProblem(failed);
    else document.getElementById('edit-details')?.focus();
  };
  return (
    <form
      class="clip-edit"
      aria-labelledby="clip-edit-title"
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          close();
        }
      }}
    >
      <h2 id="clip-edit-title" class="clip-edit-heading">
        {t('editHeading')}
      </h2>
      <label class="clip-edit-field clip-edit-wide">
        <span class="field-label">{t('editTitle')}</span>
        <input ref={first} class="text-input" dir="auto" value={form.title} onInput={set('title')} />
      </label>
      <label class="clip-edit-field">
        <span class="field-label">{t('editSource')}</span>
        <input class="text-input" dir="auto" list="edit-sources" value={form.source ?? ''} placeholder={t('unknownSource')} onInput={set('source')} />
        <datalist id="edit-sources">
          {sources.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      </label>
      <label class="clip-edit-field">
        <span class="field-label">{t('editPublished')}</span>
        <input class="text-input" type="date" dir="ltr" min="1900-01-01" max="2100-12-31" value={form.publishedAt ?? ''} onInput={set('publishedAt')} />
      </label>
      <label class="clip-edit-field">
        <span class="field-label">{t('editLang')}</span>
        <select class="text-input" value={form.lang} onChange={set('lang')}>
          {LANGS.map((l) => (
            <option key={l} value={l}>
              {t(`lang.${l}`)}
            </option>
          ))}
        </select>
      </label>
      <label class="clip-edit-field clip-edit-wide">
        <span class="field-label">{t('editUrl')}</span>
        <input class="text-input" dir="ltr" inputMode="url" placeholder="https://" value={form.url ?? ''} onInput={set('url')} />
      </label>
      {problem && (
        <p class="clip-edit-problem" role="alert">
          {typeof problem === 'string' ? t(problem) : errorSentence(problem)}
        </p>
      )}
      <div class="clip-edit-actions">
        <button type="submit" class="button button-primary" disabled={busy}>
          {t('editSave')}
        </button>
        <button type="button" class="button" onClick={close}>
          {t('editCancel')}
        </button>
      </div>
    </form>
  );
}
