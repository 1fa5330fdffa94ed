// The clip's note in the reader: a plain textarea (dir="auto", so Arabic notes run right to
// left), saved after a pause in typing and when the field is left; below it, versions of the
// note another analyst wrote (issue 15), each to use or set aside. Calls annotate actions only.
import { useEffect, useRef, useState } from 'preact/hooks';
import { resolveNoteConflict, saveNote } from '../models/annotate.js';
import type { ClipDetail } from '../../common/domain.js';
import { formatDate } from '../i18n/format.js';
import { t } from '../i18n/t.js';

// Long enough not to save mid-word, short enough that closing the window soon after is safe.
const SAVE_AFTER_MS = 800;

export function ClipNote({ clipId, note, conflicts = [] }: { clipId: string; note: string; conflicts?: ClipDetail['noteConflicts'] }) {
  const [text, setText] = useState(note);
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const saved = useRef(note);
  const latest = useRef(note);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // A change from elsewhere (undo) shows, unless the user is typing something newer.
  useEffect(() => {
    if (note !== saved.current && text === saved.current) {
      setText(note);
      latest.current = note;
    }
    saved.current = note;
  }, [note]);
  const flush = async (value: string): Promise<void> => {
    clearTimeout(timer.current);
    if (value === saved.current) return;
    saved.current = value;
    setState('saving');
    setState((await saveNote(clipId, value)) ? 'saved' : 'idle');
  };
  // Leaving the clip (or the window re-rendering another one) never loses typed text.
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      if (latest.current !== saved.current) void saveNote(clipId, latest.current);
    },
    [],
  );
  return (
    <div class="clip-note">
      <div class="field-label">
        <label for="clip-note">{t('clipNote')}</label>
        <span class="note-state" role="status">
          {state === 'saving' ? t('noteSaving') : state === 'saved' ? t('noteSaved') : ''}
        </span>
      </div>
      <textarea
        id="clip-note"
        class="text-input note-input"
        dir="auto"
        rows={2}
        placeholder={t('clipNotePlaceholder')}
        value={text}
        onInput={(e) => {
          const value = e.currentTarget.value;
          setText(value);
          latest.current = value;
          setState('idle');
          clearTimeout(timer.current);
          timer.current = setTimeout(() => void flush(value), SAVE_AFTER_MS);
        }}
        onBlur={(e) => void flush(e.currentTarget.value)}
      />
      {conflicts.length > 0 && (
        <ul class="note-conflicts" aria-label={t('noteConflicts')}>
          {conflicts.map((c) => (
            <li key={c.value} class="note-conflict">
              <span class="note-conflict-by">{t('noteConflictBy', { analyst: c.by, date: formatDate(c.at) ?? '' })}</span>
              <p dir="auto">{c.value}</p>
              <button type="button" class="button" onClick={() => void resolveNoteConflict(clipId, c.value, true)}>
                {t('noteConflictUse')}
              </button>{' '}
              <button type="button" class="button button-quiet" onClick={() => void resolveNoteConflict(clipId, c.value, false)}>
                {t('noteConflictKeepMine')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
