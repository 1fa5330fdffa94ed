// Tagging through dispatch() over a real temp library: bulk tag/untag as one undoable action,
// folded tag matching, hierarchy counts, rename/merge/delete keeping every use, passages,
// notes, undo/redo of each, and the trash. Persistence is checked by reopening the folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LibraryStore } from '../store/library-store.js';
import { dispatchLibrary } from '../dispatch-library.fixture.js';
import { purgeExpiredTrash, TRASH_DAYS } from './trash.js';

const QUOTE = 'نطمح إلى إقامة علاقات متوازنة مع جميع الدول';

/** The seed piece, then `extra` short clips. */
const setup = (extra = 3) =>
  dispatchLibrary({
    prefix: 'tags',
    seed: true,
    clips: Array.from({ length: extra }, (_, i) => ({ title: `Clip ${i}`, body: `Body ${i}: Лавров заявил ${i}.`, capturedAt: `2024-01-0${i + 1}T00:00:00Z` })),
  });

test('bulk tag and untag: one action over many clips, undone and redone as one', async () => {
  const t = await setup();
  const r = await t.call('tagClips', { ids: t.ids, add: ['روسيا', 'Lavrov'] });
  assert.equal(r.change.action.clips, t.ids.length);
  assert.equal(r.change.history.undoDepth, 1);
  for (const c of r.clips) assert.deepEqual(c.tags, ['روسيا', 'Lavrov']);
  // «lavrov» is the same tag by key: removing it removes «Lavrov».
  await t.call('tagClips', { ids: t.ids.slice(0, 2), remove: ['lavrov'] });
  assert.deepEqual(await t.tagsOf(t.ids[0]!), ['روسيا']);
  assert.deepEqual(await t.tagsOf(t.ids[3]!), ['روسيا', 'Lavrov']);
  const u = await t.call('undo');
  assert.equal(u.direction, 'undo');
  assert.equal(u.action.kind, 'tag-clips');
  assert.deepEqual(await t.tagsOf(t.ids[0]!), ['روسيا', 'Lavrov']);
  await t.call('undo');
  for (const id of t.ids) assert.deepEqual(await t.tagsOf(id), []);
  const h = await t.call('historyState');
  assert.equal(h.undoDepth, 0);
  assert.equal(h.redoDepth, 2);
  await t.call('redo');
  assert.deepEqual(await t.tagsOf(t.ids[1]!), ['روسيا', 'Lavrov']);
  await t.reopen();
  assert.deepEqual(await t.tagsOf(t.ids[1]!), ['روسيا', 'Lavrov']);
  await t.close();
});

test('a spelling variant resolves to the existing tag; display stays as first typed', async () => {
  const t = await setup(1);
  await t.call('tagClips', { ids: [t.ids[0]!], add: ['سوريا'] });
  await t.call('tagClips', { ids: [t.ids[1]!], add: ['سوريّا', 'سوريّا/عسكري'] });
  assert.deepEqual(await t.tagsOf(t.ids[1]!), ['سوريا', 'سوريا/عسكري']);
  const facets = await t.call('facets');
  const syria = facets.tags.find((x) => x.name === 'سوريا')!;
  assert.equal(syria.clips, 2, 'a clip tagged with the child counts once under the parent');
  assert.equal(facets.tags.find((x) => x.name === 'سوريا/عسكري')!.parent, 'سوريا');
  assert.equal((await t.call('listClips', { tag: 'سوريّا' })).total, 2);
  assert.equal((await t.call('listClips', { tag: 'سوريا/عسكري' })).total, 1);
  await t.close();
});

test('passages: stored as selectors, anchored on read, tagged, counted, listed, undoable', async () => {
  const t = await setup(0);
  const id = t.ids[0]!;
  const clip = await t.call('getClip', { id });
  const start = clip.body.indexOf(QUOTE);
  const { highlight } = await t.call('addHighlight', { clipId: id, start, end: start + QUOTE.length, exact: QUOTE, tags: ['تعاون اقتصادي'], note: 'مهم' });
  assert.equal(highlight.exact, QUOTE);
  assert.equal(highlight.prefix, clip.body.slice(start - 32, start));
  assert.equal(highlight.anchor.status, 'anchored');
  // The history lives in the writer's session: a reopened library starts with nothing to undo.
  await t.reopen();
  assert.equal((await t.call('historyState')).undoDepth, 0);
  const again = await t.call('getClip', { id });
  assert.equal(again.highlights.length, 1);
  assert.equal(again.highlights[0]!.anchor.status, 'anchored');
  assert.equal(again.highlightCount, 1);
  const facet = (await t.call('facets')).tags.find((x) => x.name === 'تعاون اقتصادي')!;
  assert.deepEqual([facet.clips, facet.clipTags, facet.highlights], [1, 0, 1]);
  assert.equal((await t.call('listClips', { tag: 'تعاون اقتصادي' })).total, 1);
  const listed = await t.call('listHighlights', { tag: 'تعاون اقتصادي' });
  assert.equal(listed.items[0]!.highlight.note, 'مهم');
  await t.call('updateHighlight', { clipId: id, id: highlight.id, patch: { colour: '#FFCC00' } });
  assert.equal((await t.call('getClip', { id })).highlights[0]!.colour, '#ffcc00');
  await t.call('undo');
  assert.equal((await t.call('getClip', { id })).highlights[0]!.colour, null);
  await t.call('removeHighlight', { clipId: id, id: highlight.id });
  assert.equal((await t.call('getClip', { id })).highlights.length, 0);
  await t.call('undo');
  assert.equal((await t.call('getClip', { id })).highlights[0]!.exact, QUOTE, 'undo brings the passage back');
  const bad = await t.fails('addHighlight', { clipId: id, start, end: start + 5, exact: 'not this' });
  assert.equal(bad?.code, 'invalid-input');
  await t.close();
});

