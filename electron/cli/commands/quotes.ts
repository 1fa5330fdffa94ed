// `marsad quotes (ID | --file PATH) [--json]`: who said what in one clip, or in a file parsed
// exactly as the importer parses it (nothing is stored). Read-only. Offsets are UTF-16 units into
// the body as `marsad show --json` prints it; quotes found only in the title (a title headline
// has no body offsets) and quotes in "read also" lines are left out, dismissed ones too.
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Quote } from '../../../common/quotes/index.js';
import type { QuoteView } from '../../../common/quotes/views.js';
import { ImportFileError } from '../../backend/import/extract-file.js';
import { extractArticle } from '../../backend/import/extract-pool.js';
import { detectBounded, detectionNote } from '../../backend/quotes/quote-limits.js';
import { AppFailure } from '../../../common/result.js';
import { formatTable } from '../format/table.js';
import { UsageError } from '../usage-error.js';
import type { Command } from './command.js';

/** The fields `quotes --json` promises scripts, in this order. */
export const quoteJson = (q: Quote) => ({
  kind: q.kind,
  text: q.text,
  speaker: q.speaker,
  via: q.via,
  cue: q.cue,
  start: q.start,
  end: q.end,
});

const printable = (q: Quote | QuoteView): boolean =>
  q.field === 'body' && !q.fromRelatedLink && !('state' in q && q.state === 'dismissed');

export const humanQuotes = (quotes: Quote[], columns: number | undefined): string => {
  if (quotes.length === 0) return 'No quotes found.';
  const rows = quotes.map((q) => [q.kind, q.speaker ?? '?', q.text.length > 80 ? `${q.text.slice(0, 79)}…` : q.text]);
  return formatTable([['KIND', 'SPEAKER', 'TEXT'], ...rows], columns).join('\n');
};

async function fromFile(path: string): Promise<{ quotes: Quote[]; bodyLength: number }> {
  const full = resolve(path);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(full);
  } catch (e) {
    throw new AppFailure({ code: 'not-found', message: `Cannot read "${path}": ${(e as NodeJS.ErrnoException).code ?? 'unreadable'}.` });
  }
  try {
    const { article: a } = await extractArticle(basename(full), bytes);
    return { quotes: await detectBounded(a), bodyLength: a.body.length };
  } catch (e) {
    if (e instanceof ImportFileError) throw new AppFailure({ code: 'invalid-input', message: e.message });
    throw e;
  }
}

export const quotes: Command = {
  name: 'quotes',
  summary: 'List who said what in one clip, or in a file without importing it.',
  details: [
    'marsad quotes ID [--json]           the clip\'s quotes with the analyst\'s decisions applied',
    'marsad quotes --file PATH [--json]  a file parsed as "marsad import" would parse it; nothing is stored',
    'JSON: [{"kind","text","speaker","via","cue","start","end"}], offsets into the body "show --json" prints.',
  ].join('\n'),
  access: 'read',
  positionals: [{ name: 'ID', description: 'The clip id, as "marsad list" prints it.', required: false }],
  options: {
    file: { type: 'string', valueName: 'PATH', description: 'Read a file instead of a stored clip (nothing is stored).' },
    json: { type: 'boolean', description: 'Print the quotes as JSON.' },
  },
  async run(ctx, { options, positionals }) {
    const file = typeof options.file === 'string' ? options.file : undefined;
    if ((file === undefined) === (positionals[0] === undefined)) throw new UsageError('Give either a clip ID or --file PATH.');
    const got = file ? await fromFile(file) : { quotes: await ctx.call('getQuotes', { id: positionals[0]! }), bodyLength: 0 };
    const shown = (got.quotes as (Quote | QuoteView)[]).filter(printable).map((q) => ('state' in q ? { ...q } : q));
    ctx.out(options.json ? JSON.stringify(shown.map(quoteJson), null, 2) : humanQuotes(shown, ctx.columns));
    // A very long text is analysed in its first part only (quote-limits.ts); say so, outside the JSON.
    if (options.json) return;
    const note = detectionNote(file ? got.bodyLength : (await ctx.call('getClip', { id: positionals[0]! })).body.length);
    if (note) ctx.out(note);
  },
};
