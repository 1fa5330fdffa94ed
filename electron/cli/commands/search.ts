// `marsad search QUERY` and `marsad search --queries FILE --json`: the same search the app runs
// (through dispatch), as a ranked list or as one JSON line per query for scripts and the recall
// evaluation. Read-only: a stale index is caught up in memory, never saved from here.
import { readFile } from 'node:fs/promises';
import type { SearchPage } from '../../../common/search/types.js';
import { MAX_PAGE } from '../../../common/ipc/contract.js';
import { formatTable } from '../format/table.js';
import { UsageError } from '../usage-error.js';
import type { Command } from './command.js';

const DEFAULT_LIMIT = 10;

/** The one JSON line per query that `--json` promises, exactly these keys in this order. */
export const searchJson = (p: SearchPage) => ({
  query: p.query,
  total: p.total,
  ms: Math.round(p.ms * 100) / 100,
  results: p.results.map((r) => ({ id: r.id, title: r.title, score: r.score, snippet: r.snippet.text, missing: r.missing })),
});

const humanSearch = (p: SearchPage, columns: number | undefined): string => {
  const head = `${p.total} match${p.total === 1 ? '' : 'es'} for "${p.query}" (${p.ms.toFixed(1)} ms)`;
  const notes = p.notices.map((n) => `note: ${n.text}`);
  if (p.results.length === 0) return [head, ...notes].join('\n');
  const title = (r: SearchPage['results'][number]) => r.title.replace(/\s+/g, ' ') + (r.missing.length > 0 ? ` (missing: ${r.missing.join(', ')})` : '');
  const rows = p.results.map((r, i) => [String(i + 1), r.id, r.score.toFixed(2), title(r)]);
  const table = formatTable([['#', 'ID', 'SCORE', 'TITLE'], ...rows], columns);
  return [head, ...notes, ...table].join('\n');
};

export const search: Command = {
  name: 'search',
  summary: 'Search the library (Arabic-aware, typo-tolerant) and print the best matches.',
  details: [
    'Query language: words (clips holding all come first, then those holding most, with',
    'the words they lack), "exact phrase", +required, -exclude, a OR b,',
    'tag:NAME source:NAME lang:ar|en|ru before:YYYY-MM[-DD] after:YYYY-MM[-DD].',
    'With --queries FILE (one query per line) and --json, prints one JSON line per query:',
    '{"query","total","ms","results":[{"id","title","score","snippet","missing"}]}',
    '("missing": the query words a partial match lacks).',
  ].join('\n'),
  access: 'read',
  positionals: [{ name: 'QUERY', description: 'What to search for (quote it).', required: false }],
  options: {
    json: { type: 'boolean', description: 'Print JSON (one line per query) instead of a table.' },
    limit: { type: 'string', valueName: 'N', description: `Print at most N results per query (default ${DEFAULT_LIMIT}).` },
    queries: { type: 'string', valueName: 'FILE', description: 'Run every line of FILE as a query.' },
    exact: { type: 'boolean', description: 'Match the words exactly as typed in the raw text.' },
  },
  async run(ctx, { options, positionals }) {
    const limit = options.limit === undefined ? DEFAULT_LIMIT : Number(options.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) {
      throw new UsageError(`Option --limit needs a whole number from 1 to ${MAX_PAGE}.`);
    }
    let queries: string[];
    if (typeof options.queries === 'string') {
      if (positionals.length > 0) throw new UsageError('Give either QUERY or --queries FILE, not both.');
      let text: string;
      try {
        text = await readFile(options.queries, 'utf8');
      } catch (e) {
        throw new UsageError(`Cannot read ${options.queries} (${(e as NodeJS.ErrnoException).code ?? 'error'}).`);
      }
      queries = text.split(/\r?\n/).map((q) => q.trim()).filter(Boolean);
    } else if (positionals[0] !== undefined) queries = [positionals[0]];
    else throw new UsageError('Missing QUERY; usage: marsad search QUERY [--limit N] [--json], or --queries FILE.');
    for (const query of queries) {
      const page = await ctx.call('search', { query, limit, mode: options.exact ? 'exact' : 'fuzzy' });
      ctx.out(options.json ? JSON.stringify(searchJson(page)) : humanSearch(page, ctx.columns));
    }
  },
};
