// buildTimeline: days to bars of the finest unit that fits, gaps kept, ends exclusive.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTimeline } from './timeline.js';

test('days within the limit: one bar a day, empty days kept, counts per day', () => {
  const t = buildTimeline(['2025-10-22', '2025-10-20', '2025-10-22', 'not a day', '2025-10-24']);
  assert.equal(t.unit, 'day');
  assert.equal(t.total, 4);
  assert.deepEqual(t.bars.map((b) => [b.start, b.end, b.count]), [
    ['2025-10-20', '2025-10-21', 1],
    ['2025-10-21', '2025-10-22', 0],
    ['2025-10-22', '2025-10-23', 2],
    ['2025-10-23', '2025-10-24', 0],
    ['2025-10-24', '2025-10-25', 1],
  ]);
});

test('a longer span: weeks from Monday, then months; the counts add up', () => {
  const days = ['2025-01-01', '2025-01-05', '2025-01-06', '2025-03-31'];
  const w = buildTimeline(days);
  assert.equal(w.unit, 'week');
  assert.deepEqual(w.bars[0], { start: '2024-12-30', end: '2025-01-06', count: 2 });
  assert.deepEqual(w.bars[1], { start: '2025-01-06', end: '2025-01-13', count: 1 });
  assert.equal(w.bars.reduce((n, b) => n + b.count, 0), 4);
  const m = buildTimeline(['2019-05-17', '2025-10-22', '2025-10-02'], 100);
  assert.equal(m.unit, 'month');
  assert.deepEqual(m.bars.at(-1), { start: '2025-10-01', end: '2025-11-01', count: 2 });
  const capped = buildTimeline(['2019-05-17', '2025-10-22']);
  assert.equal(capped.bars.length, 60, 'only the latest 60 months');
  assert.equal(capped.bars.at(-1)!.start, '2025-10-01');
  assert.deepEqual(buildTimeline([]), { unit: 'day', total: 0, bars: [] });
});
