// Issue 15: a library written by Marsad before bundles (schema v1, data/fixtures/library-v1, made
// with that code) opens as v2 with a library id and an analyst setting, loses nothing, and keeps
// the v1 files whole in backups/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LibraryStore } from './library-store.js';
import { shardName } from '../../../common/library/layout.js';
import { SCHEMA_VERSION } from '../../../common/library/schema.js';
import { authorOf, decisionId, noteId, tagId } from '../../../common/bundle/ids.js';

const FIXTURE = join(import.meta.dirname, '../../../data/fixtures/library-v1');
const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf8'));

async function v1Clips(dir: string): Promise<Record<string, unknown>[]> {
  const meta = await readJson(join(dir, 'library.json'));
  const out: Record<string, unknown>[] = [];
  for (let n = 0; n < meta.clipShards; n++) out.push(...(await readJson(join(dir, 'clips', shardName(n)))).clips);
  return out;
}

test('a v1 library migrates to v2 with ids and authors, every field kept, the v1 files backed up', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-v1-'));
  await cp(FIXTURE, dir, { recursive: true });
  const before = await v1Clips(dir);
  const beforeMeta = await readJson(join(dir, 'library.json'));
  assert.equal(beforeMeta.schemaVersion, 1);

  const store = await LibraryStore.open({ dataDir: dir, holder: 'test', writeDelayMs: 10 });
  const data = store.data;
  assert.equal(data.schemaVersion, SCHEMA_VERSION);
  assert.match(data.libraryId, /^[0-9a-f-]{36}$/);
  assert.equal(data.settings.analyst, '');
  // Every v1 clip is there with every field it had (v2 only adds).
  assert.equal(data.clips.length, before.length);
  for (const old of before) {
    const now = data.clips.find((c) => c.id === old.id) as unknown as Record<string, unknown>;
    assert.ok(now, `clip ${String(old.id)} kept`);
    for (const [k, v] of Object.entries(old)) assert.deepEqual(now[k], v, `clip ${String(old.id)} field ${k}`);
  }
  assert.deepEqual(data.tagDefs.map((d) => [d.name, d.colour, d.description]), beforeMeta.tagDefs.map((d: { name: string; colour: string; description: string }) => [d.name, d.colour, d.description]));
  assert.deepEqual(data.people.map((p) => [p.id, p.aliases]), beforeMeta.people.map((p: { id: string; aliases: string[] }) => [p.id, p.aliases]));
  // Ids and authors: every item has a stable id, and items made here belong to this library's analyst.
  const withNote = data.clips.find((c) => c.note)!;
  const hl = withNote.highlights![0]!;
  const decision = withNote.quoteDecisions![0]!;
  assert.equal(noteId(withNote.id), `${withNote.id}:note`);
  assert.match(hl.id, /^h/);
  assert.equal(decisionId(decision), decisionId({ ...decision }), 'a decision id is stable');
  assert.notEqual(decisionId(decision), decisionId({ ...decision, start: decision.start + 1 }));
  assert.equal(tagId('Ports'), tagId('ports'));
  store.mutate((d) => {
    d.settings.analyst = 'Rana';
  }, { meta: true });
  for (const item of [withNote, hl, decision, data.people[0]!]) assert.equal(authorOf(item, data.settings.analyst), 'Rana');
  await store.close();

  // On disk it is v2 now; the v1 library.json and shards are kept whole in backups/.
  const onDisk = await readJson(join(dir, 'library.json'));
  assert.equal(onDisk.schemaVersion, SCHEMA_VERSION);
  assert.equal(onDisk.libraryId, data.libraryId);
  const kept = (await readdir(join(dir, 'backups'))).find((n) => n.startsWith('pre-migration-v1-'))!;
  assert.ok(kept, 'the v1 files are kept');
  assert.deepEqual(await v1Clips(join(dir, 'backups', kept)), before);

  // Reopening keeps the same library id (it is stored, not recomputed).
  const again = await LibraryStore.open({ dataDir: dir, holder: 'test', writeDelayMs: 10 });
  assert.equal(again.data.libraryId, data.libraryId);
  assert.equal(again.data.settings.analyst, 'Rana');
  await again.close();
});
