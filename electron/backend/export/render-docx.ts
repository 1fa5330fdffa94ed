// The Word report, built with `docx`: Arabic paragraphs are bidirectional (<w:bidi/>) and
// start-aligned (the right edge), their Arabic runs right-to-left with the Arabic face in the
// complex-script slot; English and Russian paragraphs stay left-to-right. Highlights and direct
// quotes keep their colours as run shading; page numbers sit in the footer in the report language.
import { quotesByClip } from '../../../common/export/speaker-groups.js';
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { REPORT_LABELS, reportDate, type ReportLabels } from '../../../common/export/labels.js';
import { SPEAKER_TINTS, type ReportClip, type ReportModel } from '../../../common/export/types.js';
import { ARABIC_FONT, LATIN_FONT, RUN_DEFAULTS, runs, type RunStyle } from './docx-runs.js';
import { isRtl, runsOf } from './segments.js';
import { coverChartParas } from './docx-cover-charts.js';
import type { Picture } from './cover-picture.js';

type Para = { heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]; pageBreakBefore?: boolean; indent?: boolean };

// A4 in twentieths of a point; 2 cm margins.
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134;

const PARAGRAPH_DEFAULTS = { alignment: AlignmentType.START, spacing: { after: 120 } };

function paragraph(children: ParagraphChild[], rtl: boolean, p: Para = {}): Paragraph {
  return new Paragraph({
    children,
    bidirectional: rtl,
    heading: p.heading,
    pageBreakBefore: p.pageBreakBefore,
    indent: p.indent ? { start: 567 } : undefined,
  });
}

/** One paragraph of plain text; direction from its first strong letter, else the report's. */
function textPara(text: string, fallbackRtl: boolean, style: RunStyle = {}, p: Para = {}): Paragraph {
  const rtl = /\p{L}/u.test(text) ? isRtl(text) : fallbackRtl;
  return paragraph(runs(text, rtl, style), rtl, p);
}

function labelled(label: string, value: string, rtl: boolean): Paragraph {
  return paragraph([...runs(`${label}: `, rtl, { bold: true, colour: '#5b5b66' }), ...runs(value, rtl)], rtl);
}

function clipParas(c: ReportClip, m: ReportModel, t: ReportLabels, rtl: boolean): (Paragraph | Table)[] {
  const out: Paragraph[] = [textPara(`${c.n}. ${c.title}`, rtl, {}, { heading: HeadingLevel.HEADING_1, pageBreakBefore: true })];
  if (m.include.metadata) {
    if (c.source) out.push(labelled(t.source, c.source, rtl));
    if (c.author) out.push(labelled(t.author, c.author, rtl));
    if (c.url) out.push(labelled(t.url, c.url, rtl));
    if (c.publishedAt) out.push(labelled(t.published, reportDate(c.publishedAt), rtl));
    out.push(labelled(t.captured, reportDate(c.capturedAt), rtl));
    if (c.tags.length) out.push(labelled(t.tags, c.tags.join('، '), rtl));
    out.push(labelled(t.sha256, `${c.sha256}${c.sha256Verified ? '' : ` (${t.unverified})`}`, rtl));
  }
  if (m.include.text === 'full') {
    for (const b of c.blocks) {
      const text = c.body.slice(b.start, b.end);
      const pRtl = /\p{L}/u.test(text) ? isRtl(text) : rtl;
      const children = runsOf(c, b.start, b.end).flatMap((r) => {
        const tint = r.quote !== null ? SPEAKER_TINTS[r.quote % SPEAKER_TINTS.length]! : null;
        return runs(r.text, pRtl, { shade: r.highlight ?? tint?.tint ?? null, underline: tint?.line ?? null, bold: b.kind === 'subheading', colour: b.kind === 'related-link' ? '#5b5b66' : undefined });
      });
      out.push(paragraph(children, pRtl, { heading: b.kind === 'subheading' ? HeadingLevel.HEADING_3 : undefined, indent: b.kind === 'list-item' }));
    }
  } else if (m.include.text === 'highlights') {
    if (c.highlights.length === 0) out.push(textPara(t.noHighlights, rtl, { italics: true }));
    for (const h of c.highlights) {
      out.push(textPara(h.exact, rtl, { shade: h.colour }, { indent: true }));
      if (h.tags.length) out.push(labelled(t.tags, h.tags.join('، '), rtl));
      if (h.note) out.push(labelled(t.note, h.note, rtl));
    }
  }
  if (m.include.quotes && c.quotes.length) {
    out.push(textPara(t.quotes, rtl, {}, { heading: HeadingLevel.HEADING_2 }));
    for (const q of c.quotes) {
      const tint = SPEAKER_TINTS[q.colour % SPEAKER_TINTS.length]!;
      const who = `${q.speaker ?? t.unknownSpeaker} (${t.kind[q.kind]}${q.via ? `، ${t.via} ${q.via}` : ''}): `;
      const qRtl = isRtl(q.text) || (!/\p{L}/u.test(q.text) && rtl);
      out.push(paragraph([...runs(who, qRtl, { bold: true }), ...runs(`«${q.text}»`, qRtl, { shade: tint.tint, underline: tint.line })], qRtl, { indent: true }));
    }
  }
  if (m.include.notes && c.note) {
    out.push(textPara(t.note, rtl, {}, { heading: HeadingLevel.HEADING_2 }));
    for (const line of c.note.split('\n')) out.push(textPara(line, rtl, { shade: '#fff8e1' }));
  }
  return out;
}

