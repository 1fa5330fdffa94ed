// Editing clip metadata through dispatch() over a real temp library: one clip or many as one
// undoable action, what the list, facets and search see after the edit and after undo/redo,
// the schema's sentences for bad dates and URLs, and persistence across a reopen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dispatchLibrary } from '../dispatch-library.fixture.js';

const BODIES = ['قال الوزير إن المحادثات كانت مثمرة.', 'The ministers met on Tuesday in the capital.', 'Переговоры продолжатся на следующей неделе.'];
const setup = () =>
  dispatchLibrary({ prefix: 'edit', clips: BODIES.map((body, i) => ({ title: `مقالة ${i}`, body, capturedAt: `2026-11-0${i + 1}T08:00:00Z` })) });

test('edit one clip: title, source, URL, date and language change, the list and search see it, undo restores it', async () => {
  const t = await setup();
  const id = t.ids[0]!;
  const before = await t.call('getClip', { id });
  const r = await t.call('editClips', {
    ids: [id],
    patch: { title: '  عنوان مصحح للمقالة  ', source: 'وكالة الأنباء', url: 'https://example.org/a?b=1', publishedAt: '2025-10-22', lang: 'ar' },
  });
  assert.equal(r.change.action.kind, 'edit-clips');
  assert.equal(r.change.action.clips, 1);
  assert.deepEqual(r.change.clipIds, [id]);
  assert.equal(r.clips[0]!.title, 'عنوان مصحح للمقالة');
  const after = await t.call('getClip', { id });
  assert.deepEqual([after.source, after.url, after.publishedAt, after.body], ['وكالة الأنباء', 'https://example.org/a?b=1', '2025-10-22', before.body]);
  assert.deepEqual((await t.call('facets')).sources.map((s) => s.name), ['وكالة الأنباء']);
  // The search index follows the new title and the source filter.
  const hits = await t.call('search', { query: 'مصحح' });
  assert.deepEqual(hits.results.map((h) => h.id), [id]);
  assert.deepEqual((await t.call('search', { query: 'source:"وكالة الأنباء"' })).results.map((h) => h.id), [id]);

  const u = await t.call('undo');
  assert.equal(u.action.kind, 'edit-clips');
  const undone = await t.call('getClip', { id });
  assert.deepEqual([undone.title, undone.source, undone.url, undone.publishedAt], [before.title, null, null, null]);
  assert.equal((await t.call('search', { query: 'مصحح' })).results.length, 0, 'undo re-indexes the old title');
  await t.call('redo');
  assert.equal((await t.call('getClip', { id })).publishedAt, '2025-10-22');
  await t.reopen();
  assert.equal((await t.call('getClip', { id })).title, 'عنوان مصحح للمقالة', 'the edit is on disk');
  await t.close();
});

test('bulk "set source" on many clips is one action; blank means none; an unchanged clip is not counted', async () => {
  const t = await setup();
  await t.call('editClips', { ids: [t.ids[0]!], patch: { source: 'RIA' } });
  const r = await t.call('editClips', { ids: t.ids, patch: { source: 'RIA' } });
  assert.equal(r.change.action.clips, 2, 'the clip already on RIA did not change');
  assert.deepEqual(r.clips.map((c) => c.source), ['RIA', 'RIA', 'RIA']);
  assert.equal((await t.call('facets')).sources.find((s) => s.name === 'RIA')?.clips, 3);
  await t.call('undo');
  const sources = (await t.call('listClips', { snippets: false })).items.map((c) => [c.id, c.source] as const);
  assert.deepEqual(new Map(sources), new Map([[t.ids[0]!, 'RIA'], [t.ids[1]!, null], [t.ids[2]!, null]]));
  const cleared = await t.call('editClips', { ids: [t.ids[0]!], patch: { source: '   ' } });
  assert.equal(cleared.clips[0]!.source, null);
  await t.close();
});

test('updateClip (the older call) is undoable too', async () => {
  const t = await setup();
  const id = t.ids[1]!;
  const title = (await t.call('getClip', { id })).title;
  await t.call('updateClip', { id, patch: { title: 'Renamed by updateClip' } });
  assert.equal((await t.call('historyState')).undo?.kind, 'edit-clips');
  await t.call('undo');
  assert.equal((await t.call('getClip', { id })).title, title);
  await t.close();
});

test('bad edits are refused with one sentence and change nothing', async () => {
  const t = await setup();
  const id = t.ids[0]!;
  const cases: [unknown, RegExp][] = [
    [{ publishedAt: '2025-02-30' }, /YYYY-MM-DD/],
    [{ publishedAt: '22/10/2025' }, /YYYY-MM-DD/],
    [{ url: 'javascript:alert(1)' }, /http/],
    [{ title: '   ' }, /title/],
    [{ lang: 'fr' }, /.+/],
    [{}, /at least one field/],
  ];
  for (const [patch, message] of cases) {
    const e = await t.fails('editClips', { ids: [id], patch });
    assert.equal(e?.code, 'invalid-input', JSON.stringify(patch));
    assert.match(e!.message, message);
  }
  assert.equal((await t.fails('editClips', { ids: ['nope'], patch: { source: 'x' } }))?.code, 'not-found');
  assert.equal((await t.call('historyState')).undoDepth, 0);
  await t.close();
});
