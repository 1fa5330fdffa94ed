// mapInSlices gives Array.map's result in order and lets other work run while a long map goes on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mapInSlices } from './time-slices.js';

const busy = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};

test('mapInSlices returns what map returns, in order', async () => {
  const items = Array.from({ length: 5_000 }, (_, i) => i);
  assert.deepEqual(await mapInSlices(items, (i) => i * 2), items.map((i) => i * 2));
  assert.deepEqual(await mapInSlices([], (i: number) => i), []);
});

test('a timer set before a long map runs before the map ends', async () => {
  const order: string[] = [];
  setTimeout(() => order.push('timer'), 0);
  // 40 items of 2 ms each: 80 ms of work, sliced every 5 ms.
  await mapInSlices(Array.from({ length: 40 }, (_, i) => i), (i) => {
    busy(2);
    if (i === 39) order.push('last item');
    return i;
  }, 5);
  assert.deepEqual(order, ['timer', 'last item']);
});
