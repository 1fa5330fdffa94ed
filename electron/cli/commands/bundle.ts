// `marsad bundle export|inspect|import` (issue 15): share clips with another analyst as one
// `.marsad` file and merge theirs. export and inspect read the library (no lock); import takes
// the writer lock and merges only with --yes (without it, it says what it would do and exits 2).
import { resolve } from 'node:path';
import type { MergePlan } from '../../../common/bundle/plan.js';
import type { BundleExportResult } from '../../../common/ipc/bundle-contract.js';
import { AppFailure } from '../../../common/result.js';
import { UsageError } from '../usage-error.js';
import type { Command, CommandContext, OptionValues } from './command.js';

const str = (v: OptionValues[string]): string | undefined => (typeof v === 'string' ? v : undefined);
const list = (v: OptionValues[string]): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : []);
const n = (k: number, one: string, many = `${one}s`) => `${k} ${k === 1 ? one : many}`;

export const humanPlan = (p: MergePlan): string => {
  const c = p.counts;
  const lines = [
    `Bundle from ${p.bundle.analyst || 'an unnamed analyst'}, exported ${p.bundle.exportedAt.slice(0, 16).replace('T', ' ')} (${p.bundle.selection}).`,
    `${n(c.newClips, 'new clip')}, ${n(c.sameClips, 'clip')} already here, ${n(c.changedClips, 'clip')} to update; ${n(c.newTags, 'new tag')}, ${n(c.tagMerges, 'spelling')} to merge.`,
    `${n(c.highlights, 'highlight')}, ${n(c.notes, 'note')}, ${n(c.quoteDecisions, 'quote decision')}, ${n(c.people, 'person', 'people')} to add or merge; ${n(c.noteConflicts, 'note conflict')}, ${n(c.metaConflicts, 'field conflict')} (both versions kept).`,
    ...p.newClips.map((x) => `new       ${x.id} "${x.title}"`),
    ...p.sameClips.filter((x) => x.match === 'text').map((x) => `same text ${x.id} = ${x.localId} "${x.title}"`),
    ...p.tagMerges.map((o) => `spelling  "${o.incoming}" → "${o.local}" (${n(o.uses, 'use')})`),
    ...p.changes.filter((x) => x.note === 'conflict' || x.meta === 'conflict').map((x) => `conflict  ${x.localId} "${x.title}" (${[x.note === 'conflict' ? 'note' : '', x.meta === 'conflict' ? 'details' : ''].filter(Boolean).join(', ')})`),
  ];
  if (p.empty) lines.push(p.bundle.alreadyImported ? 'This bundle was merged before; merging it again changes nothing.' : 'Merging it changes nothing.');
  return lines.join('\n');
};

const humanExport = (r: BundleExportResult): string =>
  `Wrote ${r.path} (${Math.max(1, Math.round(r.bytes / 1024))} KB): ${n(r.counts.clips, 'clip')}, ${n(r.counts.highlights, 'highlight')}, ${n(r.counts.notes, 'note')}, ${n(r.counts.tags, 'tag')}, in ${(r.ms / 1000).toFixed(1)} s.`;

async function exportBundle(ctx: CommandContext, options: OptionValues): Promise<void> {
  const out = str(options.out);
  if (!out) throw new UsageError('Give --out FILE (the .marsad file to write).');
  const path = resolve(ctx.cwd ?? process.cwd(), out.endsWith('.marsad') ? out : `${out}.marsad`);
  const analyst = str(options.analyst) ?? ctx.env?.MARSAD_ANALYST;
  try {
    const r = await ctx.call('exportBundle', {
      path,
      overwrite: options.force === true,
      ...(analyst ? { analyst } : {}),
      selection: { tags: list(options.tag), clipIds: list(options.clip), ...(str(options.query) ? { query: str(options.query) } : {}), ...(str(options['saved-search']) ? { savedSearchId: str(options['saved-search']) } : {}) },
    });
    ctx.out(options.json ? JSON.stringify(r, null, 2) : humanExport(r));
  } catch (e) {
    if (e instanceof AppFailure && e.appError.details?.exists === true) {
      throw new AppFailure({ ...e.appError, message: `${path} already exists; add --force to replace it, or choose another --out.` });
    }
    throw e;
  }
}

