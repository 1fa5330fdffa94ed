// "Save a copy elsewhere": writes the library as it is in memory (including changes the library
// folder could not take) to a new `Marsad library copy <stamp>` folder inside a folder the user
// chose, as a complete library Marsad can open: library.json, clips/, and every body it names.
// Must not: touch the live library folder, or write anywhere but the new folder.
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { splitLibrary, shardName } from '../../../common/library/layout.js';
import type { LibraryFile } from '../../../common/library/schema.js';
import { fail } from '../../../common/result.js';
import { PRIVATE_DIR, writeFileAtomic } from './atomic-write.js';
import type { BodyStore } from './body-store.js';

const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');

/** Returns the new library folder. Throws AppFailure storage-io (naming the cause) when it cannot be written. */
export async function saveLibraryCopy(data: LibraryFile, bodies: BodyStore, folder: string): Promise<string> {
  const target = join(folder, `Marsad library copy ${stamp()}`);
  try {
    await mkdir(join(target, 'clips'), { recursive: true, mode: PRIVATE_DIR });
    const { meta, shards } = splitLibrary(data);
    for (const [n, shard] of shards.entries()) await writeFileAtomic(join(target, 'clips', shardName(n)), JSON.stringify(shard));
    const shas = new Set(data.clips.map((c) => c.bodySha256));
    for (const sha of shas) {
      const to = join(target, 'bodies', sha.slice(0, 2), `${sha}.txt`);
      await mkdir(join(target, 'bodies', sha.slice(0, 2)), { recursive: true, mode: PRIVATE_DIR });
      // A body still waiting for the live folder is in memory; the rest are copied as they are.
      const pending = bodies.pendingText(sha);
      if (pending !== null) await writeFileAtomic(to, pending);
      else await copyFile(bodies.pathOf(sha), to).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== 'ENOENT') throw e;
      });
    }
    // Last, as in the live library: library.json is what marks the copy as complete.
    await writeFileAtomic(join(target, 'library.json'), JSON.stringify(meta));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    return fail('storage-io', `Marsad could not save a copy of the library in ${folder}: ${code}.`);
  }
  return target;
}
