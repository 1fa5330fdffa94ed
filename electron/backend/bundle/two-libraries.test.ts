// Issue 15 acceptance: two libraries that started from the same bundle and diverged exchange
// bundles both ways and end with the same clips, tags and highlights, both versions of the note
// they both edited kept as a conflict, nothing lost; a second import changes nothing. The seed
// piece, present in every new library, is recognised as the same clip.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTestLibrary, type TestLibrary } from './test-library.fixture.js';
import type { ClipDetail, ClipPage, ImportReport } from '../../../common/domain.js';
import type { BundleImportResult } from '../../../common/ipc/bundle-contract.js';
import type { MergePlan } from '../../../common/bundle/plan.js';
import { tagKey } from '../../../common/tags/tag-name.js';
import type { LibraryFile } from '../../../common/library/schema.js';

type Clip = ClipDetail & { conflicts?: { field: string; value: string }[] };

async function details(lib: TestLibrary): Promise<ClipDetail[]> {
  const page = await lib.call<ClipPage>('listClips', { limit: 500 });
  return Promise.all(page.items.map((c) => lib.call<ClipDetail>('getClip', { id: c.id })));
}

/** What must match across the two libraries: per text, the tag keys and highlight ids. */
async function shape(lib: TestLibrary) {
  const out: Record<string, { tags: string[]; highlights: string[] }> = {};
  for (const c of await details(lib)) {
    out[c.bodySha256] = { tags: c.tags.map(tagKey).sort(), highlights: c.highlights.map((h) => h.id).sort() };
  }
  return out;
}

const addClip = async (lib: TestLibrary, text: string, tags: string[]) => (await lib.call<ImportReport>('importText', { text, tags })).items[0]!.id;
async function highlight(lib: TestLibrary, id: string, word: string, tags: string[]) {
  const body = (await lib.call<ClipDetail>('getClip', { id })).body;
  const start = body.indexOf(word);
  assert.ok(start >= 0, `"${word}" is in the clip`);
  await lib.call('addHighlight', { clipId: id, start, end: start + word.length, tags });
}
const idOfText = async (lib: TestLibrary, needle: string) => (await details(lib)).find((c) => c.body.includes(needle))!.id;

