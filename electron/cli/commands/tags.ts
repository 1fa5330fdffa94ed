// `marsad tags [--json]`, `marsad tags rename OLD NEW`, `marsad tags merge FROM... --into TO`:
// list the tags with their counts, or rename/merge through the same calls as the tag manager.
// The listing opens the library read-only (works while the app holds it); rename/merge write.
import { formatTable } from '../format/table.js';
import { UsageError } from '../usage-error.js';
import type { Command, CommandContext } from './command.js';
import type { TagFacet } from '../../../common/annotation.js';

/** The fields `tags --json` promises scripts, in this order. */
export const tagJson = (t: TagFacet) => ({
  name: t.name,
  path: t.name.split('/'),
  parent: t.parent,
  colour: t.colour,
  description: t.description,
  clips: t.clips,
  highlights: t.highlights,
});

export const humanTags = (tags: TagFacet[], columns: number | undefined): string => {
  if (tags.length === 0) return 'The library has no tags yet.';
  const sorted = [...tags].sort((a, b) => a.name.localeCompare(b.name));
  const rows = sorted.map((t) => [`${'  '.repeat(t.depth)}${t.name}`, String(t.clips), String(t.highlights), t.colour ?? '']);
  return formatTable([['TAG', 'CLIPS', 'PASSAGES', 'COLOUR'], ...rows], columns).join('\n');
};

async function list(ctx: CommandContext, json: boolean): Promise<void> {
  const tags = await ctx.call('listTags', undefined);
  ctx.out(json ? JSON.stringify(tags.map(tagJson), null, 2) : humanTags(tags, ctx.columns));
}

export const tags: Command = {
  name: 'tags',
  summary: 'List tags with their counts, or rename or merge tags.',
  details: [
    'marsad tags [--json]                 every tag: name, path, colour, clip and passage counts',
    'marsad tags rename OLD NEW           rename a tag and the tags under it; onto an existing tag it merges',
    'marsad tags merge FROM... --into TO  move every use of each FROM (on clips and passages) to TO',
  ].join('\n'),
  access: (positionals) => (positionals.length === 0 ? 'read' : 'write'),
  options: {
    json: { type: 'boolean', description: 'Print the tag list as JSON.' },
    into: { type: 'string', valueName: 'TO', description: 'The tag that merge moves uses into.' },
  },
  positionals: [
    { name: 'ACTION', description: '"rename" or "merge"; none lists the tags.', required: false },
    { name: 'NAME', description: 'Tag names for rename (OLD NEW) or merge (FROM...).', required: false, variadic: true },
  ],
  async run(ctx, { options, positionals }) {
    const [action, ...names] = positionals;
    const into = typeof options.into === 'string' ? options.into : undefined;
    if (action !== 'merge' && into !== undefined) throw new UsageError('Option --into goes with "marsad tags merge FROM... --into TO".');
    if (action !== undefined && options.json) throw new UsageError('Option --json goes with the tag list ("marsad tags --json").');
    if (action === undefined) return list(ctx, Boolean(options.json));
    if (action === 'rename') {
      if (names.length !== 2) throw new UsageError('Usage: marsad tags rename OLD NEW.');
      const r = await ctx.call('renameTag', { from: names[0]!, to: names[1]! });
      const uses = r.change.action.clips;
      ctx.out(`${r.merged ? 'Merged' : 'Renamed'} "${names[0]}" ${r.merged ? 'into' : 'to'} "${r.name}" (${uses} clip${uses === 1 ? '' : 's'} changed).`);
      return;
    }
    if (action === 'merge') {
      if (names.length === 0 || into === undefined) throw new UsageError('Usage: marsad tags merge FROM... --into TO.');
      const r = await ctx.call('mergeTags', { from: names, into });
      ctx.out(`Merged ${names.map((n) => `"${n}"`).join(', ')} into "${r.name}" (${r.clipUses} clip uses, ${r.highlightUses} passage uses).`);
      return;
    }
    throw new UsageError(`Unknown action "${action}" for tags; use "rename" or "merge", or none to list.`);
  },
};
