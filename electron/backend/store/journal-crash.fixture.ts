// Test helper process for the write-set crash test: opens the library (every clip tagged
// "alpha"), renames the tag to "beta" on every clip — one change over many shards — and kills
// itself with SIGKILL at a chosen point of the write: before the journal lands ("before"), or
// after K shard files were renamed into place ("after:K"). fs/promises.rename is wrapped (and
// the built-in ESM bindings synced) so no crash hook lives in the app's code.
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { basename } from 'node:path';
import type * as FsPromises from 'node:fs/promises';

const [dir, point] = [process.argv[2]!, process.argv[3]!];
const fsp = createRequire(import.meta.url)('node:fs/promises') as typeof FsPromises;
const realRename = fsp.rename;
let shardRenames = 0;
let armed = false;
fsp.rename = async (from, to) => {
  const target = basename(String(to));
  if (armed && point === 'before' && target === 'library.journal') process.kill(process.pid, 'SIGKILL');
  await realRename(from, to);
  if (armed && /^[0-9a-f]{2}\.json$/.test(target) && point === `after:${++shardRenames}`) process.kill(process.pid, 'SIGKILL');
};
syncBuiltinESMExports();

const { LibraryStore } = await import('./library-store.js');
const store = await LibraryStore.open({ dataDir: dir, holder: 'test', writeDelayMs: 0 });
armed = true;
const clips = store.data.clips;
store.mutate(() => {
  for (const c of clips) c.tags = c.tags.map((t) => (t === 'alpha' ? 'beta' : t));
}, { clips });
await store.flush();
process.stdout.write('finished\n');
