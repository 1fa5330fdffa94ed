// The figures behind the sidebar's sparklines (issue 14): one row per tag and watchlist, one
// column per week, behind a disclosure for screen readers and copying. Reads the sparklines,
// facets and saved-searches models.
import { sparklines } from '../models/sparklines.js';
import { facets } from '../models/facets.js';
import { savedSearches } from '../models/saved-searches.js';
import { formatNumber } from '../i18n/format.js';
import { t } from '../i18n/t.js';
import { formatDay } from './chart-labels.js';

export function SparkTable() {
  const s = sparklines.value;
  const f = facets.value;
  const saved = savedSearches.value.status === 'ready' ? savedSearches.value.value : [];
  if (!s || s.weeks.length === 0 || f.status !== 'ready') return null;
  const rows = [
    ...f.value.tags.map((tag) => ({ key: `t:${tag.name}`, name: tag.name, counts: s.tags.find((x) => x.name === tag.name)?.counts })),
    ...saved.map((w) => ({ key: `s:${w.id}`, name: w.name, counts: s.saved.find((x) => x.id === w.id)?.counts })),
  ].filter((r) => r.counts);
  if (rows.length === 0) return null;
  const week = (d: string) => formatDay(d, { day: 'numeric', month: 'short' });
  return (
    <details class="spark-table chart-table">
      <summary>{t('sparkTable')}</summary>
      <div class="chart-table-scroll">
        <table>
          <caption>{t('sparkCaption', { from: week(s.weeks[0]!), to: week(s.weeks[s.weeks.length - 1]!) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sparkName')}</th>
              {s.weeks.map((w) => (
                <th scope="col" key={w}>
                  {week(w)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">
                  <bdi>{r.name}</bdi>
                </th>
                {r.counts!.map((c, i) => (
                  <td key={i}>{formatNumber(c)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
