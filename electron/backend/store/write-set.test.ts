// A change over many shards (a tag rename) is all or nothing: a process SIGKILLed before its
// write journal lands leaves every clip as it was; killed after any number of shard renames, the
// next open rolls the whole set forward. A reader opening meanwhile sees the set complete too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LibraryStore } from './library-store.js';
import { addClip } from '../clips.js';
import { shardOf } from '../../../common/library/layout.js';
import { JOURNAL_FILE } from './write-set.js';

const CLIPS = 40;

async function library(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-writeset-'));
  const store = await LibraryStore.open({ dataDir: dir, holder: 'test', writeDelayMs: 0 });
  for (let i = 0; i < CLIPS; i++) await addClip(store, { title: `Report ${i}`, body: `Report number ${i} from the coast, the agency said.`, tags: ['alpha'] });
  await store.close();
  return dir;
}

function crashAt(dir: string, point: string): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', new URL('./journal-crash.fixture.ts', import.meta.url).pathname, dir, point], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve) => child.on('exit', (_code, signal) => resolve(signal ?? out.trim())));
}

const tagsOf = (store: LibraryStore) => new Set(store.data.clips.map((c) => c.tags.join(',')));

test('a tag rename over many shards is never left half-done by SIGKILL', async () => {
  // Each library gets fresh random ids, so the last-but-one rename is counted per library.
  const shardsOf = async (dir: string): Promise<number> => {
    const probe = await LibraryStore.open({ dataDir: dir, holder: 'test', readOnly: true });
    return new Set(probe.data.clips.map((c) => shardOf(c.id))).size;
  };
  const points = [['before', 'alpha'], ['after:1', 'beta'], ['after:7', 'beta'], ['last-but-one', 'beta']] as const;
  for (const [at, expected] of points) {
    const dir = await library();
    const shards = await shardsOf(dir);
    assert.ok(shards >= 20, `the rename touches ${shards} shard files`);
    const point = at === 'last-but-one' ? `after:${shards - 1}` : at;
    assert.equal(await crashAt(dir, point), 'SIGKILL', `killed at ${point}`);
    if (point !== 'before') {
      assert.ok(existsSync(join(dir, JOURNAL_FILE)), 'the journal is on disk at the crash');
      // A reader before any writer has recovered: it sees the whole set.
      const reader = await LibraryStore.open({ dataDir: dir, holder: 'test', readOnly: true });
      assert.deepEqual([...tagsOf(reader)], [expected], `reader after a crash at ${point}`);
    }
    const store = await LibraryStore.open({ dataDir: dir, holder: 'test' });
    assert.equal(store.corrupt, null);
    assert.equal(store.data.clips.length, CLIPS);
    assert.deepEqual([...tagsOf(store)], [expected], `every clip ${expected} after a crash at ${point}`);
    await store.close();
    assert.equal(existsSync(join(dir, JOURNAL_FILE)), false, 'the journal is gone once replayed');
    const leftovers = [...(await readdir(dir)), ...(await readdir(join(dir, 'clips')))].filter((n) => n.endsWith('.tmp'));
    assert.deepEqual(leftovers, [], 'no temp files stay behind');
  }
});
