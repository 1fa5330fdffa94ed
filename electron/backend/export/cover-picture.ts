// The Word report's cover charts as a picture (issue 14): Word cannot show the HTML cover's
// inline SVG reliably, so the same section (cover-charts.ts), on a page with the report's fonts,
// is drawn to PNG by the Chromium that prints PDFs — the same engine and the same Arabic shaping
// as the PDF's cover, and no native image library to ship. Returns null when nothing is drawn.
import type { ReportModel } from '../../../common/export/types.js';
import type { Rasteriser } from './chromium.js';
import { COVER_CHARTS_CSS, coverCharts, coverChartsHtml } from './cover-charts.js';
import { embeddedFonts } from './fonts.js';
import { REPORT_CSP } from './render-html.js';

export type Picture = { png: Uint8Array; width: number; height: number };

/** The picture's page: the cover charts alone, on white, in the report's fonts and direction. */
export function coverPicturePage(m: ReportModel): string {
  return `<!doctype html><html lang="${m.lang}" dir="${m.lang === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<style>${embeddedFonts().css}
html{font-family:'Amiri','Noto Sans',sans-serif;font-size:12pt;line-height:1.6;background:#fff;color:#1d1d1f}
body{margin:0;padding:0}
.ltr{direction:ltr;unicode-bidi:isolate;font-family:'Noto Sans',sans-serif}
${COVER_CHARTS_CSS}
.cover-charts{margin:0;padding:6px 10px}</style></head><body>${coverChartsHtml(m, { figures: false })}</body></html>`;
}

/** A PNG's pixel size from its IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const v = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: v.getUint32(16), height: v.getUint32(20) };
}

export async function coverPicture(m: ReportModel, raster: Rasteriser, signal?: AbortSignal): Promise<Picture | null> {
  if (!m.include.cover || !coverCharts(m)) return null;
  const png = await raster(coverPicturePage(m), '.cover-charts', signal);
  return { png, ...pngSize(png) };
}
