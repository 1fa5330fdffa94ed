// `marsad export --format F --out FILE [selection] [options]`: writes a report of the chosen
// clips through the same exporter the app uses. Read-only on the library; the report file is
// written atomically and never replaces an existing file without --force. PDFs print with a
// Chromium found via --chromium, MARSAD_CHROMIUM or the usual install paths. Ctrl-C cancels.
import { resolve } from 'node:path';
import { REPORT_FORMATS, REPORT_ORDERS, DEFAULT_INCLUDES, type ReportFormat, type ReportIncludes, type ReportOrder } from '../../../common/export/types.js';
import { AppFailure } from '../../../common/result.js';
import { chromiumPrinter, chromiumRasteriser, findChromium, NO_CHROMIUM } from '../../backend/export/chromium.js';
import { runExport, type ExportResult } from '../../backend/export/run-export.js';
import { UsageError } from '../usage-error.js';
import type { Command, OptionValues } from './command.js';

const PARTS = ['cover', 'toc', 'metadata', 'text', 'quotes', 'notes', 'speakers', 'manifest'] as const;

const str = (v: OptionValues[string]): string | undefined => (typeof v === 'string' ? v : undefined);
const list = (v: OptionValues[string]): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : []);

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}").`);
  return value as T;
}

function date(name: string, value: string | undefined): string | null {
  if (value === undefined) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new UsageError(`--${name} takes a date written YYYY-MM-DD (got "${value}").`);
  return value;
}

function includes(options: OptionValues): ReportIncludes {
  const inc: ReportIncludes = { ...DEFAULT_INCLUDES };
  for (const part of list(options.omit).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean)) {
    if (!(PARTS as readonly string[]).includes(part)) throw new UsageError(`--omit takes ${PARTS.join(', ')} (got "${part}").`);
    if (part === 'text') inc.text = 'none';
    else inc[part as Exclude<(typeof PARTS)[number], 'text'>] = false;
  }
  if (options['highlights-only']) {
    if (inc.text === 'none') throw new UsageError('--highlights-only and --omit text contradict each other.');
    inc.text = 'highlights';
  }
  return inc;
}

const kb = (n: number) => (n < 1024 * 1024 ? `${Math.max(1, Math.round(n / 1024))} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`);
const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export const humanResult = (r: ExportResult): string =>
  [
    `Wrote ${r.path} (${r.format}, ${kb(r.bytes)}): ${plural(r.clips, 'clip')}, ${plural(r.quotes, 'quote')}, ${plural(r.highlights, 'highlight')}, in ${(r.ms / 1000).toFixed(1)} s.`,
    ...r.warnings.map((w) => `Warning: ${w}`),
  ].join('\n');

export const exportCommand: Command = {
  name: 'export',
  summary: 'Write a report of clips as PDF, Word, HTML, Markdown, CSV or JSON.',
  details: [
    'Clips: every clip, or the --clip ids, narrowed by --query, by any of the --tag tags (with the tags under',
    'them), by a --saved-search and by --from/--to (published date, else capture date). Trashed clips are left out.',
    `Formats: ${REPORT_FORMATS.join(', ')} (quotes-csv: one row per quote and per highlight).`,
    'PDF needs Chromium or Chrome: --chromium PATH, else $MARSAD_CHROMIUM, else the usual install paths.',
    'An existing --out file is never replaced unless --force is given; the file is written atomically.',
    'JSON (--json): {"path","format","bytes","clips","quotes","highlights","speakers","ms","warnings"}.',
  ].join('\n'),
  access: 'read',
  positionals: [],
  options: {
    format: { type: 'string', valueName: 'FORMAT', description: `Required: ${REPORT_FORMATS.join(' | ')}.` },
    out: { type: 'string', valueName: 'FILE', description: 'Required: the report file to write.' },
    query: { type: 'string', valueName: 'Q', description: 'Only clips matching this search (same syntax as "marsad search").' },
    tag: { type: 'string', valueName: 'T', multiple: true, description: 'Only clips with this tag (repeat for any of several).' },
    clip: { type: 'string', valueName: 'ID', multiple: true, description: 'Only these clips (repeat for several).' },
    'saved-search': { type: 'string', valueName: 'ID', description: 'Only clips matching this saved search.' },
    from: { type: 'string', valueName: 'YYYY-MM-DD', description: 'Only clips dated on or after this day.' },
    to: { type: 'string', valueName: 'YYYY-MM-DD', description: 'Only clips dated on or before this day.' },
    lang: { type: 'string', valueName: 'ar|en|ru', description: 'Language of headings, labels and page numbers (default ar).' },
    title: { type: 'string', valueName: 'TEXT', description: 'Report title (default: "تقرير الرصد" / "Monitoring report").' },
    order: { type: 'string', valueName: 'date|source|tag', description: 'Clip order; source and tag also group the clips (default date).' },
    'highlights-only': { type: 'boolean', description: "Print only the analyst's highlighted passages, not the full text." },
    omit: { type: 'string', valueName: 'PARTS', multiple: true, description: `Leave parts out, comma-separated: ${PARTS.join(', ')}.` },
    force: { type: 'boolean', description: 'Replace --out if it exists.' },
    chromium: { type: 'string', valueName: 'PATH', description: 'The Chromium or Chrome executable that prints PDFs.' },
    json: { type: 'boolean', description: 'Print the result as JSON.' },
  },
  async run(ctx, { options }) {
    const formatName = str(options.format);
    const outName = str(options.out);
    if (!formatName || !outName) throw new UsageError('Give both --format FORMAT and --out FILE.');
    const format = oneOf<ReportFormat>('format', formatName, REPORT_FORMATS, 'html');
    const order = oneOf<ReportOrder>('order', str(options.order), REPORT_ORDERS, 'date');
    const lang = oneOf('lang', str(options.lang), ['ar', 'en', 'ru'] as const, 'ar');
    const out = resolve(ctx.cwd ?? process.cwd(), outName);
    const chromiumPath = str(options.chromium);
    const pdf = () => {
      const exe = findChromium({ path: chromiumPath, env: ctx.env ?? {} });
      if (!exe) throw new AppFailure({ code: 'not-found', message: NO_CHROMIUM });
      return chromiumPrinter(exe);
    };
    // The Word cover's chart picture: drawn by the same Chromium when there is one, else text only
    // (a wrong --chromium path fails a PDF, never a Word report).
    const raster = () => {
      try {
        const exe = findChromium({ path: chromiumPath, env: ctx.env ?? {} });
        return exe ? chromiumRasteriser(exe) : null;
      } catch {
        return null;
      }
    };
    // Ctrl-C cancels: Chromium is stopped, temp files go, no report is left half-written.
    const ac = new AbortController();
    const onSigint = () => ac.abort();
    process.once('SIGINT', onSigint);
    try {
      const result = await runExport(
        {
          format,
          out,
          overwrite: options.force === true,
          selection: {
            query: str(options.query),
            tags: list(options.tag),
            clipIds: list(options.clip),
            savedSearchId: str(options['saved-search']),
            from: date('from', str(options.from)),
            to: date('to', str(options.to)),
          },
          options: { lang, order, title: str(options.title), include: includes(options) },
        },
        { call: ctx.call, pdf, raster, signal: ac.signal },
      );
      ctx.out(options.json ? JSON.stringify(result, null, 2) : humanResult(result));
    } catch (e) {
      if (e instanceof AppFailure && e.appError.details?.exists === true) {
        throw new AppFailure({ ...e.appError, message: `${out} already exists; add --force to replace it, or choose another --out.` });
      }
      throw e;
    } finally {
      process.removeListener('SIGINT', onSigint);
    }
  },
};
