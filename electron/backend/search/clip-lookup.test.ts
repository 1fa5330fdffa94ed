// ClipLookup and ShortFields' facets kept up to date change by change, over a real temp library.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addClip } from '../clips.js';
import { LibraryStore } from '../store/library-store.js';
import { ClipLookup } from './clip-lookup.js';
import { ShortFields } from './short-fields.js';

test('clips by id and facets follow adds, edits, removals and bulk changes', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-lookup-'));
  const store = await LibraryStore.open({ dataDir: dir, holder: 'test' });
  try {
    const lookup = new ClipLookup(store);
    const short = new ShortFields(() => store.data.clips, () => store.version, () => [], (id) => lookup.get(id));
    store.onChange((t) => short.noteChange(t));
    const fold = { strong: true };
    const a = await addClip(store, { title: 'خبر أول', body: 'نص أول', source: 'وكالة الأنباء الأولى', tags: ['اقتصاد'] });
    assert.equal(lookup.get(a.id)?.title, 'خبر أول');
    assert.deepEqual(short.facetMatches('الأنباء الأولى', fold).map((f) => f.text), ['وكالة الأنباء الأولى']);
    const b = await addClip(store, { title: 'خبر ثان', body: 'نص ثان', source: 'وكالة الأنباء الأولى' });
    assert.equal(lookup.get(b.id)?.title, 'خبر ثان');
    // clipsWith answers for the names facetMatches just gave, as the engine calls them.
    assert.equal(short.facetMatches('الأنباء الأولى', fold)[0]!.text, 'وكالة الأنباء الأولى');
    assert.deepEqual(short.clipsWith('source', 'وكالة الأنباء الأولى').map((c) => c.id).sort(), [a.id, b.id].sort());
    // A tag edit moves the clip between facets.
    store.mutate((d) => void (d.clips.find((c) => c.id === a.id)!.tags = ['طاقة']), { clips: [{ id: a.id }] });
    assert.deepEqual(short.facetMatches('طاقة', fold).map((f) => f.text), ['طاقة']);
    assert.deepEqual(short.facetMatches('اقتصاد', fold), []);
    // A removal, then a change that names no clips.
    store.mutate((d) => void (d.clips = d.clips.filter((c) => c.id !== b.id)), { clips: [{ id: b.id }], membership: true });
    assert.equal(lookup.get(b.id), undefined);
    short.facetMatches('الأنباء', fold);
    assert.deepEqual(short.clipsWith('source', 'وكالة الأنباء الأولى').map((c) => c.id), [a.id]);
    store.mutate((d) => void (d.clips[0]!.source = 'مصدر آخر'));
    assert.deepEqual(short.facetMatches('مصدر آخر', fold).map((f) => f.text), ['مصدر آخر']);
    assert.equal(lookup.get(a.id)?.source, 'مصدر آخر');
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
});