function manifestTable(m: ReportModel, t: ReportLabels, rtl: boolean): Table {
  const cell = (s: string, bold = false) => new TableCell({ children: [textPara(s, rtl, { bold, size: 16 })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    visuallyRightToLeft: rtl,
    rows: [
      new TableRow({ tableHeader: true, children: ['#', t.clips, t.url, t.captured, 'SHA-256'].map((h) => cell(h, true)) }),
      ...m.clips.map((c) => new TableRow({ children: [String(c.n), c.title, c.url ?? '', reportDate(c.capturedAt), c.sha256].map((s) => cell(s)) })),
    ],
  });
}

function footer(t: ReportLabels, rtl: boolean): Footer {
  const [before, middle, after] = t.pageOf.split(/\{page\}|\{pages\}/) as [string, string, string];
  const children = [before, PageNumber.CURRENT, middle, PageNumber.TOTAL_PAGES, after].filter((x) => x !== '');
  const run = new TextRun({ children, rightToLeft: rtl, size: 18, sizeComplexScript: 18, font: { ascii: LATIN_FONT, hAnsi: LATIN_FONT, cs: ARABIC_FONT } });
  return new Footer({ children: [new Paragraph({ children: [run], bidirectional: rtl, alignment: AlignmentType.CENTER })] });
}

export async function renderDocx(m: ReportModel, picture: Picture | null = null): Promise<Uint8Array> {
  const t = REPORT_LABELS[m.lang];
  const rtl = m.lang === 'ar';
  const children: (Paragraph | Table)[] = [textPara(m.title, rtl, {}, { heading: HeadingLevel.TITLE })];
  if (m.include.cover) {
    const period = m.period.from ? `${m.period.from}${m.period.to !== m.period.from ? ` – ${m.period.to}` : ''}` : '—';
    children.push(
      labelled(t.period, period, rtl),
      labelled(t.clips, String(m.counts.clips), rtl),
      labelled(t.sources, String(m.counts.sources), rtl),
      labelled(t.highlights, String(m.counts.highlights), rtl),
      labelled(t.quotes, String(m.counts.quotes), rtl),
      labelled(t.speakers, String(m.counts.speakers), rtl),
      labelled(t.generated, reportDate(m.generatedAt), rtl),
      ...coverChartParas(m, picture, (label, value) => labelled(label, value, rtl)),
    );
  }
  if (m.include.toc && m.clips.length) {
    children.push(textPara(t.contents, rtl, {}, { heading: HeadingLevel.HEADING_1, pageBreakBefore: m.include.cover }));
    for (const c of m.clips) children.push(textPara(`${c.n}. ${c.title}${c.source ? ` — ${c.source}` : ''}`, rtl));
  }
  if (m.clips.length === 0) children.push(textPara(t.empty, rtl, { italics: true }));
  let last: string | null = null;
  for (const c of m.clips) {
    if (c.group !== null && c.group !== last) children.push(textPara(c.group, rtl, { colour: '#5b5b66' }, { heading: HeadingLevel.HEADING_1, pageBreakBefore: true }));
    last = c.group;
    children.push(...clipParas(c, m, t, rtl));
  }
  if (m.include.speakers && m.speakers.length) {
    children.push(textPara(t.whoSaidWhat, rtl, {}, { heading: HeadingLevel.HEADING_1, pageBreakBefore: true }));
    for (const s of m.speakers) {
      const tint = SPEAKER_TINTS[s.colour % SPEAKER_TINTS.length]!;
      children.push(textPara(`${s.speaker || t.unknownSpeaker} (${s.quotes.length})`, rtl, { shade: tint.tint }, { heading: HeadingLevel.HEADING_2 }));
      for (const g of quotesByClip(s.quotes)) {
        children.push(textPara(`${g.clipN}. ${g.clipTitle}`, rtl, { colour: '#5b5b66' }));
        for (const q of g.quotes) children.push(textPara(`«${q.text}»`, rtl, {}, { indent: true }));
      }
    }
  }
  if (m.include.manifest && m.clips.length) {
    children.push(textPara(t.manifest, rtl, {}, { heading: HeadingLevel.HEADING_1, pageBreakBefore: true }), manifestTable(m, t, rtl));
  }
  const doc = new Document({
    creator: 'Marsad',
    title: m.title,
    // Alignment and spacing once in the document defaults rather than on each of the ~10 000
    // paragraphs of a 200-clip report: fewer objects to build and serialise.
    styles: { default: { document: { run: { ...RUN_DEFAULTS, size: 22, sizeComplexScript: 24 }, paragraph: PARAGRAPH_DEFAULTS } } },
    sections: [{ properties: { page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } }, footers: { default: footer(t, rtl) }, children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
