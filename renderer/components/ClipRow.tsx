// One clip in the list: a tick box for multi-select, then title, source, date and language,
// tags, passage and note markers, and a snippet. The button's accessible name is the title
// alone; the rest is its description. Ctrl-click ticks a row, Shift-click a range. A
// near-duplicate lead gets a "3 copies" button beside it that lists the group.
import type { ClipSummary } from '../../common/domain.js';
import { setClipFilter } from '../models/clips.js';
import { openClip } from '../models/reader.js';
import { uiLocale } from '../models/locale.js';
import { selectRangeTo, selectedIds, toggleSelected } from '../models/selection.js';
import { TagChip } from './TagEditor.js';
import { formatDate } from '../i18n/format.js';
import { directionOf, langAttr } from '../i18n/direction.js';
import { t } from '../i18n/t.js';
import { RowTick } from './RowTick.js';

type Props = { clip: ClipSummary; selected: boolean };

export const domId = (id: string): string => `clip-${id.replace(/[^\w-]/g, '_')}`;

export function ClipRow({ clip, selected }: Props) {
  const id = domId(clip.id);
  const when = clip.publishedAt ?? clip.capturedAt;
  const grouped = clip.groupSize > 1 && clip.groupId !== null;
  const ticked = selectedIds.value.has(clip.id);
  return (
    <li data-clip-id={clip.id} class={`clip-item${grouped ? ' clip-item-grouped' : ''}${ticked ? ' clip-item-ticked' : ''}`}>
      <RowTick id={clip.id} title={clip.title} ticked={ticked} />
      <button
        type="button"
        class="clip-row"
        dir={directionOf(clip.lang)}
        aria-current={selected ? 'true' : undefined}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-meta ${id}-snippet`}
        onClick={(e) => {
          if (e.ctrlKey || e.metaKey) return toggleSelected(clip.id);
          if (e.shiftKey) return selectRangeTo(clip.id);
          void openClip(clip.id);
        }}
      >
        <span class="clip-title" id={`${id}-title`} dir="auto" lang={langAttr(clip.lang)}>
          {clip.title}
        </span>
        <span class="clip-meta" id={`${id}-meta`} lang={uiLocale.value}>
          <span class="clip-source" dir="auto">
            {clip.source ?? t('unknownSource')}
          </span>
          <span class="dot" aria-hidden="true">
            ·
          </span>
          <time dateTime={when} dir="auto">{formatDate(when)}</time>
          {clip.lang !== 'other' && (
            <span class="lang-badge" lang="en" dir="ltr" title={t(`lang.${clip.lang}`)}>
              {clip.lang}
            </span>
          )}
        </span>
        {(clip.tags.length > 0 || clip.highlightCount > 0 || clip.hasNote) && (
          <span class="clip-tags">
            {clip.tags.map((tag) => (
              <TagChip key={tag} name={tag} inline />
            ))}
            {clip.highlightCount > 0 && <span class="clip-marker">{t('passageCount', { n: clip.highlightCount })}</span>}
            {clip.hasNote && <span class="clip-marker">{t('hasNote')}</span>}
          </span>
        )}
        <span class="clip-snippet" id={`${id}-snippet`} dir="auto" lang={langAttr(clip.lang)}>
          {clip.snippet}
        </span>
      </button>
      {grouped && (
        <button
          type="button"
          class="copies-badge"
          aria-label={t('showCopies', { n: clip.groupSize, title: clip.title })}
          onClick={() => void setClipFilter({ kind: 'group', name: clip.title, value: clip.groupId! })}
        >
          {t('copies', { n: clip.groupSize })}
        </button>
      )}
    </li>
  );
}
