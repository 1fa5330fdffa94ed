// `marsad edit ID [--title T] [--source S] [--url U] [--published YYYY-MM-DD] [--lang ar|en|ru]
// [--author A] [--json]`: fix a clip's metadata through the same editClips call as the reader's
// form (undoable in the app's history while it runs). An empty value ("") clears source, URL,
// author or date. Writing command: run.ts holds the lock and exits 0 once the edit is on disk.
import type { ClipPatch } from '../../../common/domain.js';
import { isCalendarDay } from '../../../common/ipc/clip-patch.js';
import { UsageError } from '../usage-error.js';
import type { Command, OptionValues } from './command.js';
import { listJson } from './list.js';

const LANGS = ['ar', 'en', 'ru'] as const;
const str = (v: OptionValues[string]): string | undefined => (typeof v === 'string' ? v : undefined);

/** The patch the options ask for; throws UsageError for a value that cannot be what it names. */
export function patchFromOptions(options: OptionValues): ClipPatch {
  const patch: ClipPatch = {};
  const title = str(options.title);
  if (title !== undefined) patch.title = title;
  for (const key of ['source', 'url', 'author'] as const) {
    const v = str(options[key]);
    if (v !== undefined) patch[key] = v.trim() === '' ? null : v;
  }
  const published = str(options.published);
  if (published !== undefined) {
    if (published.trim() !== '' && !isCalendarDay(published.trim())) {
      throw new UsageError(`--published takes a date written YYYY-MM-DD, e.g. 2025-10-22 (got "${published}").`);
    }
    patch.publishedAt = published.trim() === '' ? null : published.trim();
  }
  const lang = str(options.lang);
  if (lang !== undefined) {
    if (!(LANGS as readonly string[]).includes(lang)) throw new UsageError(`--lang must be one of ${LANGS.join(', ')} (got "${lang}").`);
    patch.lang = lang as ClipPatch['lang'];
  }
  if (Object.keys(patch).length === 0) throw new UsageError('Say what to change: --title, --source, --url, --published, --lang or --author.');
  return patch;
}

export const edit: Command = {
  name: 'edit',
  summary: "Change a clip's title, source, URL, published date or language.",
  details: [
    'marsad edit ID --source "وكالة سانا" --published 2025-10-22',
    'marsad edit ID --title "A better title" --lang en --json',
    'An empty value clears a field: --source "" leaves the clip without a source. The text itself is never edited.',
  ].join('\n'),
  access: 'write',
  options: {
    title: { type: 'string', valueName: 'T', description: 'The new title.' },
    source: { type: 'string', valueName: 'S', description: 'The outlet, e.g. SANA or RIA Novosti ("" for none).' },
    url: { type: 'string', valueName: 'U', description: 'The article address, http:// or https:// ("" for none).' },
    published: { type: 'string', valueName: 'YYYY-MM-DD', description: 'The day it was published ("" for unknown).' },
    lang: { type: 'string', valueName: 'ar|en|ru', description: 'The language of the text.' },
    author: { type: 'string', valueName: 'A', description: 'The author ("" for none).' },
    json: { type: 'boolean', description: 'Print the clip as "marsad list --json" does, with "changed".' },
  },
  positionals: [{ name: 'ID', description: 'The clip id (see "marsad list").', required: true }],
  async run(ctx, { options, positionals }) {
    const id = positionals[0]!;
    const r = await ctx.call('editClips', { ids: [id], patch: patchFromOptions(options) });
    const clip = r.clips[0]!;
    const changed = r.change.action.clips > 0;
    if (options.json) return ctx.out(JSON.stringify({ ...listJson(clip), changed }, null, 2));
    const day = clip.publishedAt ? clip.publishedAt.slice(0, 10) : 'date unknown';
    ctx.out(`${changed ? 'Edited' : 'No change to'} ${id}: ${clip.title} · ${clip.source ?? 'no source'} · ${day} · ${clip.lang}`);
  },
};
