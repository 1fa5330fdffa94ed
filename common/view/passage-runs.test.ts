// Table-driven checks of passageRuns: offsets relative to the block, overlaps, edges outside.
import { deepStrictEqual } from 'node:assert/strict';
import { test } from 'node:test';
import { passageRuns, type PassageSpan } from './passage-runs.js';

const CASES: { name: string; text: string; start: number; spans: PassageSpan[]; want: [string, string[]][] }[] = [
  { name: 'no passages', text: 'قال لافروف', start: 10, spans: [], want: [['قال لافروف', []]] },
  {
    name: 'one passage inside, offsets into the body',
    text: 'قال لافروف اليوم',
    start: 100,
    spans: [{ id: 'a', start: 104, end: 110 }],
    want: [['قال ', []], ['لافروف', ['a']], [' اليوم', []]],
  },
  {
    name: 'overlapping passages split into shared pieces',
    text: 'abcdefgh',
    start: 0,
    spans: [{ id: 'a', start: 1, end: 5 }, { id: 'b', start: 3, end: 7 }],
    want: [['a', []], ['bc', ['a']], ['de', ['a', 'b']], ['fg', ['b']], ['h', []]],
  },
  {
    name: 'a passage running across blocks is cut at the block edges',
    text: 'abc',
    start: 10,
    spans: [{ id: 'a', start: 2, end: 11 }, { id: 'b', start: 12, end: 40 }, { id: 'c', start: 0, end: 5 }],
    want: [['a', ['a']], ['b', []], ['c', ['b']]],
  },
];

for (const c of CASES) {
  test(`passageRuns: ${c.name}`, () => {
    deepStrictEqual(passageRuns(c.text, c.start, c.spans).map((r) => [r.text, r.ids]), c.want);
  });
}
