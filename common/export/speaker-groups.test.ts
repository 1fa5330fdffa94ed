import assert from 'node:assert/strict';
import test from 'node:test';
import { quotesByClip, type SpeakerQuote } from './speaker-groups.js';

const q = (clipN: number, text: string): SpeakerQuote => ({ clipN, clipId: `id${clipN}`, clipTitle: `T${clipN}`, kind: 'direct', text, via: null });

test('quotesByClip names each clip once, keeping the quotes and their order', () => {
  const groups = quotesByClip([q(1, 'a'), q(1, 'b'), q(3, 'c'), q(1, 'd')]);
  assert.deepEqual(
    groups.map((g) => [g.clipN, g.clipTitle, g.quotes.map((x) => x.text)]),
    [
      [1, 'T1', ['a', 'b']],
      [3, 'T3', ['c']],
      [1, 'T1', ['d']],
    ],
  );
  assert.deepEqual(quotesByClip([]), []);
});
