// The undo/redo history of tagging, highlighting, note, metadata edit and trash actions, held in memory for the
// session of the one writer. An entry keeps, per touched clip, the changed fields before and
// after (references: tag lists, highlight arrays and tag definitions are replaced, never edited
// in place), so undo and redo are exact and cost nothing to record. Never touches the disk.
import type { ActionInfo, HistoryState } from '../../../common/annotation.js';
import type { LibraryFile, StoredClip, StoredPerson, TagDef } from '../../../common/library/schema.js';

// 200 actions is a long working session of tagging (Hypothesis and editors keep far fewer);
// the delta cap bounds memory when the entries are library-wide merges: ~100 bytes a delta,
// so at most ~30 MB however large the library.
export const MAX_HISTORY = 200;
export const MAX_HISTORY_DELTAS = 300_000;

/** The metadata an edit changes (issue 14): title, source, URL, author, published date, language. */
export const META_KEYS = ['title', 'source', 'url', 'author', 'publishedAt', 'lang'] as const;
export type MetaKey = (typeof META_KEYS)[number];
/** Bundle merges (issue 15) also set quote decisions, revisions, conflicts and provenance. */
export type MergeKey = 'quoteDecisions' | 'revs' | 'conflicts' | 'by' | 'via' | 'noteBy' | 'noteAt';
export type ClipFields = Partial<Pick<StoredClip, 'tags' | 'highlights' | 'note' | 'deletedAt' | MetaKey | MergeKey>>;
export type Delta = { id: string; before: ClipFields; after: ClipFields };
/** Library-level lists a bundle merge replaces as a whole (people, the imported-bundles list). */
export type LibraryLists = Partial<Pick<LibraryFile, 'people' | 'bundles'>>;
export type Entry = {
  info: ActionInfo;
  deltas: Delta[];
  /** The whole tagDefs array before and after, when the action changed it. */
  defs: { before: TagDef[]; after: TagDef[] } | null;
  membership: boolean;
  /** Clips the action added (a bundle merge): undo takes them out, redo puts them back. */
  added?: StoredClip[];
  lists?: { before: LibraryLists; after: LibraryLists };
  /** The whole people registry (stored edits) before and after, for a speaker edit. */
  people?: { before: StoredPerson[]; after: StoredPerson[] };
};

const size = (e: Entry): number => e.deltas.length + (e.added?.length ?? 0);

export class History {
  private done: Entry[] = [];
  private undone: Entry[] = [];
  private deltas = 0;

  push(e: Entry): void {
    this.done.push(e);
    this.deltas += size(e);
    for (const u of this.undone) this.deltas -= size(u);
    this.undone = [];
    while (this.done.length > 1 && (this.done.length > MAX_HISTORY || this.deltas > MAX_HISTORY_DELTAS)) {
      this.deltas -= size(this.done.shift()!);
    }
  }

  /** Takes the newest entry off the undo stack onto the redo stack. */
  takeUndo(): Entry | undefined {
    const e = this.done.pop();
    if (e) this.undone.push(e);
    return e;
  }

  takeRedo(): Entry | undefined {
    const e = this.undone.pop();
    if (e) this.done.push(e);
    return e;
  }

  /** The entry the next undo would take back, if any. */
  peekUndo(): Entry | undefined {
    return this.done.at(-1);
  }

  /** How many entries on the undo stack satisfy `test`. */
  countUndo(test: (e: Entry) => boolean): number {
    return this.done.filter(test).length;
  }

  state(): HistoryState {
    return {
      undo: this.done.at(-1)?.info ?? null,
      redo: this.undone.at(-1)?.info ?? null,
      undoDepth: this.done.length,
      redoDepth: this.undone.length,
    };
  }
}
