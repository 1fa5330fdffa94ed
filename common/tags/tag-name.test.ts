// Tag names: cleaning as typed, folded keys across Arabic/English/Russian, the path hierarchy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ancestorsOf, cleanTagName, isSameOrUnder, movedName, parentOf, tagKey } from './tag-name.js';

const SAME_KEY: [string, string][] = [
  ['سوريا', 'سوريّا'],
  ['سوريا', ' سـوريا '],
  ['التعاون العسكري', 'التعاون  العسكريّ'],
  ['Lavrov', 'lavrov'],
  ['Лавров', 'ЛАВРОВ'],
  ['Сергей Лавров', 'сергей лавров'],
  ['أمن', 'امن'],
  ['سوريا/عسكري', 'سوريّا / عسكري'],
];
for (const [a, b] of SAME_KEY) {
  test(`tagKey: «${a}» and «${b}» are one tag`, () => assert.equal(tagKey(a), tagKey(b)));
}

test('tagKey keeps different tags apart', () => {
  assert.notEqual(tagKey('سوريا'), tagKey('روسيا'));
  assert.notEqual(tagKey('سوريا/عسكري'), tagKey('سوريا'));
});

test('cleanTagName keeps the name as typed, trimming segments and whitespace only', () => {
  assert.equal(cleanTagName('  سوريّا /  عسكري  '), 'سوريّا/عسكري');
  assert.equal(cleanTagName('military   cooperation'), 'military cooperation');
  assert.equal(cleanTagName('/a//b/'), 'a/b');
  assert.equal(cleanTagName('Lavrov'), 'Lavrov');
});

test('hierarchy: ancestors, parent, subtree test and moving a path prefix', () => {
  assert.deepEqual(ancestorsOf('سوريا/عسكري/طيران'), ['سوريا', 'سوريا/عسكري']);
  assert.equal(parentOf('سوريا/عسكري'), 'سوريا');
  assert.equal(parentOf('سوريا'), null);
  assert.ok(isSameOrUnder('سوريا/عسكري', 'سوريا'));
  assert.ok(!isSameOrUnder('سورياالكبرى', 'سوريا'));
  assert.equal(movedName('سوريّا/عسكري', 'سوريا', 'الشام'), 'الشام/عسكري');
  assert.equal(movedName('سوريا', 'سوريا', 'الشام'), 'الشام');
  assert.equal(movedName('روسيا', 'سوريا', 'الشام'), null);
});
