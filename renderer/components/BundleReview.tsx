// The bundle review dialog (issue 15): who sent it and when, what merging would do (counts), the
// new clips (each can be left out), tag spellings to merge (each can be kept apart), notes both
// sides changed (keep both, mine or theirs), then Merge. Reads the bundle-review model only.
import { useEffect } from 'preact/hooks';
import { useModal } from './use-modal.js';
import { checkOpenedBundles, acceptBundle, bundleReview, closeBundle, setNoteChoice, toggleClip, toggleSpelling } from '../models/bundle-review.js';
import type { NoteChoice } from '../../common/bundle/plan.js';
import { t } from '../i18n/t.js';
import { formatDateTime } from '../i18n/format.js';

const NOTE_CHOICES: NoteChoice[] = ['both', 'local', 'incoming'];

export function BundleReview() {
  // A .marsad the OS opened the app with (or handed to it later, which focuses the window).
  useEffect(() => {
    void checkOpenedBundles();
    const onFocus = () => void checkOpenedBundles();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, []);
  const v = bundleReview.value;
  const dialog = useModal(v.phase === 'review' || v.phase === 'merged');
  if (v.phase !== 'review' && v.phase !== 'merged') return <dialog ref={dialog} class="bundle-dialog" />;
  const p = v.plan;
  const c = p.counts;
  const conflicts = p.changes.filter((x) => x.note === 'conflict' && x.noteVersions);
  return (
    <dialog ref={dialog} class="bundle-dialog" aria-labelledby="bundle-title" onClose={closeBundle}>
      <h2 id="bundle-title" class="dialog-title">
        {v.phase === 'merged' ? t('bundleMerged') : t('bundleTitle')}
      </h2>
      <p class="dialog-help" dir="auto">
        {t('bundleFrom', { analyst: p.bundle.analyst || t('bundleNoAnalyst'), date: formatDateTime(p.bundle.exportedAt), selection: p.bundle.selection })}
      </p>
      <ul class="bundle-counts" aria-label={t('bundleSummary')}>
        <li>{t('bundleNewClips', { n: c.newClips })}</li>
        <li>{t('bundleSameClips', { n: c.sameClips })}</li>
        <li>{t('bundleHighlights', { n: c.highlights })}</li>
        <li>{t('bundleNotes', { n: c.notes })}</li>
        <li>{t('bundleConflicts', { n: c.noteConflicts + c.metaConflicts })}</li>
        <li>{t('bundlePeople', { n: c.people })}</li>
      </ul>
      {p.empty && <p class="dialog-help">{t('bundleNothing')}</p>}
      {v.phase === 'review' && (
        <>
          {p.newClips.length > 0 && (
            <fieldset class="bundle-section">
              <legend>{t('bundleNewClipsTitle')}</legend>
              <ul class="bundle-list">
                {p.newClips.slice(0, 200).map((x) => (
                  <li key={x.id}>
                    <label>
                      <input type="checkbox" checked={!v.skip.has(x.id)} onChange={() => toggleClip(x.id)} /> <span dir="auto">{x.title}</span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          )}
          {p.tagMerges.length > 0 && (
            <fieldset class="bundle-section">
              <legend>{t('bundleSpellings')}</legend>
              <ul class="bundle-list">
                {p.tagMerges.map((o) => (
                  <li key={o.incoming}>
                    <label>
                      <input type="checkbox" checked={!v.keep.has(o.incoming)} onChange={() => toggleSpelling(o.incoming)} />{' '}
                      <span dir="auto">{t('bundleSpellingMerge', { incoming: o.incoming, local: o.local })}</span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          )}
          {conflicts.map((x) => (
            <fieldset class="bundle-section bundle-conflict" key={x.localId}>
              <legend dir="auto">{t('bundleNoteConflict', { title: x.title })}</legend>
              <div class="bundle-versions">
                <blockquote dir="auto" aria-label={t('bundleMine')}>{x.noteVersions!.local}</blockquote>
                <blockquote dir="auto" aria-label={t('bundleTheirs', { analyst: p.bundle.analyst })}>{x.noteVersions!.incoming}</blockquote>
              </div>
              {NOTE_CHOICES.map((choice) => (
                <label key={choice} class="bundle-choice">
                  <input type="radio" name={`note-${x.localId}`} checked={(v.notes[x.localId] ?? 'both') === choice} onChange={() => setNoteChoice(x.localId, choice)} />{' '}
                  {t(`bundleNote_${choice}`)}
                </label>
              ))}
            </fieldset>
          ))}
        </>
      )}
      {v.phase === 'merged' && v.backup && <p class="dialog-help">{t('bundleBackup', { backup: v.backup })}</p>}
      <div class="dialog-actions">
        <span class="spacer" />
        {v.phase === 'review' ? (
          <>
            <button type="button" class="button button-quiet" onClick={closeBundle}>
              {t('cancel')}
            </button>
            <button type="button" class="button button-primary" disabled={v.merging || p.empty} onClick={() => void acceptBundle()}>
              {t('bundleAccept')}
            </button>
          </>
        ) : (
          <button type="button" class="button button-primary" onClick={closeBundle}>
            {t('bundleClose')}
          </button>
        )}
      </div>
    </dialog>
  );
}
