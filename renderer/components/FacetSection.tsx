// One sidebar section (tags, saved searches or sources): a heading, then either clickable
// entries with counts or a helpful empty-state sentence. Selecting calls the list's filter action.
import { clipFilter, setClipFilter } from '../models/clips.js';
import { formatNumber } from '../i18n/format.js';
import { t } from '../i18n/t.js';

type Entry = { name: string; clips: number };
type Props = {
  id: string;
  title: string;
  empty: string;
  kind: 'tag' | 'source' | null;
  entries: Entry[];
};

export function FacetSection({ id, title, empty, kind, entries }: Props) {
  const active = clipFilter.value;
  return (
    <section class="facet-section" aria-labelledby={id}>
      <h2 id={id} class="section-title">
        {title}
      </h2>
      {entries.length === 0 ? (
        <p class="facet-empty">{empty}</p>
      ) : (
        <ul class="facet-list">
          {entries.map((entry) => {
            const pressed = !!kind && active?.kind === kind && active.name === entry.name;
            return (
              <li key={entry.name}>
                <button
                  type="button"
                  class="facet"
                  aria-pressed={pressed}
                  title={t('facetCount', { n: entry.clips })}
                  onClick={() => kind && void setClipFilter(pressed ? null : { kind, name: entry.name })}
                >
                  <span class="facet-name" dir="auto">
                    {entry.name}
                  </span>
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
