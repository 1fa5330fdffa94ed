// Applying an undoable action: the caller plans the new field values per clip (and the new tag
// definitions), this module applies them in one store.mutate (one coalesced write of the touched
// shards), records the inverse in the history, and answers with a Change. Undo and redo replay
// the recorded before/after values the same way.
import type { ActionInfo, ActionKind, Change } from '../../../common/annotation.js';
import type { StoredClip, StoredPerson, TagDef } from '../../../common/library/schema.js';
import { fail } from '../../../common/result.js';
import type { ClipIndex, ClipViews } from '../clip-views.js';
import type { LibraryStore } from '../store/library-store.js';
import { History, META_KEYS, type MetaKey, type ClipFields, type Delta, type Entry } from './history.js';
import { TagRegistry } from './tag-registry.js';

export type TagContext = {
  store: LibraryStore;
  index: ClipIndex;
  views: ClipViews;
  history: History;
  registry: TagRegistry;
};

export const createTagContext = (store: LibraryStore, index: ClipIndex, views: ClipViews): TagContext => ({
  store,
  index,
  views,
  history: new History(),
  registry: new TagRegistry(store),
});

export type Plan = { clip: StoredClip; set: ClipFields }[];
type Describe = { kind: ActionKind; tags: string[]; highlights?: number };

const FIELD_KEYS = ['tags', 'highlights', 'note', 'deletedAt', 'quoteDecisions', ...META_KEYS] as const;

const sameList = (a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean =>
  a === b || ((a?.length ?? 0) === 0 && (b?.length ?? 0) === 0) || (!!a && !!b && a.length === b.length && a.every((x, i) => x === b[i]));

function pick(clip: StoredClip, set: ClipFields): ClipFields {
  const out: ClipFields = {};
  for (const k of FIELD_KEYS) if (k in set) (out as Record<string, unknown>)[k] = clip[k];
  return out;
}

function differs(clip: StoredClip, set: ClipFields): boolean {
  if ('tags' in set && !sameList(clip.tags, set.tags)) return true;
  if ('highlights' in set && !sameList(clip.highlights, set.highlights)) return true;
  if ('note' in set && (clip.note ?? '') !== (set.note ?? '')) return true;
  if ('quoteDecisions' in set && !sameList(clip.quoteDecisions, set.quoteDecisions)) return true;
  if (META_KEYS.some((k) => k in set && clip[k] !== set[k])) return true;
  return 'deletedAt' in set && (clip.deletedAt ?? null) !== (set.deletedAt ?? null);
}

/** Writes fields onto the record; empty optional fields are removed so shard files stay small. */
function assign(clip: StoredClip, set: ClipFields): void {
  if ('tags' in set) clip.tags = set.tags ?? [];
  if ('highlights' in set) {
    if (set.highlights?.length) clip.highlights = set.highlights;
    else delete clip.highlights;
  }
  if ('note' in set) {
    if (set.note) clip.note = set.note;
    else delete clip.note;
  }
  if ('deletedAt' in set) {
    if (set.deletedAt) clip.deletedAt = set.deletedAt;
    else delete clip.deletedAt;
  }
  if ('quoteDecisions' in set) {
    if (set.quoteDecisions?.length) clip.quoteDecisions = set.quoteDecisions;
    else delete clip.quoteDecisions;
  }
  for (const k of META_KEYS) if (k in set) (clip as Record<MetaKey, unknown>)[k] = set[k];
}

/** Metadata is indexed for search: replaying it must bump updatedAt so the index re-reads the clip. */
const touchesMeta = (set: ClipFields): boolean => META_KEYS.some((k) => k in set);

const now = () => new Date().toISOString();

function change(ctx: TagContext, direction: Change['direction'], e: Entry): Change {
  return {
    direction,
    action: e.info,
    clipIds: e.deltas.map((d) => d.id),
    tagDefs: e.defs !== null,
    membership: e.membership,
    ...(e.people || e.deltas.some((d) => 'quoteDecisions' in d.after) ? { people: true } : {}),
    history: ctx.history.state(),
  };
}

/** Applies `plan` (and `defs`, the new tagDefs array; `extra.people`, the new people registry) as one undoable action. */
export function applyAction(ctx: TagContext, what: Describe, plan: Plan, defs?: TagDef[], extra: { people?: StoredPerson[] } = {}): Change {
  const { people } = extra;
  const real = plan.filter((p) => differs(p.clip, p.set));
  const defsChange = defs && defs !== ctx.store.data.tagDefs ? { before: ctx.store.data.tagDefs, after: defs } : null;
  const peopleChange = people && people !== ctx.store.data.people ? { before: ctx.store.data.people, after: people } : undefined;
  const at = now();
  const deltas: Delta[] = real.map((p) => ({ id: p.clip.id, before: pick(p.clip, p.set), after: p.set }));
  const membership = deltas.some((d) => 'deletedAt' in d.after);
  const entry: Entry = {
    info: { kind: what.kind, tags: what.tags, clips: deltas.length, highlights: what.highlights ?? 0, at },
    deltas,
    defs: defsChange,
    membership,
    ...(peopleChange ? { people: peopleChange } : {}),
  };
  if (deltas.length === 0 && !defsChange && !peopleChange) return change(ctx, 'do', entry);
  const clips = real.map((p) => p.clip);
  ctx.store.mutate(
    (d) => {
      for (const p of real) {
        assign(p.clip, p.set);
        // A speaker re-attribution changes no searchable field: the clip keeps its updatedAt.
        if (!('deletedAt' in p.set) && !('quoteDecisions' in p.set)) p.clip.updatedAt = at;
      }
      if (defsChange) d.tagDefs = defsChange.after;
      if (peopleChange) d.people = peopleChange.after;
    },
    { clips, meta: defsChange !== null || peopleChange !== undefined, membership },
  );
  ctx.history.push(entry);
  return change(ctx, 'do', entry);
}

function replay(ctx: TagContext, e: Entry, side: 'before' | 'after'): void {
  const clips: StoredClip[] = [];
  for (const d of e.deltas) {
    const clip = ctx.index.get(d.id);
    if (clip) clips.push(clip);
  }
  const byId = new Map(e.deltas.map((d) => [d.id, d[side]]));
  ctx.store.mutate(
    (data) => {
      const at = now();
      for (const c of clips) {
        const set = byId.get(c.id)!;
        assign(c, set);
        if (touchesMeta(set)) c.updatedAt = at;
      }
      if (e.defs) data.tagDefs = e.defs[side];
      if (e.people) data.people = e.people[side];
    },
    { clips, meta: e.defs !== null || e.people !== undefined, membership: e.membership },
  );
}

export function undo(ctx: TagContext): Change {
  const e = ctx.history.takeUndo();
  if (!e) return fail('not-found', 'There is nothing to undo.');
  replay(ctx, e, 'before');
  return change(ctx, 'undo', e);
}

export function redo(ctx: TagContext): Change {
  const e = ctx.history.takeRedo();
  if (!e) return fail('not-found', 'There is nothing to redo.');
  replay(ctx, e, 'after');
  return change(ctx, 'redo', e);
}

export type { ActionInfo };
