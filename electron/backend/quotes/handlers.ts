// The quote and people calls (issue 5) as one subset of the handler table. Quotes are derived
// on demand (QuoteCache); only the analyst's decisions and registry edits are written: decisions
// into the clip's shard beside its text, people into the library meta. Speaker edits (rename,
// merge, aliases, not a speaker, re-attribution in a clip) are undoable actions in the app's one
// history (Ctrl+Z), shared with tagging.
import type { Handlers } from '../../../common/ipc/contract.js';
import type { QuoteCalls } from '../../../common/ipc/quote-contract.js';
import { applyDecisions, type Decided } from '../../../common/quotes/decisions.js';
import { Registry, personId, type RegistryPerson } from '../../../common/quotes/registry.js';
import { colourIndex, UNATTRIBUTED_ID, type QuoteView } from '../../../common/quotes/views.js';
import type { StoredClip, StoredPerson } from '../../../common/library/schema.js';
import { foldKey } from '../../../common/text/normalize.js';
import { fail, ok } from '../../../common/result.js';
import type { ClipIndex, ClipViews } from '../clip-views.js';
import type { LibraryStore } from '../store/library-store.js';
import { libraryPeople, personView, type LibraryPeople } from './library-people.js';
import { QuoteCache } from './quote-cache.js';
import { mapInSlices } from '../time-slices.js';
import type { ActionKind } from '../../../common/annotation.js';
import { applyAction, createTagContext, undo, type TagContext } from '../tags/actions.js';

/** The history kinds that are speaker edits (what undoSpeakerEdit may take back). */
const SPEAKER_KINDS = new Set<ActionKind>(['rename-person', 'merge-people', 'mark-not-speaker', 'edit-aliases', 'reattribute-quotes']);

