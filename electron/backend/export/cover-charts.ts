// The charts on a report's cover (issue 14): clips per day, week or month, and shares by source
// and by language, as inline SVG with their legends, and the figures in a table (a disclosure in
// the HTML report, left out of print). Time and the share bars run in the report's reading
// direction. Pure string building from the model; every name is escaped (clipped text is hostile).
import { chartLabels, type ChartLabels } from '../../../common/export/chart-labels.js';
import type { ReportModel } from '../../../common/export/types.js';
import { barHeights, percent, slotX, tally, topShares, type Share } from '../../../common/view/chart-scale.js';
import { buildTimeline, type Timeline } from '../../../common/view/timeline.js';
import { esc } from './html-escape.js';

export type CoverCharts = { timeline: Timeline; sources: Share[]; langs: Share[] };

// Five names and the rest, as in the app's share bars.
const KEEP = 5;
// A clip with no source is a slice of its own, apart from the rest ('').
const NO_SOURCE = '\u0000';
// The palette of the app's light theme (renderer/styles/charts.css), the rest in grey.
const PALETTE = ['#1d5c74', '#c07a1c', '#4f8a3a', '#9c4a6e', '#6a5aa8'];
const REST = '#9aa5b1';
// viewBox units of the timeline: a 10-wide slot per bar, 40 high.
const SLOT = 10;
const HEIGHT = 40;
// A few bars would each be a page wide: none grows wider than this.
const MAX_BAR_MM = 12;


export function coverCharts(m: ReportModel): CoverCharts | null {
  if (m.clips.length === 0) return null;
  return {
    timeline: buildTimeline(m.clips.map((c) => (c.publishedAt ?? c.capturedAt).slice(0, 10))),
    sources: topShares(tally(m.clips.map((c) => c.source || NO_SOURCE)), KEEP),
    langs: topShares(tally(m.clips.map((c) => c.lang)), KEEP),
  };
}

export const sourceName = (k: string, l: ChartLabels): string => (k === NO_SOURCE ? l.noSource : k === '' ? l.others : k);
export const langName = (k: string, l: ChartLabels): string => (k === '' ? l.others : (l.lang[k as keyof ChartLabels['lang']] ?? k));
const colour = (s: Share, i: number): string => (s.key === '' ? REST : PALETTE[i % PALETTE.length]!);

function timelineSvg(tl: Timeline, rtl: boolean, l: ChartLabels): string {
  const heights = barHeights(tl.bars.map((b) => b.count), HEIGHT - 2);
  const rects = tl.bars
    .map((b, i) => (heights[i]! > 0 ? `<rect x="${slotX(i, tl.bars.length, SLOT, rtl) + 1}" y="${HEIGHT - heights[i]!}" width="${SLOT - 2}" height="${heights[i]!}" fill="${PALETTE[0]}"><title>${esc(b.start)}: ${b.count}</title></rect>` : ''))
    .join('');
  const max = Math.max(0, ...tl.bars.map((b) => b.count));
  const first = tl.bars[0]!.start;
  const last = tl.bars[tl.bars.length - 1]!.start;
  return (
    `<div class="chart"><div class="chart-title">${esc(l.timeline[tl.unit])}</div>` +
    `<svg class="chart-bars" viewBox="0 0 ${tl.bars.length * SLOT} ${HEIGHT}" preserveAspectRatio="none" role="img" aria-label="${esc(l.timeline[tl.unit])}" style="max-width:${tl.bars.length * MAX_BAR_MM}mm">` +
    `<line x1="0" x2="${tl.bars.length * SLOT}" y1="${HEIGHT - 0.2}" y2="${HEIGHT - 0.2}" stroke="#d9d9e0" stroke-width="0.4"/>${rects}</svg>` +
    `<div class="chart-axis"><span class="ltr">${esc(first)}</span><span>${esc(l.tallest.replace('{n}', String(max)))}</span><span class="ltr">${esc(last)}</span></div></div>`
  );
}

