// The timeline chart over the list (issue 14): one bar per day, week or month of what the list or
// search shows (PeriodChart draws it); each bar is a button that narrows the search to its period.
// Reads the timeline model only.
import { activeBar, showPeriod, timeline } from '../models/timeline.js';
import { t } from '../i18n/t.js';
import { PeriodChart } from './PeriodChart.js';

export function TimelineChart() {
  const state = timeline.value;
  if (state?.status !== 'ready' || state.value.total === 0) return null;
  const { unit, total } = state.value;
  return (
    <PeriodChart
      id="timeline-caption"
      caption={t(`timelineCaption.${unit}`, { n: total })}
      timeline={state.value}
      barLabel={(b, period) => t('timelineBar', { period, n: b.count })}
      countHeading={t('timelineClips')}
      onBar={(b) => void showPeriod(b)}
      isActive={activeBar}
    />
  );
}
