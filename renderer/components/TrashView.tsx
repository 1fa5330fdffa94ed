// The trash (in the reader pane): clips deleted in the last 30 days, each with Restore, and
// Empty trash after a confirmation that says it cannot be undone. Calls trash actions only.
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDate } from '../i18n/format.js';
import { t } from '../i18n/t.js';
import { emptyTrash, loadTrash, restoreFromTrash, trash } from '../models/trash.js';
import { closePaneView } from '../models/pane-view.js';
import { ErrorMessage } from './ErrorMessage.js';
import { Status } from './Status.js';

export function TrashView() {
  const state = trash.value;
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  const items = state.status === 'ready' ? state.value.items : [];
  return (
    <section class="trash-view" aria-labelledby="trash-title">
      <header class="view-head">
        <h1 id="trash-title">{t('trash')}</h1>
        {items.length > 0 && !confirming && (
          <button type="button" class="button danger" onClick={() => setConfirming(true)}>
            {t('emptyTrash')}
          </button>
        )}
        <button type="button" class="button button-quiet" onClick={closePaneView} aria-label={t('closeView')}>
          ×
        </button>
      </header>
      <p class="view-hint">{t('trashHint')}</p>
      {confirming && state.status === 'ready' && (
        <div class="confirm-line" role="alertdialog" aria-label={t('emptyTrash')}>
          <p>{t('emptyTrashAsk', { n: state.value.total })}</p>
          <button
            type="button"
            class="button danger"
            ref={confirmRef}
            onClick={async () => {
              await emptyTrash();
              setConfirming(false);
            }}
          >
            {t('emptyTrashConfirm')}
          </button>
          <button type="button" class="button button-quiet" onClick={() => setConfirming(false)}>
            {t('cancel')}
          </button>
        </div>
      )}
      {state.status === 'loading' && <Status kind="loading">{t('loading')}</Status>}
      {state.status === 'error' && <ErrorMessage error={state.error} onRetry={() => void loadTrash()} />}
      {state.status === 'ready' && items.length === 0 && <Status kind="empty">{t('trashEmpty')}</Status>}
      {items.length > 0 && (
        <ul class="trash-list">
          {items.map((item) => (
            <li key={item.id} class="trash-item">
              <div>
                <p class="clip-title" dir="auto">
                  {item.title}
                </p>
                <p class="clip-meta">
                  <span dir="auto">{item.source ?? t('unknownSource')}</span>
                  <span>{t('trashDeleted', { date: formatDate(item.deletedAt) ?? '' })}</span>
                  <span>{t('trashPurge', { date: formatDate(item.purgeAt) ?? '' })}</span>
                </p>
              </div>
              <button type="button" class="button" onClick={() => void restoreFromTrash([item.id])} aria-label={t('restoreClip', { title: item.title })}>
                {t('restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
