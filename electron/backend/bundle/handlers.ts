// The bundle calls (issue 15): export a selection, inspect a bundle (what a merge would do), and
// import it — the library flushed and backed up first, then the chosen plan applied as ONE
// undoable action (tags/actions.ts), every imported item naming the bundle and analyst it came from.
import { stat } from 'node:fs/promises';
import type { Handlers } from '../../../common/ipc/contract.js';
import type { BundleCalls, BundleSelection, BundleSource } from '../../../common/ipc/bundle-contract.js';
import { planMerge, type MergeChoice } from '../../../common/bundle/plan.js';
import { resolveNote } from '../../../common/bundle/merge-clip.js';
import { AppFailure, ok } from '../../../common/result.js';
import type { StoredClip } from '../../../common/library/schema.js';
import { newClipId } from '../clips.js';
import type { ExportCall } from '../export/call.js';
import { selectClipIds } from '../export/select.js';
import { applyAction, type TagContext } from '../tags/actions.js';
import { parseBundle, readBundleFile, type ReadBundle } from './read-bundle.js';
import { writeBundle } from './write-bundle.js';
import { IO_PARALLEL, mapLimit } from './map-limit.js';

const readSource = (source: BundleSource): Promise<ReadBundle> =>
  'path' in source ? readBundleFile(source.path) : parseBundle(Buffer.from(source.file.bytes, 'base64'));

/** What identifies a bundle's bytes between inspect and import: the file's size and time, or the dropped bytes. */
async function sourceKey(source: BundleSource): Promise<string | null> {
  if (!('path' in source)) return `bytes:${source.file.bytes.length}:${source.file.bytes}`;
  const s = await stat(source.path).catch(() => null);
  return s ? `path:${source.path}:${s.size}:${s.mtimeMs}:${s.ino}` : null;
}

/** The selection in words, for the manifest ("tags سوريا, query لافروف"). */
function describe(sel: BundleSelection): string {
  const parts = [
    sel.tags?.length ? `tags ${sel.tags.join(', ')}` : '',
    sel.query ? `query ${sel.query}` : '',
    sel.savedSearchId ? `saved search ${sel.savedSearchId}` : '',
    sel.clipIds?.length ? `${sel.clipIds.length} picked clips` : '',
  ].filter(Boolean);
  return parts.join('; ') || 'whole library';
}

export function createBundleHandlers(ctx: TagContext, call: ExportCall): Pick<Handlers, keyof BundleCalls> {
  const { store, index } = ctx;
  // The review screen inspects, then imports the same file: the checked contents are kept for
  // that one import instead of unpacking and checking it twice (1.6–4 s for 5,000 clips).
  let last: { key: string; bundle: ReadBundle } | null = null;
  const read = async (source: BundleSource, keep: boolean): Promise<ReadBundle> => {
    const key = await sourceKey(source);
    if (key !== null && last?.key === key) {
      const { bundle } = last;
      if (!keep) last = null;
      return bundle;
    }
    const bundle = await readSource(source);
    last = keep && key !== null ? { key, bundle } : null;
    return bundle;
  };
  const plan = (bundle: ReadBundle, choice?: MergeChoice) =>
    planMerge(store.data, bundle.manifest, bundle.records, choice, { now: new Date().toISOString(), newId: newClipId });

  /** Stores the texts of the clips the plan adds (checked against their names) before any record points at them. */
  async function putBodies(bundle: ReadBundle, added: StoredClip[], done: Set<string>): Promise<void> {
    const todo = [...new Map(added.filter((c) => !done.has(c.bodySha256)).map((c) => [c.bodySha256, c])).values()];
    await mapLimit(todo, IO_PARALLEL, async (c) => {
      const sha = await store.bodies.putDeferred(bundle.bodies.get(c.bodySha256)!);
      if (sha !== c.bodySha256) throw new AppFailure({ code: 'invalid-input', message: `The text of "${c.title}" in this bundle is not what its checksum says; nothing was imported.` });
      done.add(sha);
    });
  }

  return {
    exportBundle: async ({ path, selection, analyst, overwrite }) => {
      const ids = await selectClipIds(call, selection);
      const clips = ids.map((id) => index.get(id)).filter((c): c is StoredClip => Boolean(c) && !c!.deletedAt);
      if (clips.length === 0) throw new AppFailure({ code: 'not-found', message: 'No clip matches this selection, so no bundle was written.' });
      const data = store.data;
      return ok(await writeBundle({ data, bodies: store.bodies, clips, analyst: analyst ?? data.settings.analyst, selection: describe(selection), out: path, overwrite: Boolean(overwrite) }));
    },
    resolveNoteConflict: async ({ clipId, value, take }) => {
      const clip = index.get(clipId);
      if (!clip) throw new AppFailure({ code: 'not-found', message: `There is no clip with id "${clipId}".` });
      const set = resolveNote(clip, value, take);
      if (!set) throw new AppFailure({ code: 'not-found', message: 'That version of the note is no longer in conflict.' });
      return ok(applyAction(ctx, { kind: 'set-note', tags: [] }, [{ clip, set }]));
    },
    // Only the desktop app is opened with files; its host answers this itself (electron/main).
    openedBundles: async () => ok([]),
    inspectBundle: async ({ source, choice }) => ok(plan(await read(source, true), choice).plan),
    importBundle: async ({ source, choice }) => {
      const bundle = await read(source, false);
      let planned = plan(bundle, choice);
      if (planned.plan.empty) return ok({ plan: planned.plan, applied: false, backup: null, change: null });
      // The library as it was, on disk and backed up, before anything of the bundle lands.
      await store.flush();
      const backup = await store.backups.beforeMerge();
      const stored = new Set<string>();
      // Re-planned after each await, so an edit made meanwhile is merged with, not overwritten.
      for (;;) {
        await putBodies(bundle, planned.edits.added, stored);
        planned = plan(bundle, choice);
        if (planned.edits.added.every((c) => stored.has(c.bodySha256))) break;
      }
      const { edits } = planned;
      const lists = { ...(edits.people ? { people: edits.people } : {}), ...(edits.bundles ? { bundles: edits.bundles } : {}) };
      const change = applyAction(
        ctx,
        { kind: 'merge-bundle', tags: [], highlights: planned.plan.counts.highlights },
        edits.sets.map((s) => ({ clip: index.get(s.id)!, set: s.set })),
        edits.tagDefs ?? undefined,
        { added: edits.added, lists },
      );
      return ok({ plan: planned.plan, applied: true, backup, change });
    },
  };
}