test('two diverged libraries exchange bundles both ways: same clips, tags, highlights, both notes, nothing lost', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-exchange-'));
  const path = (name: string) => join(dir, `${name}.marsad`);
  // The team's starting bundle, from a third library.
  const origin = await openTestLibrary();
  await origin.call('setSettings', { analyst: 'Lead' });
  const shared = await addClip(origin, 'Grain corridor\n\nShips carrying grain left the northern port on Sunday under a new deal.', ['grain']);
  await origin.call('setClipNote', { id: shared, note: 'Base note: follow the shipping numbers.' });
  await origin.call('exportBundle', { path: path('start'), selection: {} });
  await origin.backend.close();

  const a = await openTestLibrary();
  const b = await openTestLibrary();
  await a.call('setSettings', { analyst: 'Amal' });
  await b.call('setSettings', { analyst: 'Boris' });
  for (const lib of [a, b]) {
    const r = await lib.call<BundleImportResult>('importBundle', { source: { path: path('start') } });
    assert.equal(r.plan.counts.newClips, 1);
    assert.equal(r.plan.sameClips.filter((s) => s.match === 'text').length, 1, 'the seed piece is the same clip by its text');
  }
  const [seedA, seedB] = [await idOfText(a, 'سوريا'), await idOfText(b, 'سوريا')];
  assert.notEqual(seedA, seedB, 'each library made its own seed clip');

  // Diverge: each adds a clip, tags, highlights, and edits the shared note.
  await addClip(a, 'Fuel prices\n\nFuel prices rose in the capital after the port closed for repairs.', ['fuel', 'Economy']);
  await a.call('tagClips', { ids: [shared], add: ['Shipping'] });
  await highlight(a, shared, 'Ships carrying grain', ['grain']);
  await highlight(a, seedA, 'سوريا', ['Syria']);
  await a.call('setClipNote', { id: shared, note: "Amal's note: numbers doubled since May." });
  await addClip(b, 'Harbour strike\n\nDock workers walked out at dawn, halting all loading at the port.', ['labour', 'economy']);
  await b.call('tagClips', { ids: [shared], add: ['shipping', 'deal'] });
  await highlight(b, shared, 'under a new deal', ['deal']);
  await b.call('setClipNote', { id: shared, note: "Boris's note: the deal expires in July." });

  await a.call('exportBundle', { path: path('from-a'), selection: {} });
  await b.call('exportBundle', { path: path('from-b'), selection: {} });
  const intoA = await a.call<BundleImportResult>('importBundle', { source: { path: path('from-b') } });
  const intoB = await b.call<BundleImportResult>('importBundle', { source: { path: path('from-a') } });
  for (const r of [intoA, intoB]) {
    assert.equal(r.applied, true);
    assert.equal(r.plan.counts.newClips, 1);
    assert.equal(r.plan.counts.noteConflicts, 1);
    assert.ok(r.plan.tagMerges.some((o) => tagKey(o.incoming) === tagKey('shipping') || tagKey(o.incoming) === tagKey('economy')), 'a spelling differing only in case is offered');
  }

  // The same clips (the seed once), tags and highlights on both sides.
  const [shapeA, shapeB] = [await shape(a), await shape(b)];
  assert.deepEqual(shapeA, shapeB);
  assert.equal(Object.keys(shapeA).length, 4, 'the seed once, the shared clip, one clip of each analyst');
  const sharedA = (await details(a)).find((c) => c.body.includes('grain left')) as Clip;
  assert.deepEqual(sharedA.tags.map(tagKey).sort(), ['deal', 'grain', 'shipping'].map(tagKey).sort());
  assert.equal(sharedA.highlights.length, 2);

  // Both note versions on both sides: one as the note, the other as a conflict.
  const conflictsOf = async (lib: TestLibrary, dataDir: string) => {
    await lib.backend.flush();
    const { readLibrary } = await import('../store/read-library.js');
    const r = await readLibrary(dataDir);
    assert.equal(r.kind, 'ok');
    const c = (r as { data: { clips: { bodySha256: string; note?: string; conflicts?: { field: string; value: string; by: string }[] }[] } }).data.clips.find((x) => x.bodySha256 === sharedA.bodySha256)!;
    return { note: c.note, conflicts: (c.conflicts ?? []).filter((x) => x.field === 'note').map((x) => [x.value, x.by]) };
  };
  assert.deepEqual(await conflictsOf(a, a.dataDir), { note: "Amal's note: numbers doubled since May.", conflicts: [["Boris's note: the deal expires in July.", 'Boris']] });
  assert.deepEqual(await conflictsOf(b, b.dataDir), { note: "Boris's note: the deal expires in July.", conflicts: [["Amal's note: numbers doubled since May.", 'Amal']] });

  // Importing the same bundle again changes nothing.
  const filesA = await a.files();
  const again = await a.call<BundleImportResult>('importBundle', { source: { path: path('from-b') } });
  assert.equal(again.applied, false, JSON.stringify({ c: again.plan.changes, p: again.plan.people, n: again.plan.newClips }));
  assert.equal(again.plan.empty, true);
  assert.equal(await a.files(), filesA);
  const inspectB = await b.call<MergePlan>('inspectBundle', { source: { path: path('from-a') } });
  assert.equal(inspectB.empty, true);
  assert.equal(inspectB.bundle.alreadyImported, true);

  // Exchanging the new bundles again (each now holds the other's conflict) settles: nothing changes.
  await a.call('exportBundle', { path: path('from-a-2'), selection: {} });
  const settled = await b.call<BundleImportResult>('importBundle', { source: { path: path('from-a-2') } });
  assert.equal(settled.plan.counts.newClips + settled.plan.counts.noteConflicts + settled.plan.counts.highlights, 0, JSON.stringify(settled.plan.changes));

  // Resolved in the reader (keep mine): the conflict goes, and the same bundle does not bring it back.
  await a.call('resolveNoteConflict', { clipId: await idOfText(a, 'grain left'), value: "Boris's note: the deal expires in July.", take: false });
  assert.deepEqual(await conflictsOf(a, a.dataDir), { note: "Amal's note: numbers doubled since May.", conflicts: [] });
  assert.equal((await a.call<MergePlan>('inspectBundle', { source: { path: path('from-b') } })).empty, true);
  // Resolved by taking theirs: B's note becomes A's version, and one undo brings the conflict back.
  await b.call('resolveNoteConflict', { clipId: await idOfText(b, 'grain left'), value: "Amal's note: numbers doubled since May.", take: true });
  assert.deepEqual(await conflictsOf(b, b.dataDir), { note: "Amal's note: numbers doubled since May.", conflicts: [] });
  await b.call('undo');
  assert.deepEqual(await conflictsOf(b, b.dataDir), { note: "Boris's note: the deal expires in July.", conflicts: [["Amal's note: numbers doubled since May.", 'Amal']] });
  await a.backend.close();
  await b.backend.close();
});

test('a merge is one undoable action, taken after a backup; provenance is on what came in', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-undo-'));
  const source = await openTestLibrary();
  await source.call('setSettings', { analyst: 'Rana' });
  const id = await addClip(source, 'Water talks\n\nEngineers met on Monday to share river flow data.', ['water']);
  await highlight(source, id, 'river flow', ['data']);
  await source.call('exportBundle', { path: join(dir, 'x.marsad'), selection: { tags: ['water'] } });
  await source.backend.close();

  const lib = await openTestLibrary();
  const before = await lib.files();
  const r = await lib.call<BundleImportResult>('importBundle', { source: { path: join(dir, 'x.marsad') } });
  assert.match(r.backup ?? '', /^bundle-/);
  assert.ok((await readdir(join(lib.dataDir, 'backups'))).includes(r.backup!));
  assert.equal(r.change?.action.kind, 'merge-bundle');
  const page = await lib.call<ClipPage>('listClips', {});
  assert.equal(page.total, 2);
  const { readLibrary } = await import('../store/read-library.js');
  await lib.backend.flush();
  const data = ((await readLibrary(lib.dataDir)) as { data: LibraryFile }).data;
  const came = data.clips.find((c) => c.id === id)!;
  assert.equal(came.by, 'Rana');
  assert.equal(came.via, r.plan.bundle.id);
  assert.equal(came.highlights![0]!.by, 'Rana');
  assert.deepEqual(data.bundles.map((x) => [x.id, x.analyst]), [[r.plan.bundle.id, 'Rana']]);
  // One undo takes the whole merge back (the library files are as they were); redo brings it back.
  await lib.call('undo');
  assert.equal(await lib.files(), before);
  await lib.call('redo');
  assert.equal((await lib.call<ClipPage>('listClips', {})).total, 2);
  await lib.backend.close();
});
