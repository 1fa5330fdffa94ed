// `marsad watch list|add NAME QUERY [--tag T]|remove NAME [--json]`: the watchlists (saved
// searches) the sidebar shows, through the same calls. With --tag, clips imported later that
// match are tagged T. Listing opens the library read-only; add and remove take the writer lock.
import type { SavedSearchView } from '../../../common/search/types.js';
import { AppFailure } from '../../../common/result.js';
import { formatTable } from '../format/table.js';
import { UsageError } from '../usage-error.js';
import type { Command, CommandContext } from './command.js';

/** The fields `watch --json` promises scripts, in this order. */
export const watchJson = (s: SavedSearchView) => ({
  id: s.id,
  name: s.name,
  query: s.query,
  tag: s.autoTag,
  count: s.count,
  newCount: s.newCount,
  filters: s.filters,
  createdAt: s.createdAt,
  lastSeenAt: s.lastSeenAt,
});

const humanList = (list: SavedSearchView[], columns: number | undefined): string => {
  if (list.length === 0) return 'No watchlists yet; add one with: marsad watch add NAME QUERY [--tag T].';
  const rows = list.map((s) => [s.name, s.query, s.autoTag ?? '', String(s.count), String(s.newCount)]);
  return formatTable([['NAME', 'QUERY', 'TAG', 'CLIPS', 'NEW'], ...rows], columns).join('\n');
};

const byName = (list: SavedSearchView[], name: string): SavedSearchView | undefined =>
  list.find((s) => s.name.normalize('NFC').trim() === name.normalize('NFC').trim());

async function add(ctx: CommandContext, name: string, query: string, tag: string | undefined, json: boolean): Promise<void> {
  if (byName(await ctx.call('listSavedSearches', undefined), name)) {
    throw new AppFailure({ code: 'invalid-input', message: `A watchlist named "${name}" exists already; remove it first or choose another name.` });
  }
  const s = await ctx.call('createSavedSearch', { name, query, autoTag: tag ?? null });
  ctx.out(json ? JSON.stringify(watchJson(s), null, 2) : `Added watchlist "${s.name}" (${s.count} clip${s.count === 1 ? '' : 's'} match)${s.autoTag ? `; new matches will be tagged "${s.autoTag}"` : ''}.`);
}

async function remove(ctx: CommandContext, name: string, json: boolean): Promise<void> {
  const s = byName(await ctx.call('listSavedSearches', undefined), name);
  if (!s) throw new AppFailure({ code: 'not-found', message: `There is no watchlist named "${name}" (see "marsad watch list").` });
  await ctx.call('deleteSavedSearch', { id: s.id });
  ctx.out(json ? JSON.stringify({ removed: s.id, name: s.name }) : `Removed watchlist "${s.name}".`);
}

export const watch: Command = {
  name: 'watch',
  summary: 'List, add or remove watchlists (saved searches that can tag new matches).',
  details: [
    'marsad watch list [--json]                  every watchlist: name, query, tag, clips, new since last opened',
    'marsad watch add NAME QUERY [--tag T]       a saved search; with --tag, clips imported later that match get T',
    'marsad watch remove NAME                    forget the watchlist (its tags stay on the clips)',
  ].join('\n'),
  access: (positionals) => (positionals[0] === 'add' || positionals[0] === 'remove' ? 'write' : 'read'),
  options: {
    tag: { type: 'string', valueName: 'T', description: 'With add: the tag new matching clips receive.' },
    json: { type: 'boolean', description: 'Print JSON (list: an array of {id, name, query, tag, count, newCount, ...}).' },
  },
  positionals: [
    { name: 'ACTION', description: '"list", "add" or "remove".', required: true },
    { name: 'ARG', description: 'add: NAME QUERY; remove: NAME.', required: false, variadic: true },
  ],
  async run(ctx, { options, positionals }) {
    const [action, ...args] = positionals;
    const json = Boolean(options.json);
    const tag = typeof options.tag === 'string' ? options.tag : undefined;
    if (tag !== undefined && action !== 'add') throw new UsageError('Option --tag goes with "marsad watch add NAME QUERY --tag T".');
    if (action === 'list') {
      if (args.length) throw new UsageError('Usage: marsad watch list [--json].');
      const list = await ctx.call('listSavedSearches', undefined);
      return ctx.out(json ? JSON.stringify(list.map(watchJson), null, 2) : humanList(list, ctx.columns));
    }
    if (action === 'add') {
      if (args.length !== 2 || !args[0]!.trim()) throw new UsageError('Usage: marsad watch add NAME QUERY [--tag T] (quote a query of several words).');
      if (tag !== undefined && !tag.trim()) throw new UsageError('Option --tag needs a tag name.');
      return add(ctx, args[0]!, args[1]!, tag, json);
    }
    if (action === 'remove') {
      if (args.length !== 1) throw new UsageError('Usage: marsad watch remove NAME.');
      return remove(ctx, args[0]!, json);
    }
    throw new UsageError(`Unknown action "${action}" for watch; use list, add or remove.`);
  },
};
