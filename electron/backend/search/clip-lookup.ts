// Clips by id for the search engine, kept in step with the store's changes: an added clip is
// found near the end of the clip list (where adds go), so adding one clip to a 100k library no
// longer rebuilds a 100k-entry map; anything else (a delete, a bulk change) rebuilds it. Reads
// the store only; never changes it.
import type { StoredClip } from '../../../common/library/schema.js';
import type { LibraryStore, Touch } from '../store/library-store.js';

// How far from the end of the clip list a newly added clip is looked for.
const TAIL = 256;

export class ClipLookup {
  private map = new Map<string, StoredClip>();
  private at = -1;
  // Ids whose membership changed since the map was last synced; null: rebuild the whole map.
  private pending: string[] | null = null;

  constructor(private readonly store: LibraryStore) {
    store.onChange((t) => this.note(t));
  }

  private note(t: Touch | undefined): void {
    if (t && !t.membership) return;
    if (!t?.clips || this.pending === null) this.pending = null;
    else for (const c of t.clips) this.pending.push(c.id);
  }

  get(id: string): StoredClip | undefined {
    if (this.at !== this.store.membershipVersion) this.sync();
    return this.map.get(id);
  }

  private sync(): void {
    const clips = this.store.data.clips;
    if (this.pending === null || this.at < 0 || !this.addedAtTail(clips, this.pending)) this.map = new Map(clips.map((c) => [c.id, c]));
    this.pending = [];
    this.at = this.store.membershipVersion;
  }

  /** Files each pending id found near the end of `clips`; false when one is not there (removed, or moved). */
  private addedAtTail(clips: StoredClip[], ids: string[]): boolean {
    const want = new Set(ids.filter((id) => !this.map.has(id)));
    if (want.size !== ids.length) return false;
    for (let i = clips.length - 1; i >= Math.max(0, clips.length - TAIL) && want.size > 0; i--) {
      const c = clips[i]!;
      if (want.delete(c.id)) this.map.set(c.id, c);
    }
    return want.size === 0;
  }
}
