// The merge planner: what a bundle would do to a library, and that doing it twice does nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyLibrary, type LibraryFile, type StoredClip } from '../library/schema.js';
import type { BundleManifest, BundleRecords } from './manifest.js';
import { planMerge, type MergeChoice, type MergeEdits } from './plan.js';
import { noteRevs, shortHash } from './ids.js';

const T = '2026-12-01T10:00:00.000Z';
const sha = (n: number) => n.toString(16).padStart(64, '0');
const clip = (id: string, n: number, extra: Partial<StoredClip> = {}): StoredClip => ({
  id, title: `Clip ${id}`, source: null, url: null, author: null, lang: 'en', publishedAt: null, capturedAt: T, updatedAt: T,
  bodySha256: sha(n), bodyLength: 10, tags: [], sourceFile: null, batchId: null, groupId: null, related: [], ...extra,
});
const library = (clips: StoredClip[], extra: Partial<LibraryFile> = {}): LibraryFile => ({ ...emptyLibrary(T, 'lib-local'), clips, ...extra });
const manifest = (id = 'b1'): BundleManifest => ({
  format: 'marsad-bundle', formatVersion: 1, bundleId: id, analyst: 'Omar', exportedAt: T, libraryId: 'lib-other', selection: 'whole library',
  counts: { clips: 0, tags: 0, highlights: 0, notes: 0, people: 0, quoteDecisions: 0 }, entries: [],
});
let n = 0;
const ctx = { now: T, newId: () => `new-${++n}` };

/** Applies edits the way the backend does (fields assigned, clips and lists added). */
function apply(lib: LibraryFile, e: MergeEdits): LibraryFile {
  const clips = lib.clips.map((c) => {
    const s = e.sets.find((x) => x.id === c.id);
    return s ? { ...c, ...s.set } : c;
  });
  return { ...lib, clips: [...clips, ...e.added], tagDefs: e.tagDefs ?? lib.tagDefs, people: e.people ?? lib.people, bundles: e.bundles ?? lib.bundles };
}
const plan = (lib: LibraryFile, r: BundleRecords, choice?: MergeChoice, m = manifest()) => planMerge(lib, m, r, choice, ctx);

test('the seed piece is the same clip by its text; a new clip is new; tag spellings are offered to merge', () => {
  const local = library([clip('seedA', 1, { tags: ['Syria'] })], { tagDefs: [{ name: 'سوريا', colour: '#112233', description: '' }] });
  const records: BundleRecords = {
    clips: [clip('seedB', 1, { tags: ['syria', 'أمن'] }), clip('x1', 2, { tags: ['سوريّا'] })],
    tagDefs: [{ name: 'امن', colour: null, description: 'security' }],
    people: [],
  };
  const { plan: p, edits } = plan(local, records);
  assert.deepEqual(p.sameClips, [{ id: 'seedB', localId: 'seedA', match: 'text', title: 'Clip seedA' }]);
  assert.deepEqual(p.newClips.map((c) => c.id), ['x1']);
  assert.deepEqual(p.tagMerges.map((o) => [o.incoming, o.local]).sort(), [['syria', 'Syria'], ['سوريّا', 'سوريا']]);
  // Accepted by default: the new clip carries the library's spelling, provenance on it.
  assert.deepEqual(edits.added[0]!.tags, ['سوريا']);
  assert.equal(edits.added[0]!.via, 'b1');
  assert.equal(edits.added[0]!.by, 'Omar');
  assert.deepEqual(edits.sets[0]!.set.tags, ['Syria', 'أمن']);
  // Declined: the bundle's spelling is kept.
  const kept = plan(local, records, { keepTagSpellings: ['سوريّا'], skipClips: [] });
  assert.deepEqual(kept.edits.added[0]!.tags, ['سوريّا']);
  // Skipped: not added.
  assert.equal(plan(local, records, { skipClips: ['x1'] }).edits.added.length, 0);
});

