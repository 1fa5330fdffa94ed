// Library-wide tag rewrites for rename, merge and delete: plans the new tag list of every clip
// and passage (trashed clips too, so a restored clip comes back under the new name) and counts
// the uses touched. Plans only; actions.ts applies the plan as one undoable action.
import type { StoredClip, StoredHighlight } from '../../../common/library/schema.js';
import type { Plan } from './actions.js';
import { keyOf } from './tag-keys.js';

export type Rewrite = {
  plan: Plan;
  /** (clip, tag) pairs whose tag matched `touches`. */
  clipUses: number;
  /** (passage, tag) pairs whose tag matched `touches`. */
  highlightUses: number;
  /** Passages whose tag list changed. */
  highlights: number;
};

export function rewriteEverywhere(
  clips: readonly StoredClip[],
  rewrite: (tags: string[]) => string[],
  touches: (key: string) => boolean,
): Rewrite {
  const out: Rewrite = { plan: [], clipUses: 0, highlightUses: 0, highlights: 0 };
  const at = new Date().toISOString();
  for (const clip of clips) {
    const hit = (t: string) => touches(keyOf(t));
    const uses = clip.tags.filter(hit).length;
    const hls = clip.highlights ?? [];
    if (uses === 0 && !hls.some((h) => h.tags.some(hit))) continue;
    out.clipUses += uses;
    const tags = uses ? rewrite(clip.tags) : clip.tags;
    let changedHl = false;
    const highlights = hls.map((h): StoredHighlight => {
      const n = h.tags.filter(hit).length;
      if (n === 0) return h;
      out.highlightUses += n;
      const t = rewrite(h.tags);
      if (t === h.tags) return h;
      changedHl = true;
      out.highlights++;
      return { ...h, tags: t, updatedAt: at };
    });
    const set: Plan[number]['set'] = {};
    if (tags !== clip.tags) set.tags = tags;
    if (changedHl) set.highlights = highlights;
    if (Object.keys(set).length) out.plan.push({ clip, set });
  }
  return out;
}
