// The library's files as lowdb documents: library.json and each clip shard is a `Low` whose
// adapter does not touch the disk itself but stages the serialised file, so the store can write
// everything one change touched as one all-or-nothing set (write-set.ts). Never reads: the store
// reads through read-library.ts, which can move a corrupt library aside instead of starting over.
import { Low, type Adapter } from 'lowdb';
import { CLIP_SHARDS, shardName, type MetaFile, type ShardFile } from '../../../common/library/layout.js';
import { emptyLibrary } from '../../../common/library/schema.js';
import type { SetFile } from './write-set.js';

const LIBRARY_FILE = 'library.json';

/** Collects the files that `Low.write()` calls hand over, until `take()`. */
class Stage {
  private files: SetFile[] = [];
  adapter<T>(rel: string): Adapter<T> {
    return {
      read: () => Promise.resolve(null),
      // Compact, not pretty-printed: at 50k clips indentation alone costs megabytes per write.
      write: (data: T) => {
        this.files.push({ rel, text: JSON.stringify(data) });
        return Promise.resolve();
      },
    };
  }
  take(): SetFile[] {
    const files = this.files;
    this.files = [];
    return files;
  }
}

export class StagedLibraryFiles {
  private readonly stage = new Stage();
  private readonly meta = new Low<MetaFile>(this.stage.adapter(LIBRARY_FILE), { ...emptyLibrary('', 'unset'), clipShards: CLIP_SHARDS });
  private readonly shards = Array.from(
    { length: CLIP_SHARDS },
    (_, n) => new Low<ShardFile>(this.stage.adapter(`clips/${shardName(n)}`), { clips: [] }),
  );

  /**
   * Serialises the given shards (and library.json when `meta` is set) at this instant and returns
   * them as one set. Synchronous on purpose: lowdb calls the adapter before its first await, so a
   * change made after this call cannot slip into the set.
   */
  snapshot(groups: Map<number, ShardFile['clips']>, meta: MetaFile | null): SetFile[] {
    for (const [n, clips] of groups) {
      this.shards[n]!.data = { clips };
      void this.shards[n]!.write();
    }
    if (meta) {
      this.meta.data = meta;
      void this.meta.write();
    }
    return this.stage.take();
  }
}
