// The timeline call over a real temp library: clips per day for the whole list, under a tag,
// and for a query's hits (trashed clips left out), through dispatch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dispatchLibrary } from './dispatch-library.fixture.js';
import type { Calls } from '../../common/ipc/contract.js';

test('timeline: clips per day for the list, a tag and a query; the trash is not counted', async () => {
  // Written for this test. Published days: 20th ×2 (one a port story), 22nd ×1 (port), 23rd ×1.
  const rows: [string, string, string[]][] = [
    ['2025-10-20', 'افتتح الميناء رصيفا جديدا.', ['موانئ']],
    ['2025-10-20', 'بدأ قطاف الزيتون في القرى.', []],
    ['2025-10-22', 'وصلت سفينة شحن إلى الميناء.', ['موانئ']],
    ['2025-10-23', 'افتتحت المكتبة قاعة جديدة.', []],
  ];
  const lib = await dispatchLibrary({ prefix: 'timeline', clips: rows.map(([day, body, tags]) => ({ title: body.slice(0, 20), body, publishedAt: day, tags })) });
  const call = lib.call;
  const counts = (t: Calls['timeline']['out']) => t.bars.map((b) => `${b.start}:${b.count}`);
  try {
    const all = await call('timeline', {});
    assert.equal(all.unit, 'day');
    assert.deepEqual(counts(all), ['2025-10-20:2', '2025-10-21:0', '2025-10-22:1', '2025-10-23:1']);
    assert.deepEqual(counts(await call('timeline', { filters: { tag: 'موانئ' } })), ['2025-10-20:1', '2025-10-21:0', '2025-10-22:1']);
    assert.deepEqual(counts(await call('timeline', { query: 'الميناء' })), ['2025-10-20:1', '2025-10-21:0', '2025-10-22:1']);
    const ids = (await call('listClips', { snippets: false })).items.filter((c) => c.publishedAt === '2025-10-23').map((c) => c.id);
    await call('deleteClips', { ids });
    assert.equal((await call('timeline', {})).total, 3);
  } finally {
    await lib.close();
  }
});
