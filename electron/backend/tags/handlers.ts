// Contract calls for clip tags and the tag manager: bulk tag/untag, set a clip's tags, list
// tags, rename (a path prefix moves its children; onto an existing tag it merges), merge,
// delete (with a dry run that counts the uses), tag definitions, and undo/redo. Each change is
// one undoable action and one coalesced write.
import type { TagCalls } from '../../../common/ipc/tag-contract.js';
import type { Handlers } from '../../../common/ipc/contract.js';
import { MAX_TAGS_PER_CLIP } from '../../../common/ipc/contract.js';
import type { StoredClip, TagDef } from '../../../common/library/schema.js';
import { fail, ok } from '../../../common/result.js';
import { cleanTagName, isSameOrUnder, movedName } from '../../../common/tags/tag-name.js';
import { applyAction, redo, undo, type Plan, type TagContext } from './actions.js';
import { rewriteEverywhere } from './rewrite.js';
import { addTags, dedupTags, keyOf, moveTags, removeTags } from './tag-keys.js';

type TagHandlers = Pick<
  Handlers,
  'setClipTags' | 'tagClips' | 'listTags' | 'renameTag' | 'mergeTags' | 'deleteTag' | 'setTagDef' | 'undo' | 'redo' | 'historyState'
>;

/** A clip that is not in the trash, or not-found. */
export function liveClip(ctx: TagContext, id: string): StoredClip {
  const clip = ctx.index.get(id);
  if (!clip) return fail('not-found', `There is no clip with id "${id}".`);
  if (clip.deletedAt) return fail('not-found', `The clip "${clip.title}" is in the trash; restore it first.`);
  return clip;
}

export const canonicalTags = (ctx: TagContext, names: readonly string[]): string[] =>
  dedupTags(names.map((n) => ctx.registry.canonical(n)).filter((n) => n.length > 0));

const checkSize = (clip: StoredClip, tags: string[]) => {
  if (tags.length > MAX_TAGS_PER_CLIP) fail('invalid-input', `A clip can carry at most ${MAX_TAGS_PER_CLIP} tags; "${clip.title}" would have ${tags.length}.`);
};

function knownKey(ctx: TagContext, name: string): string {
  const key = keyOf(cleanTagName(name));
  if (!key || !ctx.registry.has(key)) fail('not-found', `There is no tag "${name}".`);
  return key;
}

/** Tag definitions after moving the subtree at fromKey to `to`; a definition already at the target keeps its fields. */
function movedDefs(defs: TagDef[], fromKey: string, to: string): TagDef[] {
  if (!defs.some((d) => isSameOrUnder(keyOf(d.name), fromKey))) return defs;
  const byKey = new Map<string, TagDef>();
  for (const d of defs) if (!isSameOrUnder(keyOf(d.name), fromKey)) byKey.set(keyOf(d.name), d);
  for (const d of defs) {
    if (!isSameOrUnder(keyOf(d.name), fromKey)) continue;
    const name = movedName(d.name, fromKey, to)!;
    const there = byKey.get(keyOf(name));
    byKey.set(keyOf(name), {
      name: there?.name ?? name,
      colour: there?.colour ?? d.colour,
      description: there?.description || d.description,
    });
  }
  return [...byKey.values()];
}

/** The target of a rename or merge: an existing tag's spelling, or the new name as typed. */
function targetName(ctx: TagContext, to: string, fromKeys: string[]): { name: string; key: string; exists: boolean } {
  const clean = cleanTagName(to);
  const key = keyOf(clean);
  if (!key) return fail('invalid-input', 'A tag name needs at least one letter.');
  for (const f of fromKeys) {
    if (key !== f && isSameOrUnder(key, f)) fail('invalid-input', `"${clean}" is under the tag it would replace; choose a name outside it.`);
  }
  const exists = ctx.registry.has(key) && !fromKeys.includes(key);
  // Same key (a change of spelling) takes the new spelling; otherwise an existing tag keeps its own.
  return { name: fromKeys.includes(key) ? clean : ctx.registry.canonical(clean), key, exists };
}

