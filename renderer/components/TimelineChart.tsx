// The timeline chart over the list (issue 14): one bar per day, week or month of what the list or
// search shows, drawn as inline SVG (offline, no library), time running in the reading direction;
// each bar is a button that narrows the search to its period; the same figures sit in a table
// behind a disclosure for screen readers and copying. Reads the timeline model only.
import type { TimelineBar, TimelineUnit } from '../../common/view/timeline.js';
import { activeBar, showPeriod, timeline } from '../models/timeline.js';
import { uiDir, uiLocale } from '../models/locale.js';
import { formatNumber } from '../i18n/format.js';
import { t } from '../i18n/t.js';

// viewBox units: each bar gets a 10-wide slot with a 2-wide gap; 40 high. CSS sets the size.
const SLOT = 10;
const HEIGHT = 40;

const dayBefore = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

function periodLabel(bar: TimelineBar, unit: TimelineUnit): string {
  const fmt = (day: string, opts: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(uiLocale.value, { ...opts, timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
  if (unit === 'month') return fmt(bar.start, { month: 'long', year: 'numeric' });
  if (unit === 'day') return fmt(bar.start, { dateStyle: 'medium' });
  return `${fmt(bar.start, { day: 'numeric', month: 'short' })} – ${fmt(dayBefore(bar.end), { dateStyle: 'medium' })}`;
}

export function TimelineChart() {
  const state = timeline.value;
  if (state?.status !== 'ready' || state.value.total === 0) return null;
  const { bars, unit, total } = state.value;
  const max = Math.max(1, ...bars.map((b) => b.count));
  const rtl = uiDir.value === 'rtl';
  const width = bars.length * SLOT;
  const label = (b: TimelineBar) => t('timelineBar', { period: periodLabel(b, unit), n: b.count });
  return (
    <figure class="timeline" aria-labelledby="timeline-caption">
      <figcaption id="timeline-caption" class="timeline-caption">
        {t(`timelineCaption.${unit}`, { n: total })}
      </figcaption>
      <svg class="timeline-chart" viewBox={`0 0 ${width} ${HEIGHT}`} preserveAspectRatio="none" role="group" aria-labelledby="timeline-caption">
        {bars.map((b, i) => {
          const h = b.count === 0 ? 0 : Math.max(2, (b.count / max) * (HEIGHT - 2));
          const x = (rtl ? bars.length - 1 - i : i) * SLOT;
          const go = () => void showPeriod(b);
          return (
            <g
              key={b.start}
              class={`timeline-bar${activeBar(b) ? ' timeline-bar-active' : ''}`}
              role="button"
              tabIndex={b.count > 0 ? 0 : -1}
              aria-label={label(b)}
              aria-disabled={b.count === 0}
              data-start={b.start}
              data-count={b.count}
              onClick={b.count > 0 ? go : undefined}
              onKeyDown={(e) => {
                if (b.count > 0 && (e.key === 'Enter' || e.key === ' ')) {
                  e.preventDefault();
                  go();
                }
              }}
            >
              <title>{label(b)}</title>
              <rect class="timeline-hit" x={x} y={0} width={SLOT} height={HEIGHT} />
              <rect class="timeline-fill" x={x + 1} y={HEIGHT - h} width={SLOT - 2} height={h} />
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
              <th scope="col">{t('timelineClips')}</th>
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
