// segmentText: a block's text split at quote offsets, losing and adding nothing; dismissed and
// out-of-block quotes stay plain; overlapping quotes never duplicate text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { QuoteView } from './views.js';
import { segmentText } from './segments.js';

const q = (start: number, end: number, state: QuoteView['state'] = 'detected'): QuoteView => ({
  kind: 'direct', field: 'body', text: '', start, end, speaker: 'X', speakerMentions: [], cue: null, via: null,
  confidence: 1, id: `body:${start}-${end}`, state, detectedSpeaker: 'X', personId: null, colour: 0,
});

test('segmentText: splits at offsets relative to the block start', () => {
  const s = segmentText('قال: «نعم» ثم مضى', 100, [q(106, 109)]);
  assert.deepEqual(s.map((x) => [x.text, Boolean(x.quote)]), [['قال: «', false], ['نعم', true], ['» ثم مضى', false]]);
});

test('segmentText: the pieces always join back to the text', () => {
  const text = 'abcdefghij';
  for (const quotes of [[q(0, 10)], [q(2, 5), q(4, 8)], [q(5, 20)], [q(50, 60)], [q(1, 3, 'dismissed')]]) {
    assert.equal(segmentText(text, 0, quotes).map((x) => x.text).join(''), text);
  }
  assert.equal(segmentText(text, 0, [q(1, 3, 'dismissed')]).length, 1);
});
