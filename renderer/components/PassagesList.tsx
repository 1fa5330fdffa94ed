// The reader's "Passages" section: every highlight of the open clip in reading order, with its
// tags and note; an orphaned one (its text no longer found) is listed with its saved text and
// marked so, never dropped. Show scrolls to the mark; Edit opens the passage popover.
import type { Highlight } from '../../common/annotation.js';
import { passageEdit, placeOf } from '../models/passage-editor.js';
import { uiDir, uiLocale } from '../models/locale.js';
import { passageColour } from '../models/passage-colours.js';
import { tagColours } from '../models/tag-manager.js';
import { t } from '../i18n/t.js';
import { readerScrollTop } from './floating.js';
import { TagChip } from './TagEditor.js';

const markOf = (id: string): HTMLElement | null => document.querySelector<HTMLElement>(`mark[data-highlight-id~="${CSS.escape(id)}"]`);

function Entry({ clipId, h, lang }: { clipId: string; h: Highlight; lang: string | undefined }) {
  const orphaned = h.anchor.status === 'orphaned';
  const colour = passageColour(h, tagColours.value);
  return (
    <li class={`passage-entry passage-entry-${h.anchor.status}`} data-passage-entry={h.id} style={colour ? { '--passage': colour } : undefined}>
      <p class="passage-entry-text" dir="auto" lang={lang}>
        {h.exact}
      </p>
      {orphaned && <p class="passage-status">{t('passageOrphaned')}</p>}
      {h.anchor.status === 'drifted' && <p class="passage-status">{t('passageDrifted')}</p>}
      {h.tags.length > 0 && (
        <ul class="tag-chips" aria-label={t('passageTags')}>
          {h.tags.map((name) => (
            <TagChip key={name} name={name} />
          ))}
        </ul>
      )}
      {h.note && (
        <p class="passage-entry-note" dir="auto">
          {h.note}
        </p>
      )}
      <div class="passage-entry-actions">
        {!orphaned && (
          <button
            type="button"
            class="button button-quiet"
            onClick={() => markOf(h.id)?.scrollIntoView({ block: 'center', behavior: 'smooth' })}
          >
            {t('passageShow')}
          </button>
        )}
        <button
          type="button"
          class="button button-quiet"
          onClick={(e) => {
            const mark = orphaned ? null : markOf(h.id);
            passageEdit.value = { mode: 'edit', clipId, highlight: h, place: placeOf(mark ?? e.currentTarget), scrollTop: readerScrollTop() };
          }}
        >
          {t('passageEditButton')}
        </button>
      </div>
    </li>
  );
}

export function PassagesList({ clipId, passages, lang }: { clipId: string; passages: readonly Highlight[]; lang: string | undefined }) {
  if (passages.length === 0) return null;
  const orphans = passages.filter((h) => h.anchor.status === 'orphaned').length;
  return (
    <section class="passages" aria-labelledby="passages-heading" dir={uiDir.value} lang={uiLocale.value}>
      <h2 id="passages-heading" class="related-title">
        {t('passagesHeading', { n: passages.length })}
        {orphans > 0 && <span class="passage-orphan-count"> · {t('passagesOrphaned', { n: orphans })}</span>}
      </h2>
      <ol class="passage-list">
        {passages.map((h) => (
          <Entry key={h.id} clipId={clipId} h={h} lang={lang} />
        ))}
      </ol>
    </section>
  );
}
