// A bar chart of counts per day, week or month (issue 14), drawn as inline SVG (offline, no
// library) with time running in the reading direction, an axis line of first period / tallest
// bar / last period, and the same figures in a table behind a disclosure. With `onBar`, each bar
// with a count is a button. Pure presentation: callers pass the timeline and the labels.
import type { Timeline, TimelineBar } from '../../common/view/timeline.js';
import { barHeights, slotX } from '../../common/view/chart-scale.js';
import { uiDir } from '../models/locale.js';
import { periodLabel } from './chart-labels.js';
import { formatNumber } from '../i18n/format.js';
import { t } from '../i18n/t.js';

// viewBox units: each bar gets a 10-wide slot with a 2-wide gap; 40 high. CSS sets the size.
const SLOT = 10;
const HEIGHT = 40;
// A few bars would each be a pane wide: none grows wider than this.
const MAX_BAR_REM = 2.5;

type Props = {
  id: string;
  class?: string;
  caption: string;
  timeline: Timeline;
  /** What a bar says to a screen reader and in its tooltip. */
  barLabel: (bar: TimelineBar, period: string) => string;
  /** The heading of the table's count column. */
  countHeading: string;
  onBar?: (bar: TimelineBar) => void;
  isActive?: (bar: TimelineBar) => boolean;
};

export function PeriodChart({ id, class: extra, caption, timeline, barLabel, countHeading, onBar, isActive }: Props) {
  const { bars, unit } = timeline;
  const max = Math.max(1, ...bars.map((b) => b.count));
  const heights = barHeights(bars.map((b) => b.count), HEIGHT - 2);
  const rtl = uiDir.value === 'rtl';
  const label = (b: TimelineBar) => barLabel(b, periodLabel(b, unit));
  return (
    <figure class={`timeline${extra ? ` ${extra}` : ''}`} aria-labelledby={id}>
      <figcaption id={id} class="timeline-caption">
        {caption}
      </figcaption>
      <svg
        class="timeline-chart"
        viewBox={`0 0 ${bars.length * SLOT} ${HEIGHT}`}
        preserveAspectRatio="none"
        role="group"
        aria-labelledby={id}
        style={{ maxWidth: `${bars.length * MAX_BAR_REM}rem` }}
      >
        {bars.map((b, i) => {
          const x = slotX(i, bars.length, SLOT, rtl);
          const live = onBar !== undefined && b.count > 0;
          const go = () => onBar?.(b);
          return (
            <g
              key={b.start}
              class={`timeline-bar${isActive?.(b) ? ' timeline-bar-active' : ''}`}
              role={onBar ? 'button' : 'img'}
              tabIndex={live ? 0 : -1}
              aria-label={label(b)}
              aria-disabled={onBar ? b.count === 0 : undefined}
              data-start={b.start}
              data-count={b.count}
              onClick={live ? go : undefined}
              onKeyDown={(e) => {
                if (live && (e.key === 'Enter' || e.key === ' ')) {
                  e.preventDefault();
                  go();
                }
              }}
            >
              <title>{label(b)}</title>
              <rect class="timeline-hit" x={x} y={0} width={SLOT} height={HEIGHT} />
              <rect class="timeline-fill" x={x + 1} y={HEIGHT - heights[i]!} width={SLOT - 2} height={heights[i]!} />
            </g>
          );
        })}
      </svg>
      <div class="timeline-axis" aria-hidden="true">
        <span>{periodLabel(bars[0]!, unit)}</span>
        <span>{t('timelineMax', { n: formatNumber(max) })}</span>
        <span>{periodLabel(bars[bars.length - 1]!, unit)}</span>
      </div>
      <details class="timeline-table">
        <summary>{t('timelineTable')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('timelinePeriod')}</th>
              <th scope="col">{countHeading}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((b) => (
              <tr key={b.start}>
                <th scope="row">{periodLabel(b, unit)}</th>
                <td>{formatNumber(b.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
