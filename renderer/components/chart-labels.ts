// Date and share labels the charts share: a period in the UI's language (UTC days, as the
// library stores them) and a share as a percentage. Pure formatting; reads the locale signal.
import type { TimelineBar, TimelineUnit } from '../../common/view/timeline.js';
import { percent } from '../../common/view/chart-scale.js';
import { uiLocale } from '../models/locale.js';

const dayBefore = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

export const formatDay = (day: string, opts: Intl.DateTimeFormatOptions): string =>
  new Intl.DateTimeFormat(uiLocale.value, { ...opts, timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

export function periodLabel(bar: Pick<TimelineBar, 'start' | 'end'>, unit: TimelineUnit): string {
  if (unit === 'month') return formatDay(bar.start, { month: 'long', year: 'numeric' });
  if (unit === 'day') return formatDay(bar.start, { dateStyle: 'medium' });
  return `${formatDay(bar.start, { day: 'numeric', month: 'short' })} – ${formatDay(dayBefore(bar.end), { dateStyle: 'medium' })}`;
}

/** A share as a percentage in the UI's language ("46%", «٤٦٪»); under 1% reads "<1%". */
export const percentLabel = (share: number): string => {
  const fmt = new Intl.NumberFormat(uiLocale.value, { style: 'percent', maximumFractionDigits: 0 });
  return percent(share) === '<1' ? `<${fmt.format(0.01)}` : fmt.format(share);
};
