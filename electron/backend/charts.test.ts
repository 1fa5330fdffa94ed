// The small-chart calls over a real temp library, through dispatch: weekly sparkline counts per
// tag (a parent counting the clips under it, passage tags included, the trash left out) and per
// watchlist (summing to its count), and shares by source and language for the list and a query.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dispatchLibrary } from './dispatch-library.fixture.js';
import { SPARK_WEEKS } from './charts.js';

test('charts: sparklines per tag and watchlist, shares by source and language', async () => {
  // Written for this test. The newest clip is on Wednesday 2025-10-22, so the last week starts
  // Monday 2025-10-20 and the one before on 2025-10-13.
  const rows: [string, string, string, string[], 'ar' | 'en'][] = [
    ['2025-10-22', 'وصلت سفينة شحن إلى الميناء.', 'وكالة أ', ['موانئ/شمال'], 'ar'],
    ['2025-10-20', 'افتتح الميناء رصيفا جديدا.', 'وكالة أ', ['موانئ'], 'ar'],
    ['2025-10-14', 'The port opened a new quay.', 'Wire B', ['موانئ'], 'en'],
    ['2025-10-14', 'بدأ قطاف الزيتون في القرى.', '', [], 'ar'],
    ['2025-06-02', 'A ship left the port long ago.', 'Wire B', ['موانئ'], 'en'],
  ];
  const lib = await dispatchLibrary({
    prefix: 'charts',
    clips: rows.map(([day, body, source, tags, lang]) => ({ title: body.slice(0, 20), body, publishedAt: day, tags, source: source || null, lang })),
  });
  const call = lib.call;
  const last2 = (counts: number[]) => counts.slice(-2);
  try {
    const watch = await call('createSavedSearch', { name: 'ميناء', query: 'الميناء' });
    const s = await call('sparklines', undefined);
    assert.equal(s.weeks.length, SPARK_WEEKS);
    assert.deepEqual(s.weeks.slice(-2), ['2025-10-13', '2025-10-20']);
    const tag = (name: string) => s.tags.find((t) => t.name === name)!.counts;
    assert.deepEqual(last2(tag('موانئ')), [1, 2], 'the parent counts the clip tagged under it');
    assert.deepEqual(last2(tag('موانئ/شمال')), [0, 1]);
    assert.equal(tag('موانئ').reduce((a, b) => a + b, 0), 3, 'the June clip is outside the twelve weeks');
    const saved = s.saved.find((x) => x.id === watch.id)!.counts;
    assert.deepEqual(last2(saved), [0, 2]);
    const listed = (await call('listSavedSearches', undefined)).find((x) => x.id === watch.id)!;
    assert.equal(saved.reduce((a, b) => a + b, 0), listed.count);

    const all = await call('viewShares', {});
    assert.equal(all.total, 5);
    const bySource = Object.fromEntries(all.sources.map((x) => [x.key, x.count]));
    assert.deepEqual(bySource, { 'وكالة أ': 2, 'Wire B': 2, '': 1 });
    assert.deepEqual(Object.fromEntries(all.langs.map((x) => [x.key, x.count])), { ar: 3, en: 2 });
    const tagged = await call('viewShares', { filters: { tag: 'موانئ' } });
    assert.equal(tagged.total, 4);
    const port = await call('viewShares', { query: 'الميناء' });
    assert.deepEqual(port.langs, [{ key: 'ar', count: 2 }]);

    const ids = (await call('listClips', { snippets: false })).items.filter((c) => c.publishedAt === '2025-10-20').map((c) => c.id);
    await call('deleteClips', { ids });
    assert.deepEqual(last2((await call('sparklines', undefined)).tags.find((t) => t.name === 'موانئ')!.counts), [1, 1], 'the trash is not counted');
  } finally {
    await lib.close();
  }
});
