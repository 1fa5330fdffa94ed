// The undo history's bounds: at most MAX_HISTORY entries, oldest dropped first, and a new action
// clears what was undone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { History, MAX_HISTORY, type Entry } from './history.js';

const entry = (n: number): Entry => ({
  info: { kind: 'tag-clips', tags: [`t${n}`], clips: 1, highlights: 0, at: '2025-01-01T00:00:00Z' },
  deltas: [{ id: `c${n}`, before: { tags: [] }, after: { tags: [`t${n}`] } }],
  defs: null,
  membership: false,
});

test('history keeps the newest MAX_HISTORY actions', () => {
  const h = new History();
  for (let i = 0; i < MAX_HISTORY + 5; i++) h.push(entry(i));
  assert.equal(h.state().undoDepth, MAX_HISTORY);
  assert.deepEqual(h.state().undo?.tags, [`t${MAX_HISTORY + 4}`]);
  let last: Entry | undefined;
  for (let e = h.takeUndo(); e; e = h.takeUndo()) last = e;
  assert.deepEqual(last?.info.tags, ['t5'], 'the five oldest were dropped');
});

test('a new action after an undo clears the redo stack', () => {
  const h = new History();
  h.push(entry(1));
  h.push(entry(2));
  h.takeUndo();
  assert.equal(h.state().redoDepth, 1);
  h.push(entry(3));
  assert.deepEqual([h.state().undoDepth, h.state().redoDepth, h.state().redo], [2, 0, null]);
  assert.equal(h.takeRedo(), undefined);
});
