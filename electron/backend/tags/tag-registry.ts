// Which spelling a tag goes by: the tag definition's name if there is one, else the first
// spelling met in the library. A name typed in another spelling («سوريّا» for «سوريا») resolves
// to the existing tag, and so does its parent path. Rebuilt once per library change.
import type { TagDef } from '../../../common/library/schema.js';
import { TAG_SEPARATOR, cleanTagName, tagSegments } from '../../../common/tags/tag-name.js';
import type { LibraryStore } from '../store/library-store.js';
import { keyOf, lineageOf } from './tag-keys.js';

export class TagRegistry {
  private at = -1;
  private names = new Map<string, string>();
  private defs = new Map<string, TagDef>();

  constructor(private readonly store: LibraryStore) {}

  private fresh(): void {
    if (this.at === this.store.version) return;
    const names = new Map<string, string>();
    const defs = new Map<string, TagDef>();
    const see = (name: string) => {
      for (const l of lineageOf(name)) if (!names.has(l.key)) names.set(l.key, l.name);
    };
    for (const d of this.store.data.tagDefs) {
      defs.set(keyOf(d.name), d);
      names.set(keyOf(d.name), d.name);
    }
    for (const d of this.store.data.tagDefs) see(d.name);
    for (const c of this.store.data.clips) {
      for (const t of c.tags) see(t);
      for (const h of c.highlights ?? []) for (const t of h.tags) see(t);
    }
    this.names = names;
    this.defs = defs;
    this.at = this.store.version;
  }

  /** True when the tag (by key) is used anywhere or defined. */
  has(key: string): boolean {
    this.fresh();
    return this.names.has(key);
  }

  def(key: string): TagDef | undefined {
    this.fresh();
    return this.defs.get(key);
  }

  /** All known keys (used or defined), with their names. */
  entries(): [string, string][] {
    this.fresh();
    return [...this.names];
  }

  /** The name to store for a typed tag: cleaned, with the longest known path prefix spelled as known. */
  canonical(typed: string): string {
    this.fresh();
    const clean = cleanTagName(typed);
    const segs = tagSegments(clean);
    for (let i = segs.length; i > 0; i--) {
      const prefix = segs.slice(0, i).join(TAG_SEPARATOR);
      const known = this.names.get(keyOf(prefix));
      if (known !== undefined) return [known, ...segs.slice(i)].join(TAG_SEPARATOR);
    }
    return clean;
  }
}
