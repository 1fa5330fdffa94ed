// One search hit: a tick box for multi-select, then the title and the snippet with matched words marked, source and date, a
// "new" badge for a saved search's fresh clips, and the query words the clip lacks (a partial match). Each text container is dir="auto" so Arabic
// lines run right-to-left with the marks on the right words. Opening calls the reader's action.
import type { SearchHit } from '../../common/search/types.js';
import { openClip } from '../models/reader.js';
import { selectRangeTo, selectedIds, toggleSelected } from '../models/selection.js';
import { uiLocale } from '../models/locale.js';
import { formatDate } from '../i18n/format.js';
import { directionOf, langAttr } from '../i18n/direction.js';
import { t } from '../i18n/t.js';
import { RowTick } from './RowTick.js';
import { Marked } from './Marked.js';

type Props = { hit: SearchHit; selected: boolean };

export const hitDomId = (id: string): string => `hit-${id.replace(/[^\w-]/g, '_')}`;

/**
 * "Missing: X, Y" as web search engines show it: the words struck through. The line sits where the
 * row's other lines do; the label reads in the UI's direction inside it (bdi, dir=auto).
 */
function MissingWords({ id, words }: { id: string; words: string[] }) {
  const [before = '', after = ''] = t('hitMissing').split('{words}');
  const comma = uiLocale.value === 'ar' ? '، ' : ', ';
  return (
    <span class="hit-missing" id={id} lang={uiLocale.value}>
      <bdi dir="auto">
        {before}
        {words.map((w, i) => (
          <span key={w}>
            {i > 0 && comma}
            <s dir="auto">{w}</s>
          </span>
        ))}
        {after}
      </bdi>
    </span>
  );
}

export function SearchHitRow({ hit, selected }: Props) {
  const id = hitDomId(hit.id);
  const when = hit.publishedAt ?? hit.capturedAt;
  const lang = langAttr(hit.lang);
  const ticked = selectedIds.value.has(hit.id);
  return (
    <li data-clip-id={hit.id} class={`clip-item${ticked ? ' clip-item-ticked' : ''}`}>
      <RowTick id={hit.id} title={hit.title} ticked={ticked} />
      <button
        type="button"
        class="clip-row hit-row"
        dir={directionOf(hit.lang)}
        aria-current={selected ? 'true' : undefined}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-meta ${id}-snippet${hit.missing.length > 0 ? ` ${id}-missing` : ''}`}
        onClick={(e) => {
          if (e.ctrlKey || e.metaKey) return toggleSelected(hit.id);
          if (e.shiftKey) return selectRangeTo(hit.id);
          void openClip(hit.id);
        }}
      >
        <span class="clip-title" id={`${id}-title`} dir="auto" lang={lang}>
          <Marked text={hit.title} spans={hit.titleHighlights} />
        </span>
        <span class="clip-meta" id={`${id}-meta`} lang={uiLocale.value}>
          {hit.isNew && <span class="badge">{t('hitNew')}</span>}
          <span class="clip-source" dir="auto">
            {hit.source ?? t('unknownSource')}
          </span>
          <span class="dot" aria-hidden="true">
            ·
          </span>
          <time dateTime={when} dir="auto">
            {formatDate(when)}
          </time>
        </span>
        <span class="hit-snippet" id={`${id}-snippet`} dir="auto" lang={lang}>
          <Marked text={hit.snippet.text} spans={hit.snippet.highlights} />
        </span>
        {hit.missing.length > 0 && <MissingWords id={`${id}-missing`} words={hit.missing} />}
      </button>
    </li>
  );
}
