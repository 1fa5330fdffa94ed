// `marsad show ID`: one clip's metadata and its body exactly as stored, as text or as JSON.
// Read-only. The body is printed byte for byte; nothing here reflows or normalises it.
import type { ClipDetail } from '../../../common/domain.js';
import { formatDateTime } from '../format/dates.js';
import { formatTable } from '../format/table.js';
import type { Command } from './command.js';

const LANG_NAMES: Record<ClipDetail['lang'], string> = { ar: 'Arabic', en: 'English', ru: 'Russian', other: 'other' };

/** `show --json`: the stable fields first, then everything else the reader gets. */
export const showJson = (c: ClipDetail) => {
  const { id, title, body, source, tags, capturedAt, ...rest } = c;
  return { id, title, body, source, tags, capturedAt, ...rest };
};

export const humanShow = (c: ClipDetail): string => {
  const meta: [string, string | null][] = [
    ['ID', c.id],
    ['Source', c.source],
    ['Author', c.author],
    ['URL', c.url],
    ['Published', c.publishedAt && formatDateTime(c.publishedAt)],
    ['Captured', formatDateTime(c.capturedAt)],
    ['Language', LANG_NAMES[c.lang]],
    ['Tags', c.tags.length ? c.tags.join(', ') : '(none)'],
  ];
  const rows = meta.filter((m): m is [string, string] => Boolean(m[1])).map(([k, v]) => [`${k}:`, v]);
  return [c.title, '', ...formatTable(rows), '', c.body].join('\n');
};

export const show: Command = {
  name: 'show',
  summary: 'Print one clip: its metadata, then its text exactly as stored.',
  access: 'read',
  positionals: [{ name: 'ID', description: 'The clip id, as "marsad list" prints it.', required: true }],
  options: {
    json: { type: 'boolean', description: 'Print the clip as JSON (id, title, body, source, tags, capturedAt, ...).' },
  },
  async run(ctx, { options, positionals }) {
    const clip = await ctx.call('getClip', { id: positionals[0]! });
    ctx.out(options.json ? JSON.stringify(showJson(clip), null, 2) : humanShow(clip));
  },
};
