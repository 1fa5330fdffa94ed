// Domain types of tagging and annotation: passage highlights as the renderer gets them, tag
// facets with hierarchy and counts, the trash, and the Change every undoable call returns.
// Pure: no DOM, no Node. Offsets are UTF-16 code units into the raw stored body.
import type { ClipSummary } from './domain.js';

export type AnchorStatus = 'anchored' | 'drifted' | 'orphaned';

/** A passage highlight, re-anchored against the clip's body on every read. */
export type Highlight = {
  id: string;
  /** TextQuoteSelector: the passage as it was when highlighted, and 32 units of context. */
  exact: string;
  prefix: string;
  suffix: string;
  /** TextPositionSelector as stored. */
  start: number;
  end: number;
  tags: string[];
  /** '#rrggbb', or null for the default highlight colour (or the first tag's colour). */
  colour: string | null;
  note: string;
  createdAt: string;
  updatedAt: string;
  /**
   * Where to draw it now. anchored: `exact` is at [start, end) (moved: not where stored);
   * drifted: an approximate match, the text there differs from `exact`; orphaned: not found —
   * show it in a list with its `exact` text, never drop it.
   */
  anchor: { status: AnchorStatus; start: number; end: number; moved: boolean };
};

/** A highlight with the clip it belongs to, for "passages under a tag". */
export type HighlightItem = { clipId: string; clipTitle: string; highlight: Highlight };
export type HighlightPage = { total: number; offset: number; items: HighlightItem[] };

/**
 * One tag in the sidebar / tag manager. Counts include the tags under it ("سوريا" counts clips
 * tagged "سوريا/عسكري"); implicit parents (no clip uses "سوريا" itself) are listed too.
 */
export type TagFacet = {
  /** Full path exactly as typed, e.g. "سوريا/عسكري": what to pass back to any call. */
  name: string;
  /** Folded matching key (same for «سوريا» and «سوريّا»); stable id for UI lists. */
  key: string;
  /** Full name of the parent, or null at the top. */
  parent: string | null;
  /** 0 at the top level. */
  depth: number;
  colour: string | null;
  description: string;
  /** Clips the list shows for this tag: it (or a child) is on the clip or on one of its passages. */
  clips: number;
  /** Clips carrying it (or a child) as a clip tag. */
  clipTags: number;
  /** Passages carrying it (or a child). */
  highlights: number;
};

export type TrashItem = ClipSummary & { deletedAt: string; purgeAt: string };
export type TrashPage = { total: number; offset: number; items: TrashItem[] };

export type ActionKind =
  | 'tag-clips'
  | 'set-clip-tags'
  | 'set-note'
  | 'add-highlight'
  | 'update-highlight'
  | 'remove-highlight'
  | 'rename-tag'
  | 'merge-tags'
  | 'delete-tag'
  | 'set-tag-def'
  | 'delete-clips'
  | 'restore-clips'
  | 'edit-clips'
  | 'merge-bundle'
  // Speaker edits (issue 13): the people registry and re-attribution in a clip.
  | 'rename-person'
  | 'merge-people'
  | 'mark-not-speaker'
  | 'edit-aliases'
  | 'reattribute-quotes';

/** What an action did, for the announcement ("Tagged 3 clips «روسيا»"; "Undid: merge …"). */
export type ActionInfo = {
  kind: ActionKind;
  /** Tag names involved: added/removed, [from, to] for rename, [...from, into] for merge. */
  tags: string[];
  /** Clips and passages whose stored state changed. */
  clips: number;
  highlights: number;
  at: string;
};

export type HistoryState = { undo: ActionInfo | null; redo: ActionInfo | null; undoDepth: number; redoDepth: number };

/** Returned by every undoable call and by undo/redo: what to refresh and what to announce. */
export type Change = {
  direction: 'do' | 'undo' | 'redo';
  action: ActionInfo;
  /** Clips whose tags, passages, note, metadata or trash state changed: refresh their rows and the reader. */
  clipIds: string[];
  /** Tag definitions (colour, description, names) changed: refresh the tag manager. */
  tagDefs: boolean;
  /** Clips entered or left the trash: refresh the list and its total. */
  membership: boolean;
  /** The people registry or quote attributions changed: refresh the Speakers view and quotes. */
  people?: boolean;
  history: HistoryState;
};
