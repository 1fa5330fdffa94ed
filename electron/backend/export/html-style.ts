// The stylesheet of the HTML (and so the PDF) report: screen and print, logical properties only
// so one sheet serves Arabic and English reports, A4 pages with the page number in a @page
// margin box. Pure string building; no url() other than the embedded fonts' data: URIs.
import { REPORT_LABELS } from '../../../common/export/labels.js';
import { SPEAKER_TINTS, type ReportModel } from '../../../common/export/types.js';
import { COVER_CHARTS_CSS } from './cover-charts.js';

const cssString = (s: string): string => `"${s.replace(/["\\]/g, (c) => `\\${c}`)}"`;

/** "Page {page} of {pages}" as a CSS content value; Arabic is wrapped in an RLI…PDI isolate. */
function pageContent(model: ReportModel): string {
  const parts = REPORT_LABELS[model.lang].pageOf.split(/(\{page\}|\{pages\})/);
  const items = parts.filter(Boolean).map((p) => (p === '{page}' ? 'counter(page)' : p === '{pages}' ? 'counter(pages)' : cssString(p)));
  return model.lang === 'ar' ? ['"\\2067"', ...items, '"\\2069"'].join(' ') : items.join(' ');
}

// font-kerning:none: Amiri's kerning (ra or waw before ya) moves a glyph more than a tenth of
// the font size from its neighbour, where pdftotext starts a new word («سور يا»): with it 360
// of the seed piece's 378 Arabic words came out whole, without it 378 (measured). The letters'
// shapes and joins are unchanged; the spacing differs by a fraction of a point.
export function reportCss(model: ReportModel, fontCss: string): string {
  const speakers = SPEAKER_TINTS.map((s, i) => `.sp-${i}{--tint:${s.tint};--line:${s.line}}`).join('\n');
  return `${fontCss}
:root{--ink:#1d1d1f;--muted:#5b5b66;--rule:#d9d9e0;--tint:#eee;--line:#888}
*{box-sizing:border-box}
html{font-family:'Amiri','Noto Sans',sans-serif;font-kerning:none;color:var(--ink);background:#fff;line-height:1.7;font-size:12pt;-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0 auto;max-width:48rem;padding:2rem 1.5rem}
h1,h2,h3{line-height:1.35;font-weight:700}
h1{font-size:1.9rem;margin:0 0 1rem}
h2{font-size:1.35rem;margin:0 0 .6rem}
h3{font-size:1.1rem;margin:1.2rem 0 .4rem}
.muted{color:var(--muted)}
.cover{padding-block:3rem 2rem;display:flex;flex-direction:column;justify-content:center;border-block-end:3px solid var(--ink);margin-block-end:2rem}
.cover h1{font-size:2.4rem;padding-block-end:.6rem;border-block-end:1px solid var(--rule)}
.cover dl{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1.2rem;margin:1rem 0 0}
.cover dt,.meta dt{color:var(--muted)}
.cover dd,.meta dd{margin:0}
.toc ol{padding-inline-start:2.8rem}
.toc a,.speakers a{color:inherit;text-decoration:none}
.group{margin-block:2rem 1rem;padding-block-end:.3rem;border-block-end:1px solid var(--rule);color:var(--muted)}
.clip{margin-block:2rem;padding-block-start:1rem;border-block-start:1px solid var(--rule)}
.meta{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;font-size:.85rem;margin:0 0 1rem}
.ltr{direction:ltr;unicode-bidi:isolate;font-family:'Noto Sans',sans-serif}
.hash{font-family:monospace;font-size:.8rem;word-break:break-all}
.tag{display:inline-block;border:1px solid var(--rule);border-radius:1em;padding:0 .6em;margin-inline-end:.3em;font-size:.85rem}
.body p{margin:0 0 .7rem}
.body .subheading{font-weight:700;margin-block-start:1rem}
.body .list-item{padding-inline-start:1.2rem}
.body .related-link{color:var(--muted);font-size:.9rem}
mark.hl{color:inherit;border-radius:2px;padding-inline:1px;box-decoration-break:clone;-webkit-box-decoration-break:clone}
.q{background:var(--tint);box-shadow:inset 0 -2px 0 var(--line);padding-inline:.1em;box-decoration-break:clone;-webkit-box-decoration-break:clone}
.excerpt{margin:0 0 .8rem;padding:.4rem .8rem;border-inline-start:4px solid var(--hl,#fbe7a1);background:#fafafa}
.quotes li,.speakers li li{margin-block-end:.4rem}
.speakers>section>ul{list-style:none;padding:0}
.speakers ul ul{list-style:disc}
.from{margin:.8rem 0 .3rem;color:var(--muted);font-size:.9rem}
.quote-line{border-inline-start:4px solid var(--line);padding-inline-start:.6rem;list-style:none}
.kind{font-size:.75rem;color:var(--muted);border:1px solid var(--rule);border-radius:.3em;padding:0 .3em;margin-inline-end:.3em}
.note{background:#fff8e1;border-inline-start:4px solid #e0b000;padding:.4rem .8rem;white-space:pre-wrap}
.manifest table{border-collapse:collapse;width:100%;font-size:.8rem}
.manifest th,.manifest td{border:1px solid var(--rule);padding:.25rem .4rem;text-align:start;vertical-align:top}
${speakers}
${COVER_CHARTS_CSS}
@page{size:A4;margin:18mm 16mm 20mm;@bottom-center{content:${pageContent(model)};font-family:'Amiri','Noto Sans',sans-serif;font-size:9pt;color:#5b5b66}}
@media print{
  body{max-width:none;padding:0}
  .cover{height:230mm;padding:0;border:none;break-after:page}
  .toc{break-after:page}
  .clip{break-before:page;border:none;margin:0;padding:0}
  .group{break-before:page}
  .group+.clip{break-before:auto}
  .speakers,.manifest{break-before:page}
  h1,h2,h3,.from{break-after:avoid}
  .excerpt,.quote-line,.meta{break-inside:avoid}
}`;
}
