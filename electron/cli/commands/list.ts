// `marsad list`: the clips, newest first, as an aligned table or as JSON summaries. Read-only.
// Pages through listClips so a 50k-clip library never needs one oversized call.
import type { ClipSummary, ListQuery } from '../../../common/domain.js';
import { MAX_PAGE } from '../../../common/ipc/contract.js';
import { formatDay } from '../format/dates.js';
import { formatTable } from '../format/table.js';
import { UsageError } from '../usage-error.js';
import type { Call, Command } from './command.js';

/** The fields `list --json` promises scripts, in this order. */
export const listJson = (c: ClipSummary) => ({
  id: c.id,
  title: c.title,
  source: c.source,
  tags: c.tags,
  capturedAt: c.capturedAt,
  lang: c.lang,
  publishedAt: c.publishedAt,
  url: c.url,
  author: c.author,
});

const count = (value: unknown, name: string, min: number): number | undefined => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(String(value)) || n < min) throw new UsageError(`Option --${name} needs a whole number of at least ${min}.`);
  return n;
};

async function fetchAll(call: Call, query: ListQuery, offset: number, limit: number | undefined): Promise<ClipSummary[]> {
  const items: ClipSummary[] = [];
  for (;;) {
    const want = Math.min(MAX_PAGE, limit === undefined ? MAX_PAGE : limit - items.length);
    if (want <= 0) return items;
    const page = await call('listClips', { ...query, offset: offset + items.length, limit: want, snippets: false });
    items.push(...page.items);
    if (page.items.length < want || offset + items.length >= page.total) return items;
  }
}

export const humanList = (clips: ClipSummary[], columns: number | undefined, filtered = false): string => {
  if (clips.length === 0) return filtered ? 'No clips match.' : 'The library has no clips yet.';
  const rows = clips.map((c) => [c.id, formatDay(c.capturedAt), c.title.replace(/\s+/g, ' ')]);
  return formatTable([['ID', 'CAPTURED', 'TITLE'], ...rows], columns).join('\n');
};

export const list: Command = {
  name: 'list',
  summary: 'List the clips in the library, newest capture first.',
  details: 'Titles are cut to the terminal width; pipe the output or use --json to get them whole.',
  access: 'read',
  positionals: [],
  options: {
    json: { type: 'boolean', description: 'Print a JSON array of clip summaries instead of a table.' },
    tag: { type: 'string', valueName: 'NAME', description: 'Only clips with this tag.' },
    source: { type: 'string', valueName: 'NAME', description: 'Only clips from this source.' },
    limit: { type: 'string', valueName: 'N', description: 'Print at most N clips (default: all).' },
    offset: { type: 'string', valueName: 'N', description: 'Skip the first N clips.' },
  },
  async run(ctx, { options }) {
    const limit = count(options.limit, 'limit', 1);
    const offset = count(options.offset, 'offset', 0) ?? 0;
    const query: ListQuery = {};
    if (typeof options.tag === 'string') query.tag = options.tag;
    if (typeof options.source === 'string') query.source = options.source;
    const clips = await fetchAll(ctx.call, query, offset, limit);
    ctx.out(options.json ? JSON.stringify(clips.map(listJson), null, 2) : humanList(clips, ctx.columns, Object.keys(query).length > 0 || offset > 0));
  },
};
