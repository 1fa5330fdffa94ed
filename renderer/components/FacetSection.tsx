// One sidebar section (tags, saved searches or sources): a heading, then either clickable
// entries with counts or a helpful empty-state sentence. Selecting calls the list's filter action.
// Tags are shown as a tree by path: a child under its parent, indented, by its last segment.
import { clipFilter, setClipFilter } from '../models/clips.js';
import { formatNumber } from '../i18n/format.js';
import { t } from '../i18n/t.js';
import { uiLocale } from '../models/locale.js';
import { leafName, tagTree } from '../../common/tags/tag-tree.js';
import { tagSpark } from '../models/sparklines.js';
import { Sparkline } from './Sparkline.js';

type Entry = { name: string; clips: number; parent?: string | null; depth?: number };
type Props = {
  id: string;
  title: string;
  empty: string;
  kind: 'tag' | 'source' | null;
  entries: Entry[];
};

const asTree = (entries: Entry[]): Entry[] => tagTree(entries.map((e) => ({ ...e, parent: e.parent ?? null })), uiLocale.value, 'clips');

export function FacetSection({ id, title, empty, kind, entries }: Props) {
  const active = clipFilter.value;
  const shown = kind === 'tag' ? asTree(entries) : entries;
  return (
    <section class="facet-section" aria-labelledby={id}>
      <h2 id={id} class="section-title">
        {title}
      </h2>
      {entries.length === 0 ? (
        <p class="facet-empty">{empty}</p>
      ) : (
        <ul class="facet-list">
          {shown.map((entry) => {
            const pressed = !!kind && active?.kind === kind && active.name === entry.name;
            const depth = entry.depth ?? 0;
            return (
              <li key={entry.name}>
                <button
                  type="button"
                  class="facet"
                  aria-pressed={pressed}
                  title={t('facetCount', { n: entry.clips })}
                  aria-label={depth > 0 ? entry.name : undefined}
                  style={depth > 0 ? { paddingInlineStart: `${0.5 + depth * 0.9}rem` } : undefined}
                  onClick={() => kind && void setClipFilter(pressed ? null : { kind, name: entry.name })}
                >
                  <span class="facet-name" dir="auto">
                    {depth > 0 ? leafName(entry.name) : entry.name}
                  </span>
                  {kind === 'tag' && <Sparkline counts={tagSpark(entry.name)} />}
                  <span class="facet-count" aria-hidden="true">
                    {formatNumber(entry.clips)}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