const SELECT = ['tag', 'query', 'clip', 'saved-search', 'out', 'analyst', 'force'];

export const bundle: Command = {
  name: 'bundle',
  summary: 'Share clips with another analyst as a .marsad bundle, or merge one.',
  details: [
    'marsad bundle export --out FILE [--tag T]... [--query Q] [--clip ID]... [--saved-search ID] [--analyst NAME] [--force]',
    '    every clip (trash left out), or those with any of the tags, matching the query or saved search, or picked by id;',
    '    the bundle names the analyst (--analyst, else $MARSAD_ANALYST, else the library setting)',
    'marsad bundle inspect FILE [--json]   what merging FILE would do (nothing is changed)',
    'marsad bundle import FILE [--yes] [--json]   merge FILE as one undoable action, after a backup (bundle-*)',
    '    without --yes it prints what it would do and exits 2; a damaged or tampered bundle is refused (exit 1)',
    'JSON: export {"path","bundleId","bytes","counts","ms"}; inspect the plan {"bundle","counts","newClips",',
    '"sameClips","changes","tagMerges","newTags","people","empty"}; import {"applied","backup","plan"}.',
  ].join('\n'),
  access: (positionals) => (positionals[0] === 'import' ? 'write' : 'read'),
  positionals: [
    { name: 'ACTION', description: '"export", "inspect" or "import".', required: true },
    { name: 'FILE', description: 'The bundle to inspect or import.', required: false },
  ],
  options: {
    out: { type: 'string', valueName: 'FILE', description: 'export: the .marsad file to write.' },
    tag: { type: 'string', valueName: 'T', multiple: true, description: 'export: clips with this tag (repeat for any of several).' },
    query: { type: 'string', valueName: 'Q', description: 'export: clips matching this search.' },
    clip: { type: 'string', valueName: 'ID', multiple: true, description: 'export: these clips (repeat for several).' },
    'saved-search': { type: 'string', valueName: 'ID', description: 'export: clips matching this saved search.' },
    analyst: { type: 'string', valueName: 'NAME', description: 'export: the analyst the bundle names.' },
    force: { type: 'boolean', description: 'export: replace --out if it exists.' },
    yes: { type: 'boolean', description: 'import: merge without asking.' },
    json: { type: 'boolean', description: 'Print the result as JSON.' },
  },
  async run(ctx, { options, positionals }) {
    const [action, file] = positionals;
    if (action === 'export') {
      if (file !== undefined) throw new UsageError('bundle export takes no FILE; give --out FILE.');
      return exportBundle(ctx, options);
    }
    if (action !== 'inspect' && action !== 'import') throw new UsageError(`Unknown action "${action}" for bundle; use export, inspect or import.`);
    const stray = SELECT.find((o) => options[o] !== undefined);
    if (stray) throw new UsageError(`Option --${stray} goes with "marsad bundle export".`);
    if (action === 'inspect' && options.yes !== undefined) throw new UsageError('Option --yes goes with "marsad bundle import".');
    if (!file) throw new UsageError(`Usage: marsad bundle ${action} FILE.`);
    const source = { path: resolve(ctx.cwd ?? process.cwd(), file) };
    if (action === 'inspect' || options.yes !== true) {
      const plan = await ctx.call('inspectBundle', { source });
      ctx.out(options.json ? JSON.stringify(plan, null, 2) : humanPlan(plan));
      if (action === 'import' && !plan.empty) throw new UsageError('Nothing was merged: add --yes to merge this bundle.');
      return;
    }
    const r = await ctx.call('importBundle', { source });
    if (options.json) ctx.out(JSON.stringify({ applied: r.applied, backup: r.backup, plan: r.plan }, null, 2));
    else ctx.out(`${humanPlan(r.plan)}\n${r.applied ? `Merged as one action (undo it in the app); the library before it is in backups/${r.backup}.` : ''}`.trimEnd());
  },
};