export function createQuoteHandlers(
  store: LibraryStore,
  index: ClipIndex,
  views: ClipViews,
  cache = new QuoteCache(store),
  actions: TagContext = createTagContext(store, index, views),
): Pick<Handlers, keyof QuoteCalls> {

  const clipOr404 = (id: string): StoredClip => {
    const clip = index.get(id);
    if (!clip) fail('not-found', `There is no clip with id "${id}".`);
    return clip!;
  };

  const toView = (q: Decided, registry: Registry): QuoteView => {
    const p = q.speaker ? registry.find(q.speaker) : undefined;
    const pid = p?.id ?? (q.speaker ? personId(q.speaker) : null);
    return { ...q, personId: pid, colour: colourIndex(p ? foldKey(p.name) : q.speaker ? foldKey(q.speaker) : '') };
  };

  const clipQuotes = async (clip: StoredClip): Promise<QuoteView[]> => {
    const registry = new Registry(store.data.people);
    // Sliced: a long clip's thousands of views would otherwise be one 50–90 ms task.
    return mapInSlices(applyDecisions(await cache.quotes(clip), clip.quoteDecisions ?? []), (q) => toView(q, registry));
  };

  const personOr404 = (lp: LibraryPeople, id: string): RegistryPerson => {
    const p = lp.registry.people.find((x) => x.id === id);
    if (!p) fail('not-found', `There is no person with id "${id}" in the registry.`);
    return p!;
  };

  /** Writes the edited people (derived ones become stored) into the library meta, as one undoable
   * action: the people array is replaced, never edited in place, so undo puts the old one back. */
  const saveEdits = (kind: ActionKind, names: string[], edit: (stored: StoredPerson[]) => void): void => {
    const next = store.data.people.map((p) => ({ ...p, aliases: [...p.aliases], removedAliases: [...p.removedAliases] }));
    edit(next);
    applyAction(actions, { kind, tags: names }, [], undefined, { people: next });
  };
  const isSpeakerEdit = (e: { info: { kind: ActionKind } }): boolean => SPEAKER_KINDS.has(e.info.kind);
  const stored = (p: RegistryPerson): StoredPerson => ({
    id: p.id,
    name: p.name,
    aliases: [...p.aliases],
    removedAliases: [...p.removed],
    ...(p.notSpeaker ? { notSpeaker: true } : {}),
  });
  const upsert = (list: StoredPerson[], s: StoredPerson): void => {
    const i = list.findIndex((x) => x.id === s.id);
    if (i >= 0) list[i] = s;
    else list.push(s);
  };
  // The registry over the whole library is rebuilt only after the library changes: the Speakers
  // view, each person's page and every edit's answer ask for it, and on a large library one
  // build takes seconds.
  let people: Promise<LibraryPeople> | null = null;
  store.onChange(() => {
    people = null;
  });
  const currentPeople = (): Promise<LibraryPeople> => {
    const built = (people ??= libraryPeople(store, views, cache));
    built.catch(() => {
      if (people === built) people = null;
    });
    return built;
  };
  const fresh = async (id: string) => {
    const lp = await currentPeople();
    return personView(lp, personOr404(lp, id));
  };

  return {
    getQuotes: async ({ id }) => ok(await clipQuotes(clipOr404(id))),
    decideQuote: async ({ clipId, field = 'body', start, end, text, decision }) => {
      const clip = clipOr404(clipId);
      const found = (await cache.quotes(clip)).find((q) => q.field === field && q.start === start && q.end === end && q.text === text);
      if (!found) fail('not-found', 'That quote is no longer in the article; reopen it to see its quotes now.');
      const entry = {
        field,
        start,
        end,
        text,
        decision: typeof decision === 'string' ? decision : ('speaker' as const),
        speaker: typeof decision === 'string' ? null : decision.speaker,
        at: new Date().toISOString(),
      };
      store.mutate(
        () => {
          const rest = (clip.quoteDecisions ?? []).filter((d) => !(d.field === field && d.start === start && d.end === end && d.text === text));
          clip.quoteDecisions = [...rest, entry];
        },
        { clips: [clip] },
      );
      const view = (await clipQuotes(clip)).find((q) => q.field === field && q.start === start && q.end === end);
      return ok(view!);
    },
    reattributeInClip: async ({ clipId, personId: pid, speaker }) => {
      const clip = clipOr404(clipId);
      const targets = (await clipQuotes(clip)).filter((q) => q.personId === pid && q.state !== 'dismissed');
      if (targets.length === 0) fail('not-found', 'No quote in this clip is attributed to that person any more; reopen the clip.');
      const at = new Date().toISOString();
      const same = (d: { field: string; start: number; end: number; text: string }, q: QuoteView) => d.field === q.field && d.start === q.start && d.end === q.end && d.text === q.text;
      const rest = (clip.quoteDecisions ?? []).filter((d) => !targets.some((q) => same(d, q)));
      const added = targets.map((q) => ({ field: q.field, start: q.start, end: q.end, text: q.text, decision: 'speaker' as const, speaker, at }));
      applyAction(actions, { kind: 'reattribute-quotes', tags: [speaker] }, [{ clip, set: { quoteDecisions: [...rest, ...added] } }]);
      return ok(await clipQuotes(clip));
    },
    listPeople: async () => {
      const lp = await currentPeople();
      return ok(
        lp.registry.people
          .filter((p) => !p.notSpeaker)
          .map((p) => personView(lp, p))
          .filter((p) => p.quoteCount > 0 || store.data.people.some((s) => s.id === p.id))
          .sort((a, b) => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name)),
      );
    },
    personQuotes: async ({ id, offset = 0, limit = 100 }) => {
      const lp = await currentPeople();
      if (id === UNATTRIBUTED_ID) {
        const all = lp.unattributed;
        const group = { id, name: '', aliases: [], quoteCount: all.length, kind: 'person' as const };
        return ok({ person: group, quotes: all.slice(offset, offset + limit), total: all.length });
      }
      const p = personOr404(lp, id);
      const all = lp.quotes.get(p) ?? [];
      return ok({ person: personView(lp, p), quotes: all.slice(offset, offset + limit), total: all.length });
    },
    mergePeople: async ({ from, into }) => {
      const lp = await currentPeople();
      const a = personOr404(lp, from);
      const b = personOr404(lp, into);
      const merged = stored(b);
      for (const n of [a.name, ...a.aliases]) {
        if (!merged.aliases.some((x) => foldKey(x) === foldKey(n)) && foldKey(n) !== foldKey(b.name)) merged.aliases.push(n);
      }
      merged.removedAliases = merged.removedAliases.filter((r) => ![a.name, ...a.aliases].some((n) => foldKey(n) === r));
      saveEdits('merge-people', [a.name, b.name], (list) => {
        const i = list.findIndex((x) => x.id === a.id);
        if (i >= 0) list.splice(i, 1);
        upsert(list, merged);
      });
      return ok(await fresh(into));
    },
    addAlias: async ({ id, alias }) => {
      const lp = await currentPeople();
      const s = stored(personOr404(lp, id));
      if (!s.aliases.some((x) => foldKey(x) === foldKey(alias))) s.aliases.push(alias);
      s.removedAliases = s.removedAliases.filter((r) => r !== foldKey(alias));
      saveEdits('edit-aliases', [s.name], (list) => upsert(list, s));
      return ok(await fresh(id));
    },
    removeAlias: async ({ id, alias }) => {
      const lp = await currentPeople();
      const s = stored(personOr404(lp, id));
      s.aliases = s.aliases.filter((x) => foldKey(x) !== foldKey(alias));
      if (!s.removedAliases.includes(foldKey(alias))) s.removedAliases.push(foldKey(alias));
      saveEdits('edit-aliases', [s.name], (list) => upsert(list, s));
      return ok(await fresh(id));
    },
    renamePerson: async ({ id, name }) => {
      const lp = await currentPeople();
      const s = stored(personOr404(lp, id));
      if (foldKey(name) !== foldKey(s.name) && !s.aliases.some((x) => foldKey(x) === foldKey(s.name))) s.aliases.push(s.name);
      s.aliases = s.aliases.filter((x) => foldKey(x) !== foldKey(name));
      s.removedAliases = s.removedAliases.filter((r) => r !== foldKey(name));
      const was = s.name;
      s.name = name;
      saveEdits('rename-person', [was, name], (list) => upsert(list, s));
      return ok(await fresh(id));
    },
    // The older Speakers-view undo: takes back the newest action when it is a speaker edit (Ctrl+Z
    // does the same through the app's history, and any other action first).
    undoSpeakerEdit: async () => {
      const last = actions.history.peekUndo();
      if (!last || !isSpeakerEdit(last)) return ok({ undone: false, left: actions.history.countUndo(isSpeakerEdit) });
      undo(actions);
      return ok({ undone: true, left: actions.history.countUndo(isSpeakerEdit) });
    },
    markNotSpeaker: async ({ id }) => {
      const lp = await currentPeople();
      const s = { ...stored(personOr404(lp, id)), notSpeaker: true };
      saveEdits('mark-not-speaker', [s.name], (list) => upsert(list, s));
      return ok({ id });
    },
  };
}