test('rename moves children, renaming onto an existing tag merges, merge and delete keep count of uses', async () => {
  const t = await setup();
  const [a, b, c] = t.ids;
  await t.call('tagClips', { ids: [a!, b!], add: ['سوريا/عسكري'] });
  await t.call('tagClips', { ids: [b!, c!], add: ['الشام'] });
  await t.call('setTagDef', { name: 'سوريا', colour: '#aa0000', description: 'كل ما يخص سوريا' });
  const clip = await t.call('getClip', { id: a! });
  const at = clip.body.indexOf(QUOTE);
  if (at >= 0) await t.call('addHighlight', { clipId: a!, start: at, end: at + QUOTE.length, tags: ['سوريا'] });

  const r = await t.call('renameTag', { from: 'سوريا', to: 'الشام' });
  assert.equal(r.merged, true);
  assert.deepEqual(await t.tagsOf(b!), ['الشام/عسكري', 'الشام']);
  const tags = (await t.call('listTags')).map((x) => x.name);
  assert.ok(!tags.some((n) => n.startsWith('سوريا')), tags.join(','));
  assert.equal((await t.call('listTags')).find((x) => x.name === 'الشام')!.colour, '#aa0000', 'the definition follows');
  await t.call('undo');
  assert.deepEqual(await t.tagsOf(b!), ['سوريا/عسكري', 'الشام']);

  const m = await t.call('mergeTags', { from: ['سوريا/عسكري', 'الشام'], into: 'Syria' });
  assert.equal(m.clipUses, 4);
  assert.deepEqual(await t.tagsOf(b!), ['Syria'], 'two uses on one clip collapse into one');
  const dry = await t.call('deleteTag', { name: 'syria', dryRun: true });
  assert.deepEqual([dry.clipUses, dry.change], [3, null]);
  const del = await t.call('deleteTag', { name: 'Syria' });
  assert.equal(del.clipUses, 3);
  assert.deepEqual(await t.tagsOf(c!), []);
  await t.call('undo');
  assert.deepEqual(await t.tagsOf(c!), ['Syria']);
  assert.equal((await t.fails('renameTag', { from: 'nope', to: 'x' }))?.code, 'not-found');
  await t.close();
});

test('notes and the trash: hidden from list and facets, restorable, undoable, purged after 30 days', async () => {
  const t = await setup(2);
  const [a, b] = t.ids;
  await t.call('setClipNote', { id: a!, note: 'تابع هذا الخبر\nfollow up' });
  await t.call('tagClips', { ids: [a!, b!], add: ['متابعة'] });
  const del = await t.call('deleteClips', { ids: [a!] });
  assert.equal(del.change.membership, true);
  assert.equal((await t.call('listClips', {})).total, t.ids.length - 1);
  const f = await t.call('facets');
  assert.equal(f.trash, 1);
  assert.equal(f.tags.find((x) => x.name === 'متابعة')!.clips, 1);
  assert.equal((await t.fails('tagClips', { ids: [a!], add: ['x'] }))?.code, 'not-found');
  const trash = await t.call('trashList', {});
  assert.equal(trash.items[0]!.id, a);
  assert.equal(Date.parse(trash.items[0]!.purgeAt) - Date.parse(trash.items[0]!.deletedAt), TRASH_DAYS * 86_400_000);
  await t.call('undo');
  assert.equal((await t.call('listClips', {})).total, t.ids.length);
  await t.call('redo');
  await t.call('restoreClips', { ids: [a!] });
  assert.equal((await t.call('getClip', { id: a! })).note, 'تابع هذا الخبر\nfollow up');
  await t.call('deleteClips', { ids: [b!] });
  assert.deepEqual(await t.call('emptyTrash', {}), { removed: 1 });
  assert.equal((await t.fails('getClip', { id: b! }))?.code, 'not-found');
  await t.close();

  const store = await LibraryStore.open({ dataDir: t.dataDir, holder: 'test', writeDelayMs: 5 });
  store.mutate(() => {
    store.data.clips.find((c) => c.id === a)!.deletedAt = new Date(Date.now() - (TRASH_DAYS + 1) * 86_400_000).toISOString();
  });
  assert.equal(purgeExpiredTrash(store), 1);
  assert.equal(store.data.clips.some((c) => c.id === a), false);
  await store.close();
});