test('a note changed on both sides is kept both ways; on one side it is taken; twice changes nothing', () => {
  const base = 'first note';
  const shared = (id: string, note: string) => clip(id, 3, { note, revs: { note: [shortHash(base), shortHash(note)] } });
  const local = library([shared('c', 'ours'), clip('d', 4, { note: base })]);
  const records: BundleRecords = { clips: [shared('c', 'theirs'), clip('d', 4, { note: 'newer', revs: { note: [shortHash(base), shortHash('newer')] } })], tagDefs: [], people: [] };
  const first = plan(local, records);
  const byId = Object.fromEntries(first.plan.changes.map((c) => [c.localId, c]));
  assert.equal(byId.c!.note, 'conflict');
  assert.deepEqual(byId.c!.noteVersions, { local: 'ours', incoming: 'theirs' });
  assert.equal(byId.d!.note, 'take');
  assert.equal(first.plan.counts.noteConflicts, 1);
  const after = apply(local, first.edits);
  const c = after.clips.find((x) => x.id === 'c')!;
  assert.equal(c.note, 'ours');
  assert.deepEqual(c.conflicts?.map((x) => [x.field, x.value, x.by]), [['note', 'theirs', 'Omar']]);
  assert.equal(after.clips.find((x) => x.id === 'd')!.note, 'newer');
  const second = plan(after, records);
  assert.equal(second.plan.empty, true, JSON.stringify(second.plan.changes));
  assert.equal(second.edits.sets.length, 0);
  // Resolved at import: ours kept and theirs remembered as seen, or theirs taken.
  const mine = apply(local, plan(local, records, { notes: { c: 'local' } }).edits).clips.find((x) => x.id === 'c')!;
  assert.equal(mine.note, 'ours');
  assert.equal(mine.conflicts, undefined);
  assert.ok(noteRevs(mine).includes(shortHash('theirs')));
  assert.equal(plan(library([mine]), records).plan.changes.find((x) => x.localId === 'c')?.note ?? null, null);
  const theirs = apply(local, plan(local, records, { notes: { c: 'incoming' } }).edits).clips.find((x) => x.id === 'c')!;
  assert.equal(theirs.note, 'theirs');
});

test('highlights and quote decisions are unioned, people merged, all idempotent', () => {
  const hl = (id: string, tags: string[]) => ({ id, exact: 'word', prefix: '', suffix: '', start: 0, end: 4, bodySha256: sha(5), tags, colour: null, note: '', createdAt: T, updatedAt: T });
  const dec = { field: 'body' as const, start: 1, end: 9, text: 'a saying', decision: 'confirm' as const, speaker: null, at: T };
  const local = library([clip('e', 5, { highlights: [hl('h1', ['a'])] })], { people: [{ id: 'p1', name: 'Lavrov', aliases: [], removedAliases: [] }] });
  const records: BundleRecords = {
    clips: [clip('e', 5, { highlights: [hl('h1', ['b']), hl('h2', [])], quoteDecisions: [dec] })],
    tagDefs: [],
    people: [{ id: 'p1', name: 'Sergei Lavrov', aliases: ['Лавров'], removedAliases: [] }, { id: 'p2', name: 'Mekdad', aliases: [], removedAliases: [] }],
  };
  const first = plan(local, records);
  assert.equal(first.plan.counts.highlights, 2);
  assert.equal(first.plan.counts.quoteDecisions, 1);
  assert.deepEqual(first.plan.people.added, [{ id: 'p2', name: 'Mekdad' }]);
  assert.deepEqual(first.plan.people.merged, [{ id: 'p1', name: 'Lavrov', aliases: ['Sergei Lavrov', 'Лавров'] }]);
  const after = apply(local, first.edits);
  const e = after.clips[0]!;
  assert.deepEqual(e.highlights!.map((h) => [h.id, h.tags, h.via ?? null]), [['h1', ['a', 'b'], null], ['h2', [], 'b1']]);
  assert.equal(e.quoteDecisions![0]!.by, 'Omar');
  assert.equal(after.bundles[0]!.id, 'b1');
  const again = plan(after, records);
  assert.equal(again.plan.empty, true);
  assert.equal(again.plan.bundle.alreadyImported, true);
});
