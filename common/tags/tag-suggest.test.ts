// Tag autocomplete: folded Arabic spellings, case, prefixes before fuzzy hits, typos, exclusions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tagSuggester } from './tag-suggest.js';

const NAMES = ['سوريا', 'سوريا/عسكري', 'روسيا', 'Lavrov', 'استثمار', 'Лавров', 'إيران'];
const suggest = tagSuggester(NAMES);

test('harakat and shadda do not stop a match', () => {
  assert.deepEqual(suggest('سوريّا', 5).slice(0, 2), ['سوريا', 'سوريا/عسكري']);
});

test('hamza forms fold: «ايران» finds «إيران»', () => {
  assert.equal(suggest('ايران', 3)[0], 'إيران');
});

test('case is ignored and a prefix comes before fuzzy hits', () => {
  assert.equal(suggest('lav', 3)[0], 'Lavrov');
  assert.equal(suggest('Лав', 3)[0], 'Лавров');
});

test('a child is found by its last segment', () => {
  assert.deepEqual(suggest('عسك', 3), ['سوريا/عسكري']);
});

test('a one-letter typo still matches', () => {
  assert.ok(suggest('استسمار', 3).includes('استثمار'));
});

test('tags already chosen are left out; an unrelated word finds nothing', () => {
  assert.ok(!suggest('سوريا', 5, ['سوريّا']).includes('سوريا'));
  assert.deepEqual(suggest('zzzzqqq', 5), []);
});

test('an empty query lists the first tags up to the limit', () => {
  assert.deepEqual(suggest('', 2), ['سوريا', 'سوريا/عسكري']);
});
