// The status toast after a tagging, passage, note or trash action: what happened, with Undo
// (or Redo after an undo). Announced politely; hides itself after a while. Reads the announce
// model; calls the history actions.
import { useEffect } from 'preact/hooks';
import { dismissChange, history, lastChange } from '../models/announce.js';
import { redo, undo } from '../models/history.js';
import { describeChange } from '../i18n/describe-change.js';
import { t } from '../i18n/t.js';

// Long enough to read a sentence and reach Undo; Ctrl+Z works after it hides anyway.
const HIDE_AFTER_MS = 10_000;

export function ChangeNotice() {
  const change = lastChange.value;
  useEffect(() => {
    if (!change) return;
    const timer = setTimeout(dismissChange, HIDE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [change]);
  const h = history.value;
  return (
    <div class="change-notice-region" role="status" aria-live="polite">
      {change && (
        <div class="change-notice">
          <p dir="auto">{describeChange(change)}</p>
          {change.direction !== 'undo' && h.undo && (
            <button type="button" class="button button-quiet" onClick={() => void undo()} aria-keyshortcuts="Control+Z">
              {t('undo')}
            </button>
          )}
          {change.direction === 'undo' && h.redo && (
            <button type="button" class="button button-quiet" onClick={() => void redo()} aria-keyshortcuts="Control+Shift+Z">
              {t('redo')}
            </button>
          )}
          <button type="button" class="button button-quiet" onClick={dismissChange} aria-label={t('dismiss')}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
