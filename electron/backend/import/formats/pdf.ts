// A PDF's text layer (pdfjs-dist, legacy build for Node 20) as an article: lines rebuilt from
// positioned text runs, wrapped lines joined into paragraphs, larger type read as the headline
// and subheadings. Never renders, never runs PDF JavaScript (isEvalSupported: false), fetches
// nothing (the bytes are passed in; no URL, no font or CMap loading).
import { asSubheading } from '../html/html-text.js';
import { logicalLine, type Run } from './pdf-line.js';

export type PdfArticle = { title: string; body: string; author: string | null; titleFromMeta: string | null };

type Line = { text: string; x: number; y: number; size: number; item?: boolean };

const BULLET = /^\s*(?:[•·▪●◦‣►▸–-]|\(?[0-9٠-٩]{1,3}[.)-])\s*/u;
// Lines closer than this many font sizes apart belong to one paragraph when the document's own
// leading cannot be measured (body leading is ~1.2–1.45 in Latin type, up to ~1.8 in Naskh).
const PARAGRAPH_LEADING = 1.6;
// A gap up to this multiple of the measured leading still continues the paragraph.
const LEADING_SLACK = 1.25;

/** The document's line spacing for body-size type: the low end of the gaps between consecutive lines. */
const measuredLeading = (lines: Line[], bodySize: number): number | null => {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (Math.abs(a.size - bodySize) > 0.5 || Math.abs(b.size - bodySize) > 0.5) continue;
    const gap = a.y - b.y;
    if (gap > bodySize * 0.9 && gap < bodySize * 4) gaps.push(gap);
  }
  if (gaps.length < 3) return null;
  gaps.sort((x, y) => x - y);
  return gaps[Math.floor(gaps.length * 0.2)]!;
};
// Type this much larger than the body's is a heading.
const HEADING_SCALE = 1.15;

/** Runs in content-stream order, grouped into lines by baseline, each read in logical order. */
const linesOf = (runs: Run[]): Line[] => {
  const groups: Run[][] = [];
  let cur: Run[] | null = null;
  for (const r of runs) {
    if (!r.str) continue;
    const y0 = cur?.[0];
    if (cur && y0 && Math.abs(r.y - y0.y) < Math.max(r.size, y0.size) * 0.5) cur.push(r);
    else if (r.str.trim()) groups.push((cur = [r]));
  }
  return groups
    .map((g) => logicalLine(g))
    .filter((l) => l.text)
    // "Indented" is measured from where the line starts: the right edge in right-to-left text.
    .map((l) => ({ text: l.text, x: l.rtl ? -l.end : l.x, y: l.y, size: l.size }));
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export async function extractPdf(bytes: Uint8Array): Promise<PdfArticle> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  }).promise;
  try {
    const lines: Line[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const runs: Run[] = [];
      for (const it of content.items) {
        if (!('str' in it)) continue;
        runs.push({ str: it.str, x: it.transform[4] ?? 0, y: it.transform[5] ?? 0, w: it.width, size: Math.abs(it.transform[3] ?? it.height) || it.height });
      }
      lines.push(...linesOf(runs));
      page.cleanup();
    }
    const info = ((await doc.getMetadata().catch(() => null))?.info ?? {}) as Record<string, unknown>;
    const bodySize = median(lines.map((l) => l.size));
    const leading = measuredLeading(lines, bodySize);
    // Bullets are drawn, not written, in most PDFs: an indented line is a list item, and a new
    // item starts after a line that ends an item (; . or a short line).
    const bodyX = median(lines.filter((l) => Math.abs(l.size - bodySize) < 0.5).map((l) => l.x));
    const isItem = (l: Line) => l.x > bodyX + l.size && Math.abs(l.size - bodySize) < 0.5;
    const blocks: string[] = [];
    let para: Line | null = null;
    let title = '';
    const flush = () => {
      if (para) blocks.push(para.text);
      para = null;
    };
    for (const line of lines) {
      const heading = line.size > bodySize * HEADING_SCALE;
      if (heading) {
        const prev = blocks.length === 0 && !para && title ? title : null;
        if (!para && blocks.length === 0 && (prev !== null || !title)) {
          // The headline may wrap over several lines of the same large type.
          title = prev ? `${prev} ${line.text}` : line.text;
          continue;
        }
        flush();
        blocks.push(asSubheading(line.text));
        continue;
      }
      const item = isItem(line);
      const itemStarts = item && (!para?.item || /[;.؛:]$/.test(para.text));
      const continues = para && !itemStarts && Boolean(para.item) === item && !BULLET.test(line.text) && Math.abs(para.size - line.size) < 0.5 && para.y - line.y <= (leading ? leading * LEADING_SLACK : line.size * PARAGRAPH_LEADING) && para.y > line.y;
      if (continues) {
        para!.text += para!.text.endsWith('-') ? line.text : ` ${line.text}`;
        para!.y = line.y;
      } else {
        flush();
        para = { ...line, item, text: item && !BULLET.test(line.text) ? `• ${line.text}` : line.text };
      }
    }
    flush();
    const metaTitle = typeof info.Title === 'string' && info.Title.trim() ? info.Title.trim() : null;
    const author = typeof info.Author === 'string' && info.Author.trim() ? info.Author.trim() : null;
    return { title: title || metaTitle || blocks[0] || '', body: (title ? blocks : blocks.slice(metaTitle ? 0 : 1)).join('\n'), author, titleFromMeta: metaTitle };
  } finally {
    await doc.destroy();
  }
}
