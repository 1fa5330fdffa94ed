// The cover charts in the Word report (issue 14): the picture drawn by cover-picture.ts, with its
// alternative text, then the same figures as text lines (by source, by language, the busiest
// period) so a reader without the picture, or with a screen reader, has them too.
import { AlignmentType, ImageRun, Paragraph } from 'docx';
import { chartLabels } from '../../../common/export/chart-labels.js';
import type { ReportModel } from '../../../common/export/types.js';
import { percent, type Share } from '../../../common/view/chart-scale.js';
import { coverCharts, langName, sourceName } from './cover-charts.js';
import type { Picture } from './cover-picture.js';

// The text column of an A4 page with 2 cm margins, in pixels at 96 dpi.
const COLUMN_PX = 642;

export function coverChartParas(m: ReportModel, picture: Picture | null, line: (label: string, value: string) => Paragraph): Paragraph[] {
  const c = coverCharts(m);
  if (!c) return [];
  const l = chartLabels(m.lang);
  const out: Paragraph[] = [];
  if (picture) {
    // Drawn at twice the size it is shown; shown at most the column's width.
    const width = Math.min(COLUMN_PX, picture.width / 2);
    const height = Math.round((picture.height / picture.width) * width);
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new ImageRun({ type: 'png', data: picture.png, transformation: { width, height }, altText: { name: 'cover-charts', title: l.alt, description: l.alt } })],
      }),
    );
  }
  const sep = m.lang === 'ar' ? '، ' : ', ';
  const list = (shares: Share[], name: (k: string) => string) => shares.map((s) => `${name(s.key)} ${s.count} (${percent(s.share)}%)`).join(sep);
  const peak = c.timeline.bars.reduce((a, b) => (b.count > a.count ? b : a));
  out.push(
    line(l.timeline[c.timeline.unit], `${peak.start}: ${peak.count} (${l.tallest.replace('{n}', String(peak.count))})`),
    line(l.bySource, list(c.sources, (k) => sourceName(k, l))),
    line(l.byLanguage, list(c.langs, (k) => langName(k, l))),
  );
  return out;
}
