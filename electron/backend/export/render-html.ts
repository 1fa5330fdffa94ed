// The self-contained HTML report (also what Chromium prints to PDF): fonts embedded as data:
// URIs, a strict CSP, no script, no external reference (URLs are printed as text, never
// linked), dir="rtl" for Arabic reports and dir="auto" per paragraph for mixed text. Every
// piece of clipped text is escaped: clipped content is hostile.
import { REPORT_LABELS, reportDate, type ReportLabels } from '../../../common/export/labels.js';
import { quotesByClip } from '../../../common/export/speaker-groups.js';
import type { ReportClip, ReportModel } from '../../../common/export/types.js';
import { embeddedFonts } from './fonts.js';
import { reportCss } from './html-style.js';
import { runsOf } from './segments.js';
import { coverChartsHtml } from './cover-charts.js';
import { esc } from './html-escape.js';

export { esc };

const safeColour = (c: string): string => (/^#[0-9a-fA-F]{6}$/.test(c) ? c : '#fbe7a1');

/** No network, no script, no frames: the report can only show itself. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * Quoted words in quotation marks written into the text, not <q>: Chromium lays out thousands of
 * <q> elements slowly (a 200-clip report spent 1.7 s more laying out, measured). Guillemets for
 * Arabic and Russian, curly quotes for Latin script; the run is isolated so marks stay with it.
 */
export function quoted(text: string): string {
  const [open, close] = /[\u0600-\u06FF\u0400-\u04FF]/.test(text) ? ['«', '»'] : ['“', '”'];
  return `<bdi class="said">${open}${esc(text)}${close}</bdi>`;
}

const langAttr = (c: ReportClip): string => (c.lang === 'other' ? '' : ` lang="${c.lang}"`);

function meta(c: ReportClip, t: ReportLabels): string {
  const row = (label: string, value: string) => (value ? `<dt>${esc(label)}</dt><dd>${value}</dd>` : '');
  return `<dl class="meta">${[
    row(t.source, c.source ? `<bdi>${esc(c.source)}</bdi>` : ''),
    row(t.author, c.author ? `<bdi>${esc(c.author)}</bdi>` : ''),
    row(t.url, c.url ? `<span class="ltr">${esc(c.url)}</span>` : ''),
    row(t.published, c.publishedAt ? `<span class="ltr">${esc(reportDate(c.publishedAt))}</span>` : ''),
    row(t.captured, `<span class="ltr">${esc(reportDate(c.capturedAt))}</span>`),
    row(t.tags, c.tags.map((g) => `<bdi class="tag">${esc(g)}</bdi>`).join('')),
    row(t.sha256, `<span class="hash ltr">${esc(c.sha256)}</span>${c.sha256Verified ? '' : ` <strong>(${esc(t.unverified)})</strong>`}`),
  ].join('')}</dl>`;
}

function fullText(c: ReportClip): string {
  return c.blocks
    .map((b) => {
      const inner = runsOf(c, b.start, b.end)
        .map((r) => {
          let h = esc(r.text);
          if (r.quote !== null) h = `<span class="q sp-${r.quote}"${r.speaker ? ` title="${esc(r.speaker)}"` : ''}>${h}</span>`;
          if (r.highlight) h = `<mark class="hl" style="background:${safeColour(r.highlight)}">${h}</mark>`;
          return h;
        })
        .join('');
      return `<p class="${b.kind}" dir="auto">${inner}</p>`;
    })
    .join('\n');
}

function excerpts(c: ReportClip, t: ReportLabels): string {
  if (c.highlights.length === 0) return `<p class="muted">${esc(t.noHighlights)}</p>`;
  return c.highlights
    .map(
      (h) =>
        `<blockquote class="excerpt" dir="auto" style="--hl:${safeColour(h.colour)}"><mark class="hl" style="background:${safeColour(h.colour)}">${esc(h.exact)}</mark>` +
        `${h.tags.length ? `<div>${h.tags.map((g) => `<bdi class="tag">${esc(g)}</bdi>`).join('')}</div>` : ''}` +
        `${h.note ? `<div class="muted" dir="auto">${esc(h.note)}</div>` : ''}</blockquote>`,
    )
    .join('\n');
}

function quotes(c: ReportClip, t: ReportLabels): string {
  if (c.quotes.length === 0) return '';
  const items = c.quotes.map(
    (q) =>
      `<li class="quote-line sp-${q.colour}"><span class="kind">${esc(t.kind[q.kind])}</span><strong><bdi>${esc(q.speaker ?? t.unknownSpeaker)}</bdi></strong>` +
      `${q.via ? ` <span class="muted">(${esc(t.via)} <bdi>${esc(q.via)}</bdi>)</span>` : ''}: ${quoted(q.text)}</li>`,
  );
  return `<section class="quotes"><h3>${esc(t.quotes)}</h3><ul>${items.join('')}</ul></section>`;
}

function clipHtml(c: ReportClip, m: ReportModel, t: ReportLabels): string {
  const inc = m.include;
  const dir = c.lang === 'ar' ? 'rtl' : c.lang === 'other' ? 'auto' : 'ltr';
  return `<article class="clip" id="clip-${c.n}"${langAttr(c)} dir="${dir}">
<h2 dir="auto">${c.n}. ${esc(c.title)}</h2>
${inc.metadata ? meta(c, t) : ''}
${inc.text === 'full' ? `<div class="body">${fullText(c)}</div>` : inc.text === 'highlights' ? `<div class="excerpts">${excerpts(c, t)}</div>` : ''}
${inc.quotes ? quotes(c, t) : ''}
${inc.notes && c.note ? `<section><h3>${esc(t.note)}</h3><div class="note" dir="auto">${esc(c.note)}</div></section>` : ''}
</article>`;
}

function cover(m: ReportModel, t: ReportLabels, figures: boolean): string {
  const period = m.period.from ? `<span class="ltr">${esc(m.period.from)}${m.period.to !== m.period.from ? ` – ${esc(m.period.to ?? '')}` : ''}</span>` : '—';
  const sel = m.selection;
  const chosen = [
    ...(sel.tags ?? []).map((g) => `<bdi class="tag">${esc(g)}</bdi>`),
    ...(sel.query?.trim() ? [quoted(sel.query.trim())] : []),
  ].join(' ');
  const rows: [string, string][] = [
    ...(chosen ? ([[t.selection, chosen]] as [string, string][]) : []),
    [t.period, period],
    [t.clips, String(m.counts.clips)],
    [t.sources, String(m.counts.sources)],
    [t.highlights, String(m.counts.highlights)],
    [t.quotes, String(m.counts.quotes)],
    [t.speakers, String(m.counts.speakers)],
    [t.generated, `<span class="ltr">${esc(reportDate(m.generatedAt))}</span>`],
  ];
  const dl = `<dl>${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;
  return `<header class="cover"><h1 dir="auto">${esc(m.title)}</h1>${dl}${coverChartsHtml(m, { figures })}</header>`;
}

const toc = (m: ReportModel, t: ReportLabels): string =>
  `<nav class="toc"><h2>${esc(t.contents)}</h2><ol>${m.clips.map((c) => `<li><a href="#clip-${c.n}" dir="auto">${esc(c.title)}</a>${c.source ? ` <span class="muted">— <bdi>${esc(c.source)}</bdi></span>` : ''}</li>`).join('')}</ol></nav>`;

function speakers(m: ReportModel, t: ReportLabels): string {
  if (m.speakers.length === 0) return '';
  const blocks = m.speakers.map(
    (s) =>
      `<section class="sp-${s.colour}"><h3><span class="q">${esc(s.speaker || t.unknownSpeaker)}</span> <span class="muted">(${s.quotes.length})</span></h3><ul>` +
      quotesByClip(s.quotes)
        .map(
          (g) =>
            `<li><p class="from"><a href="#clip-${g.clipN}">${g.clipN}. <bdi>${esc(g.clipTitle)}</bdi></a></p><ul>` +
            g.quotes.map((q) => `<li><span class="kind">${esc(t.kind[q.kind])}</span>${quoted(q.text)}</li>`).join('') +
            '</ul></li>',
        )
        .join('') +
      '</ul></section>',
  );
  return `<section class="speakers"><h2>${esc(t.whoSaidWhat)}</h2>${blocks.join('\n')}</section>`;
}

function manifest(m: ReportModel, t: ReportLabels): string {
  const rows = m.clips.map(
    (c) =>
      `<tr><td>${c.n}</td><td dir="auto">${esc(c.title)}</td><td class="ltr">${esc(c.url ?? '')}</td><td class="ltr">${esc(reportDate(c.capturedAt))}</td><td class="hash">${esc(c.sha256)}${c.sha256Verified ? '' : ' ✗'}</td></tr>`,
  );
  return `<section class="manifest"><h2>${esc(t.manifest)}</h2><table><thead><tr><th>#</th><th>${esc(t.clips)}</th><th>${esc(t.url)}</th><th>${esc(t.captured)}</th><th>SHA-256</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

// Only for the copy handed to a PDF printer: on screen the body is not laid out at all, so
// Chromium lays the report out once (for print) instead of twice (screen after load, then print);
// for a 200-clip report the screen layout is a large share of the printing time.
const PRINT_ONLY_CSS = '\n@media screen{body{display:none}}';

/**
 * `embedFonts: false` (the app's live preview) leaves the faces out: the app supplies its own, same-origin.
 * `printOnly: true` (the PDF printers' input) hides the body on screen; never use it for a file a person opens.
 */
export function renderHtml(m: ReportModel, opts: { embedFonts?: boolean; printOnly?: boolean } = {}): string {
  const t = REPORT_LABELS[m.lang];
  const inc = m.include;
  let last: string | null = null;
  const body: string[] = [];
  for (const c of m.clips) {
    if (c.group !== null && c.group !== last) body.push(`<h2 class="group" dir="auto">${esc(c.group)}</h2>`);
    last = c.group;
    body.push(clipHtml(c, m, t));
  }
  return `<!doctype html>
<html lang="${m.lang}" dir="${m.lang === 'ar' ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${opts.embedFonts === false ? REPORT_CSP.replace('font-src data:', "font-src 'self'") : REPORT_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="Marsad">
<title>${esc(m.title)}</title>
<style>${reportCss(m, opts.embedFonts === false ? '' : embeddedFonts().css)}${opts.printOnly ? PRINT_ONLY_CSS : ''}</style>
</head>
<body>
${inc.cover ? cover(m, t, !opts.printOnly) : `<h1 dir="auto">${esc(m.title)}</h1>`}
${inc.toc && m.clips.length ? toc(m, t) : ''}
<main>
${m.clips.length ? body.join('\n') : `<p class="muted">${esc(t.empty)}</p>`}
</main>
${inc.speakers ? speakers(m, t) : ''}
${inc.manifest && m.clips.length ? manifest(m, t) : ''}
</body>
</html>
`;
}
