// `marsad tag ID TAG...` and `marsad untag ID TAG...`: add or remove clip tags through the same
// tagClips call the app uses (folded matching: «سوريّا» finds «سوريا»). Writing commands: run.ts
// takes the lock and exits 0 only after the change is flushed to disk.
import type { Command, CommandContext } from './command.js';

async function change(ctx: CommandContext, positionals: string[], mode: 'add' | 'remove'): Promise<void> {
  const [id, ...tags] = positionals;
  const r = await ctx.call('tagClips', { ids: [id!], [mode]: tags });
  const tagsNow = r.clips[0]!.tags;
  const verb = mode === 'add' ? 'Tagged' : 'Untagged';
  const what = r.change.action.clips === 0 ? `${id}: no change` : `${verb} ${id}`;
  ctx.out(`${what}; tags now: ${tagsNow.length ? tagsNow.join(', ') : '(none)'}`);
}

const positionals = [
  { name: 'ID', description: 'The clip id (see "marsad list").', required: true },
  { name: 'TAG', description: 'One or more tags; a path like "سوريا/عسكري" nests a tag under another.', required: true, variadic: true },
];

export const tag: Command = {
  name: 'tag',
  summary: 'Add tags to a clip.',
  details: 'A tag typed in another spelling of an existing tag (harakat, alef forms, case) joins that tag.',
  access: 'write',
  options: {},
  positionals,
  run: (ctx, { positionals: p }) => change(ctx, p, 'add'),
};

export const untag: Command = {
  name: 'untag',
  summary: 'Remove tags from a clip.',
  access: 'write',
  options: {},
  positionals,
  run: (ctx, { positionals: p }) => change(ctx, p, 'remove'),
};
