// The two spreadsheet exports: one row per clip (metadata, provenance, the text as the report
// includes it), and one row per quote and per highlight (who said what, which passage). Column
// names are stable English keys so scripts can rely on them; the values are as stored.
import { reportDate } from '../../../common/export/labels.js';
import type { ReportModel } from '../../../common/export/types.js';
import { csv, type Cell } from './csv.js';

export function renderClipsCsv(m: ReportModel): string {
  const head = ['n', 'id', 'title', 'source', 'url', 'author', 'lang', 'published', 'captured', 'tags', 'highlights', 'quotes', 'note', 'sha256', 'sha256_verified', 'text'];
  const rows: Cell[][] = m.clips.map((c) => [
    c.n,
    c.id,
    c.title,
    c.source,
    c.url,
    c.author,
    c.lang,
    reportDate(c.publishedAt),
    reportDate(c.capturedAt),
    c.tags.join('; '),
    c.highlights.length,
    c.quotes.length,
    m.include.notes ? c.note : '',
    c.sha256,
    c.sha256Verified,
    m.include.text === 'full' ? c.body : m.include.text === 'highlights' ? c.highlights.map((h) => h.exact).join('\n…\n') : '',
  ]);
  return csv([head, ...rows]);
}

export function renderQuotesCsv(m: ReportModel): string {
  const head = ['type', 'clip_n', 'clip_id', 'clip_title', 'source', 'url', 'speaker', 'kind', 'text', 'via', 'tags', 'note', 'colour', 'field', 'start', 'end', 'state'];
  const rows: Cell[][] = [];
  for (const c of m.clips) {
    for (const q of c.quotes) rows.push(['quote', c.n, c.id, c.title, c.source, c.url, q.speaker, q.kind, q.text, q.via, '', '', null, q.field, q.start, q.end, q.state]);
    for (const h of c.highlights) rows.push(['highlight', c.n, c.id, c.title, c.source, c.url, null, null, h.exact, null, h.tags.join('; '), h.note, h.colour, 'body', h.start, h.end, h.status]);
  }
  return csv([head, ...rows]);
}