export function createTagHandlers(ctx: TagContext): TagHandlers {
  const { views, history, registry } = ctx;
  return {
    setClipTags: async ({ id, tags }) => {
      const clip = liveClip(ctx, id);
      const next = canonicalTags(ctx, tags);
      applyAction(ctx, { kind: 'set-clip-tags', tags: next }, [{ clip, set: { tags: next } }]);
      return ok(await views.summary(clip));
    },
    tagClips: async ({ ids, add = [], remove = [] }) => {
      const clips = [...new Set(ids)].map((id) => liveClip(ctx, id));
      const adding = canonicalTags(ctx, add);
      const dropping = new Set(remove.map((r) => keyOf(cleanTagName(r))));
      const plan: Plan = [];
      for (const clip of clips) {
        const tags = addTags(removeTags(clip.tags, (k) => dropping.has(k)), adding);
        if (tags === clip.tags) continue;
        checkSize(clip, tags);
        plan.push({ clip, set: { tags } });
      }
      const change = applyAction(ctx, { kind: 'tag-clips', tags: [...adding, ...remove.map(cleanTagName)] }, plan);
      return ok({ clips: clips.map((c) => ({ id: c.id, tags: [...c.tags] })), change });
    },
    listTags: async () => ok(views.facets().tags),
    renameTag: async ({ from, to }) => {
      const fromKey = knownKey(ctx, from);
      const target = targetName(ctx, to, [fromKey]);
      const renamed = registry.entries().filter(([k]) => isSameOrUnder(k, fromKey)).map(([, n]) => n);
      const r = rewriteEverywhere(ctx.store.data.clips, (t) => moveTags(t, fromKey, target.name), (k) => isSameOrUnder(k, fromKey));
      const defs = movedDefs(ctx.store.data.tagDefs, fromKey, target.name);
      const change = applyAction(ctx, { kind: 'rename-tag', tags: [from, target.name], highlights: r.highlights }, r.plan, defs);
      return ok({ name: target.name, merged: target.exists, renamed, change });
    },
    mergeTags: async ({ from, into }) => {
      const fromKeys = [...new Set(from.map((f) => knownKey(ctx, f)))];
      const target = targetName(ctx, into, fromKeys);
      const moving = fromKeys.filter((k) => k !== target.key);
      const under = (k: string) => moving.some((f) => isSameOrUnder(k, f));
      const r = rewriteEverywhere(
        ctx.store.data.clips,
        (t) => moving.reduce((list, f) => moveTags(list, f, target.name), t),
        under,
      );
      const defs = moving.reduce((d, f) => movedDefs(d, f, target.name), ctx.store.data.tagDefs);
      const change = applyAction(ctx, { kind: 'merge-tags', tags: [...from.map(cleanTagName), target.name], highlights: r.highlights }, r.plan, defs);
      return ok({ name: target.name, clipUses: r.clipUses, highlightUses: r.highlightUses, change });
    },
    deleteTag: async ({ name, dryRun }) => {
      const key = knownKey(ctx, name);
      const under = (k: string) => isSameOrUnder(k, key);
      const removed = registry.entries().filter(([k]) => under(k)).map(([, n]) => n);
      const r = rewriteEverywhere(ctx.store.data.clips, (t) => removeTags(t, under), under);
      if (dryRun) return ok({ removed, clipUses: r.clipUses, highlightUses: r.highlightUses, change: null });
      const defs = ctx.store.data.tagDefs.filter((d) => !under(keyOf(d.name)));
      const change = applyAction(
        ctx,
        { kind: 'delete-tag', tags: removed, highlights: r.highlights },
        r.plan,
        defs.length === ctx.store.data.tagDefs.length ? undefined : defs,
      );
      return ok({ removed, clipUses: r.clipUses, highlightUses: r.highlightUses, change });
    },
    setTagDef: async ({ name, colour, description }) => {
      const canonical = registry.canonical(name);
      const key = keyOf(canonical);
      if (!key) return fail('invalid-input', 'A tag name needs at least one letter.');
      const old = registry.def(key);
      const def: TagDef = {
        name: old?.name ?? canonical,
        colour: colour === undefined ? (old?.colour ?? null) : colour,
        description: description === undefined ? (old?.description ?? '') : description.trim(),
      };
      const same = old && old.colour === def.colour && old.description === def.description;
      const defs = same ? undefined : [...ctx.store.data.tagDefs.filter((d) => keyOf(d.name) !== key), def];
      const change = applyAction(ctx, { kind: 'set-tag-def', tags: [def.name] }, [], defs);
      const tag = views.facets().tags.find((t) => t.key === key)!;
      return ok({ tag, change });
    },
    undo: async () => ok(undo(ctx)),
    redo: async () => ok(redo(ctx)),
    historyState: async () => ok(history.state()),
  };
}

export type { TagCalls };
