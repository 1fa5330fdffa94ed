// Quotes over time on a person's page in the Speakers view (issue 14): the chosen person's quotes
// per day, week or month, drawn by PeriodChart (bars are not buttons here). Reads the
// speaker-timeline model only.
import { speakerTimeline } from '../models/speaker-timeline.js';
import { t } from '../i18n/t.js';
import { PeriodChart } from './PeriodChart.js';

export function SpeakerTimeline() {
  const tl = speakerTimeline.value;
  if (!tl || tl.total === 0) return null;
  return (
    <PeriodChart
      id="speaker-timeline-caption"
      class="speaker-timeline"
      caption={t(`speakerTimelineCaption.${tl.unit}`, { n: tl.total })}
      timeline={tl}
      barLabel={(b, period) => t('speakerTimelineBar', { period, n: b.count })}
      countHeading={t('speakerTimelineQuotes')}
    />
  );
}
