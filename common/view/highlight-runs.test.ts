// Table-driven checks of highlightRuns: clamping, merging, order, and surrogate pairs.
import { deepStrictEqual } from 'node:assert/strict';
import { test } from 'node:test';
import { highlightRuns } from './highlight-runs.js';

const CASES: { name: string; text: string; spans: { start: number; end: number }[]; want: [string, boolean][] }[] = [
  { name: 'no spans', text: 'لافروف قال', spans: [], want: [['لافروف قال', false]] },
  { name: 'one Arabic word', text: 'قال لافروف اليوم', spans: [{ start: 4, end: 10 }], want: [['قال ', false], ['لافروف', true], [' اليوم', false]] },
  { name: 'unsorted and overlapping', text: 'abcdefgh', spans: [{ start: 5, end: 7 }, { start: 1, end: 3 }, { start: 2, end: 4 }], want: [['a', false], ['bcd', true], ['e', false], ['fg', true], ['h', false]] },
  { name: 'touching spans merge', text: 'abcd', spans: [{ start: 0, end: 2 }, { start: 2, end: 4 }], want: [['abcd', true]] },
  { name: 'past the end is clamped', text: 'abc', spans: [{ start: 1, end: 99 }, { start: -4, end: 0 }], want: [['a', false], ['bc', true]] },
  { name: 'surrogate pair kept whole', text: 'a😀b', spans: [{ start: 2, end: 3 }], want: [['a', false], ['😀', true], ['b', false]] },
];

for (const c of CASES) {
  test(`highlightRuns: ${c.name}`, () => {
    deepStrictEqual(highlightRuns(c.text, c.spans).map((r) => [r.text, r.mark]), c.want);
  });
}
