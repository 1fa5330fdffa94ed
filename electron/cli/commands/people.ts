// `marsad people [--json]`: the people registry: every speaker with aliases and quote count.
// Read-only; the same list the Speakers view shows.
import type { PersonView } from '../../../common/quotes/views.js';
import { formatTable } from '../format/table.js';
import type { Command } from './command.js';

export const humanPeople = (people: PersonView[], columns: number | undefined): string => {
  if (people.length === 0) return 'The library names no speakers yet.';
  const rows = people.map((p) => [p.name, String(p.quoteCount), p.aliases.join(', '), p.id]);
  return formatTable([['NAME', 'QUOTES', 'ALIASES', 'ID'], ...rows], columns).join('\n');
};

export const people: Command = {
  name: 'people',
  summary: 'List the speakers the library quotes, with aliases and quote counts.',
  access: 'read',
  positionals: [],
  options: { json: { type: 'boolean', description: 'Print the registry as JSON (id, name, aliases, quoteCount, kind: person or organisation).' } },
  async run(ctx, { options }) {
    const list = await ctx.call('listPeople', undefined);
    ctx.out(options.json ? JSON.stringify(list, null, 2) : humanPeople(list, ctx.columns));
  },
};
