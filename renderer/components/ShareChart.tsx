// Share of the clips on screen by source and by language (issue 14): one 100% bar each, drawn as
// inline SVG from the reading edge, the largest few named and the rest in grey, a legend with
// percentages, and the counts in a table behind a disclosure. Reads the view-shares model only.
import type { Lang } from '../../common/domain.js';
import type { Share } from '../../common/view/chart-scale.js';
import { topShares } from '../../common/view/chart-scale.js';
import { viewShares } from '../models/view-shares.js';
import { uiDir } from '../models/locale.js';
import { formatNumber } from '../i18n/format.js';
import { t } from '../i18n/t.js';
import { percentLabel } from './chart-labels.js';

// Five names and the rest: more slices than that are unreadable in a one-line bar.
const KEEP = 5;
const WIDTH = 100;
// A clip with no source is a slice of its own, apart from the rest ('' in topShares).
const NO_SOURCE = '\u0000';
const sourceName = (k: string): string => (k === NO_SOURCE ? t('shareNoSource') : k === '' ? t('shareRest') : k);

type Row = { id: 'source' | 'lang'; title: string; shares: Share[]; name: (key: string) => string };

function ShareBar({ row }: { row: Row }) {
  const rtl = uiDir.value === 'rtl';
  let at = 0;
  return (
    <div class="share-row" data-kind={row.id}>
      <span class="share-title">{row.title}</span>
      <svg class="share-bar" viewBox={`0 0 ${WIDTH} 6`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
        {row.shares.map((s, i) => {
          const w = s.share * WIDTH;
          const x = rtl ? WIDTH - at - w : at;
          at += w;
          return <rect key={s.key || '~rest'} class={`share-seg share-seg-${s.key ? i + 1 : 'rest'}`} x={x} y={0} width={w} height={6} data-key={s.key === NO_SOURCE ? '(none)' : s.key} data-count={s.count} />;
        })}
      </svg>
      <ul class="share-legend">
        {row.shares.map((s, i) => (
          <li key={s.key || '~rest'}>
            <span class={`share-swatch share-seg-${s.key ? i + 1 : 'rest'}`} aria-hidden="true" />
            <bdi>{row.name(s.key)}</bdi> {percentLabel(s.share)}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ShareChart() {
  const v = viewShares.value;
  if (!v || v.total < 2) return null;
  const rows: Row[] = [
    { id: 'source', title: t('shareSources'), shares: topShares(v.sources.map((s) => ({ key: s.key || NO_SOURCE, count: s.count })), KEEP), name: sourceName },
    { id: 'lang', title: t('shareLangs'), shares: topShares(v.langs, KEEP), name: (k) => (k === '' ? t('shareRest') : t(`lang.${k as Lang}`)) },
  ];
  return (
    <figure class="shares" aria-labelledby="shares-caption">
      <figcaption id="shares-caption" class="shares-caption">
        {t('sharesCaption', { n: v.total })}
      </figcaption>
      {rows.map((r) => (
        <ShareBar key={r.id} row={r} />
      ))}
      <details class="chart-table">
        <summary>{t('timelineTable')}</summary>
        <div class="chart-table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('shareKind')}</th>
                <th scope="col">{t('shareName')}</th>
                <th scope="col">{t('timelineClips')}</th>
                <th scope="col">{t('shareShare')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.flatMap((r) =>
                r.shares.map((s) => (
                  <tr key={`${r.id}:${s.key}`}>
                    <td>{r.title}</td>
                    <th scope="row">
                      <bdi>{r.name(s.key)}</bdi>
                    </th>
                    <td>{formatNumber(s.count)}</td>
                    <td>{percentLabel(s.share)}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
