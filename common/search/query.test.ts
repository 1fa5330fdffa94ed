import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDay, parseQuery, type ParsedQuery } from './query.js';

const w = (text: string) => ({ kind: 'word' as const, text });
const p = (text: string) => ({ kind: 'phrase' as const, text });
const none = { tags: [], sources: [], langs: [], after: null, before: null, speakers: [], isQuote: false };

const CASES: [string, Partial<ParsedQuery>][] = [
  ['لافروف', { groups: [[w('لافروف')]] }],
  ['لافروف   موسكو', { groups: [[w('لافروف')], [w('موسكو')]] }],
  ['"وزير الخارجية" لافروف', { groups: [[p('وزير الخارجية')], [w('لافروف')]] }],
  ['«سيرغى لافروف»', { groups: [[p('سيرغى لافروف')]] }],
  ['“Sergei Lavrov”', { groups: [[p('Sergei Lavrov')]] }],
  ['"لافروف"', { groups: [[w('لافروف')]] }],
  ['"unclosed phrase here', { groups: [[p('unclosed phrase here')]] }],
  ['سوريا -تركيا', { groups: [[w('سوريا')]], exclude: [w('تركيا')] }],
  ['سوريا -"وقف اطلاق النار"', { groups: [[w('سوريا')]], exclude: [p('وقف اطلاق النار')] }],
  ['لافروف OR لافرف موسكو', { groups: [[w('لافروف'), w('لافرف')], [w('موسكو')]] }],
  ['a OR b OR c', { groups: [[w('a'), w('b'), w('c')]] }],
  ['OR لافروف', { groups: [[w('لافروف')]] }],
  ['or lower case is a word', { groups: [[w('or')], [w('lower')], [w('case')], [w('is')], [w('a')], [w('word')]] }],
  ['tag:سوريا source:"BBC Arabic" lang:ar', { filters: { ...none, tags: ['سوريا'], sources: ['BBC Arabic'], langs: ['ar'] } }],
  ['after:2025-03 before:2025-04-15 نفط', { groups: [[w('نفط')]], filters: { ...none, after: '2025-03-01', before: '2025-04-15' } }],
  ['TAG:x', { filters: { ...none, tags: ['x'] } }],
  ['speaker:لافروف is:quote موسكو', { groups: [[w('موسكو')]], filters: { ...none, speakers: ['لافروف'], isQuote: true } }],
  ['speaker:"سيرغي لافروف" IS:Quote', { filters: { ...none, speakers: ['سيرغي لافروف'], isQuote: true } }],
  ['a - b', { groups: [[w('a')], [w('-')], [w('b')]] }],
  ['لافروف +موسكو "وزير الخارجية"', { groups: [[w('لافروف')], [w('موسكو')], [p('وزير الخارجية')]], required: [false, true, true] }],
  ['a + b', { groups: [[w('a')], [w('+')], [w('b')]], required: [false, false, false] }],
  ['a OR +b c', { groups: [[w('a'), w('b')], [w('c')]], required: [true, false] }],
];

for (const [q, expected] of CASES) {
  test(`parseQuery: ${q}`, () => {
    const got = parseQuery(q);
    assert.deepEqual(got.groups, expected.groups ?? []);
    assert.deepEqual(got.exclude, expected.exclude ?? []);
    if (expected.required) assert.deepEqual(got.required, expected.required);
    assert.deepEqual(got.filters, expected.filters ?? none);
    assert.deepEqual(got.notices, []);
  });
}

const NOTICES: [string, RegExp][] = [
  ['is:draft', /not a filter Marsad knows/],
  ['speaker:', /needs a value/],
  ['lang:fr', /not a language/],
  ['before:yesterday', /not a date/],
  ['after:2025-13', /not a date/],
  ['tag:', /needs a value/],
  ['-tag:x', /not supported/],
];

for (const [q, re] of NOTICES) {
  test(`parseQuery reports: ${q}`, () => {
    const got = parseQuery(q);
    assert.equal(got.notices.length, 1);
    assert.match(got.notices[0]!.text, re);
    assert.deepEqual(got.groups, []);
  });
}

test('parseDay: days, months, month ends and leap years', () => {
  assert.equal(parseDay('2025-03'), '2025-03-01');
  assert.equal(parseDay('2025-12', true), '2026-01-01');
  assert.equal(parseDay('2024-02-29'), '2024-02-29');
  assert.equal(parseDay('2025-02-29'), null);
  assert.equal(parseDay('2025-02-28', true), '2025-03-01');
});