function shareSvg(title: string, shares: Share[], name: (k: string) => string, rtl: boolean): string {
  let at = 0;
  const segs = shares
    .map((s, i) => {
      const w = s.share * 100;
      const x = rtl ? 100 - at - w : at;
      at += w;
      return `<rect x="${x}" y="0" width="${w}" height="6" fill="${colour(s, i)}"><title>${esc(name(s.key))}: ${s.count}</title></rect>`;
    })
    .join('');
  const legend = shares
    .map((s, i) => `<li><span class="swatch" style="background:${colour(s, i)}"></span><bdi>${esc(name(s.key))}</bdi> ${s.count} (${percent(s.share)}%)</li>`)
    .join('');
  return `<div class="chart"><div class="chart-title">${esc(title)}</div><svg class="chart-share" viewBox="0 0 100 6" preserveAspectRatio="none" role="img" aria-label="${esc(title)}">${segs}</svg><ul class="chart-legend">${legend}</ul></div>`;
}

function figuresTable(c: CoverCharts, l: ChartLabels): string {
  const row = (a: string, b: number, extra = '') => `<tr><th scope="row"><bdi>${esc(a)}</bdi></th><td>${b}</td><td>${extra}</td></tr>`;
  const rows = [
    ...c.timeline.bars.map((b) => row(b.start, b.count)),
    ...c.sources.map((s) => row(sourceName(s.key, l), s.count, `${percent(s.share)}%`)),
    ...c.langs.map((s) => row(langName(s.key, l), s.count, `${percent(s.share)}%`)),
  ];
  return `<details class="chart-figures"><summary>${esc(l.figures)}</summary><table><thead><tr><th scope="col">${esc(l.period)}</th><th scope="col">${esc(l.count)}</th><th scope="col">${esc(l.share)}</th></tr></thead><tbody>${rows.join('')}</tbody></table></details>`;
}

/** The cover's charts as one HTML section; `figures` adds the table behind them (HTML report). */
export function coverChartsHtml(m: ReportModel, opts: { figures: boolean }): string {
  const c = coverCharts(m);
  if (!c) return '';
  const l = chartLabels(m.lang);
  const rtl = m.lang === 'ar';
  return (
    `<section class="cover-charts">${timelineSvg(c.timeline, rtl, l)}` +
    `<div class="chart-pair">${shareSvg(l.bySource, c.sources, (k) => sourceName(k, l), rtl)}${shareSvg(l.byLanguage, c.langs, (k) => langName(k, l), rtl)}</div>` +
    `${opts.figures ? figuresTable(c, l) : ''}</section>`
  );
}

/** CSS for the section (the report's and the Word picture's page). */
export const COVER_CHARTS_CSS = `.cover-charts{margin-block-start:1.4rem;font-size:.8rem;color:#5b5b66}
.cover-charts .chart{margin-block-end:.8rem}
.cover-charts .chart-title{font-weight:700;color:#1d1d1f;margin-block-end:.2rem}
.cover-charts .chart-bars{display:block;width:100%;height:28mm}
.cover-charts .chart-share{display:block;width:100%;height:4mm}
.cover-charts .chart-axis{display:flex;justify-content:space-between}
.cover-charts .chart-pair{display:grid;grid-template-columns:1fr 1fr;gap:1.2rem}
.cover-charts .chart-legend{list-style:none;padding:0;margin:.3rem 0 0;display:flex;flex-wrap:wrap;gap:.1rem .9rem}
.cover-charts .swatch{display:inline-block;width:.7em;height:.7em;border-radius:2px;margin-inline-end:.3em;vertical-align:middle}
.cover-charts .chart-figures table{border-collapse:collapse;margin-block-start:.3rem}
.cover-charts .chart-figures th,.cover-charts .chart-figures td{border-block-end:1px solid #d9d9e0;padding:.1rem .5rem;text-align:start;font-weight:400}
@media print{.cover-charts .chart-figures{display:none}}`;
