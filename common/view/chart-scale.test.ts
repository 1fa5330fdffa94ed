import { test } from 'node:test';
import assert from 'node:assert/strict';
import { barHeights, lastWeeks, percent, slotX, tally, topShares, weekStart, weeklyCounts } from './chart-scale.js';

test('barHeights: one scale, the largest fills the height, small counts stay visible, zero is empty', () => {
  assert.deepEqual(barHeights([0, 1, 50, 100], 40), [0, 2, 20, 40]);
  assert.deepEqual(barHeights([0, 0], 40), [0, 0]);
  assert.deepEqual(barHeights([], 40), []);
});

test('slotX: time runs in the reading direction', () => {
  assert.deepEqual([0, 1, 2].map((i) => slotX(i, 3, 10, false)), [0, 10, 20]);
  assert.deepEqual([0, 1, 2].map((i) => slotX(i, 3, 10, true)), [20, 10, 0]);
});

test('weeks: Monday starts, the last n weeks oldest first, days counted in their week', () => {
  assert.equal(weekStart('2025-10-22'), '2025-10-20'); // a Wednesday
  assert.equal(weekStart('2025-10-26'), '2025-10-20'); // Sunday ends the week
  assert.equal(weekStart('2025-10-27'), '2025-10-27');
  const weeks = lastWeeks('2025-10-22', 3);
  assert.deepEqual(weeks, ['2025-10-06', '2025-10-13', '2025-10-20']);
  assert.deepEqual(weeklyCounts(['2025-10-20', '2025-10-26', '2025-10-08', '2025-09-01', 'bad', '2025-10-27'], weeks), [1, 0, 2]);
});

test('topShares: the largest first, the rest in one slice, shares summing to 1', () => {
  const s = topShares([{ key: 'a', count: 5 }, { key: 'b', count: 3 }, { key: 'c', count: 1 }, { key: 'd', count: 1 }, { key: 'z', count: 0 }], 2);
  assert.deepEqual(s.map((x) => [x.key, x.count]), [['a', 5], ['b', 3], ['', 2]]);
  assert.equal(s.reduce((t, x) => t + x.share, 0), 1);
  assert.deepEqual(topShares([{ key: 'a', count: 0 }]), []);
  assert.deepEqual(topShares([{ key: 'b', count: 2 }, { key: 'a', count: 2 }], 5).map((x) => x.key), ['a', 'b']);
});

test('tally and percent', () => {
  assert.deepEqual(tally(['ar', 'en', 'ar', null, '']), [{ key: 'ar', count: 2 }, { key: 'en', count: 1 }, { key: '', count: 2 }]);
  assert.equal(percent(0.004), '<1');
  assert.equal(percent(0), '0');
  assert.equal(percent(0.456), '46');
});
