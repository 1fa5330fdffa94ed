// The Markdown report: the same parts as the HTML report in plain text. Clipped text is escaped
// (Markdown punctuation and HTML-like characters), highlights become <mark>, quotes blockquotes.
// Markdown has no direction attribute: each viewer decides; Arabic lines start with Arabic.
import { quotesByClip } from '../../../common/export/speaker-groups.js';
import { REPORT_LABELS, reportDate } from '../../../common/export/labels.js';
import type { ReportClip, ReportModel } from '../../../common/export/types.js';
import { runsOf } from './segments.js';

/** Escapes what Markdown or inline HTML would read as markup; line breaks become spaces. */
export const mdEsc = (s: string): string =>
  s
    .replace(/[\\`*_[\]#|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\s*\n\s*/g, ' ');

function clipMd(c: ReportClip, m: ReportModel): string[] {
  const t = REPORT_LABELS[m.lang];
  const out = [`## ${c.n}. ${mdEsc(c.title)}`, ''];
  if (m.include.metadata) {
    const row = (k: string, v: string | null) => (v ? [`- **${k}:** ${v}`] : []);
    out.push(
      ...row(t.source, c.source && mdEsc(c.source)),
      ...row(t.author, c.author && mdEsc(c.author)),
      ...row(t.url, c.url && `\`${c.url.replace(/`/g, '%60')}\``),
      ...row(t.published, reportDate(c.publishedAt)),
      ...row(t.captured, reportDate(c.capturedAt)),
      ...row(t.tags, c.tags.map(mdEsc).join('، ')),
      ...row(t.sha256, `\`${c.sha256}\`${c.sha256Verified ? '' : ` (${t.unverified})`}`),
      '',
    );
  }
  if (m.include.text === 'full') {
    for (const b of c.blocks) {
      const text = runsOf(c, b.start, b.end).map((r) => (r.highlight ? `<mark>${mdEsc(r.text)}</mark>` : mdEsc(r.text))).join('');
      out.push(b.kind === 'subheading' ? `### ${text}` : b.kind === 'list-item' ? `- ${text}` : text, '');
    }
  } else if (m.include.text === 'highlights') {
    if (c.highlights.length === 0) out.push(`_${t.noHighlights}_`, '');
    for (const h of c.highlights) {
      out.push(`> <mark>${mdEsc(h.exact)}</mark>`);
      if (h.tags.length) out.push('>', `> ${t.tags}: ${h.tags.map(mdEsc).join('، ')}`);
      if (h.note) out.push('>', `> ${t.note}: ${mdEsc(h.note)}`);
      out.push('');
    }
  }
  if (m.include.quotes && c.quotes.length) {
    out.push(`### ${t.quotes}`, '');
    for (const q of c.quotes) {
      out.push(`- **${mdEsc(q.speaker ?? t.unknownSpeaker)}** (${t.kind[q.kind]}${q.via ? `، ${t.via} ${mdEsc(q.via)}` : ''}): «${mdEsc(q.text)}»`);
    }
    out.push('');
  }
  if (m.include.notes && c.note) out.push(`### ${t.note}`, '', ...c.note.split('\n').map((l) => `> ${mdEsc(l)}`), '');
  return out;
}

export function renderMarkdown(m: ReportModel): string {
  const t = REPORT_LABELS[m.lang];
  const out = [`# ${mdEsc(m.title)}`, ''];
  if (m.include.cover) {
    const period = m.period.from ? `${m.period.from}${m.period.to !== m.period.from ? ` – ${m.period.to}` : ''}` : '—';
    out.push(
      `- **${t.period}:** ${period}`,
      `- **${t.clips}:** ${m.counts.clips}`,
      `- **${t.sources}:** ${m.counts.sources}`,
      `- **${t.highlights}:** ${m.counts.highlights}`,
      `- **${t.quotes}:** ${m.counts.quotes}`,
      `- **${t.speakers}:** ${m.counts.speakers}`,
      `- **${t.generated}:** ${reportDate(m.generatedAt)}`,
      '',
    );
  }
  if (m.include.toc && m.clips.length) {
    out.push(`## ${t.contents}`, '', ...m.clips.map((c) => `${c.n}. ${mdEsc(c.title)}`), '');
  }
  if (m.clips.length === 0) out.push(`_${t.empty}_`, '');
  let last: string | null = null;
  for (const c of m.clips) {
    if (c.group !== null && c.group !== last) out.push(`# ${mdEsc(c.group)}`, '');
    last = c.group;
    out.push(...clipMd(c, m));
  }
  if (m.include.speakers && m.speakers.length) {
    out.push(`## ${t.whoSaidWhat}`, '');
    for (const s of m.speakers) {
      out.push(`### ${mdEsc(s.speaker || t.unknownSpeaker)} (${s.quotes.length})`, '');
      for (const g of quotesByClip(s.quotes)) {
        out.push(`- ${g.clipN}. ${mdEsc(g.clipTitle)}`);
        for (const q of g.quotes) out.push(`  - (${t.kind[q.kind]}) «${mdEsc(q.text)}»`);
      }
      out.push('');
    }
  }
  if (m.include.manifest && m.clips.length) {
    out.push(`## ${t.manifest}`, '', `| # | ${t.url} | ${t.captured} | SHA-256 |`, '|---|---|---|---|');
    for (const c of m.clips) out.push(`| ${c.n} | ${c.url ? `\`${c.url.replace(/[`|]/g, encodeURIComponent)}\`` : ''} | ${reportDate(c.capturedAt)} | \`${c.sha256}\` |`);
    out.push('');
  }
  return out.join('\n');
}
