// A sparkline (issue 14): a tag's or watchlist's clips per week as tiny inline SVG bars, time
// running in the reading direction, on its own scale. Decorative beside the count it sits next
// to (aria-hidden); the figures are in the sidebar's SparkTable. Pure presentation.
import { barHeights, slotX } from '../../common/view/chart-scale.js';
import { uiDir } from '../models/locale.js';

// viewBox units: a 4-wide slot per week with a 1-wide gap, 12 high.
const SLOT = 4;
const HEIGHT = 12;

export function Sparkline({ counts }: { counts: readonly number[] | undefined }) {
  if (!counts || counts.length === 0) return null;
  const rtl = uiDir.value === 'rtl';
  const heights = barHeights(counts, HEIGHT - 1, 1);
  return (
    <svg class="sparkline" viewBox={`0 0 ${counts.length * SLOT} ${HEIGHT}`} preserveAspectRatio="none" aria-hidden="true" focusable="false" data-counts={counts.join(',')}>
      <line class="sparkline-base" x1={0} x2={counts.length * SLOT} y1={HEIGHT - 0.25} y2={HEIGHT - 0.25} />
      {heights.map((h, i) => (h > 0 ? <rect key={i} class="sparkline-bar" x={slotX(i, counts.length, SLOT, rtl) + 0.5} y={HEIGHT - h} width={SLOT - 1} height={h} /> : null))}
    </svg>
  );
}
