// tagTree: children follow their parent, siblings sorted, a child whose parent is missing kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TagFacet } from '../annotation.js';
import { leafName, tagTree } from './tag-tree.js';

const facet = (name: string, parent: string | null): TagFacet => ({
  name, key: name, parent, depth: name.split('/').length - 1, colour: null, description: '', clips: 1, clipTags: 1, highlights: 0,
});

test('parents come before their children, siblings in collation order', () => {
  const tags = [facet('روسيا', null), facet('سوريا/عسكري', 'سوريا'), facet('سوريا', null), facet('سوريا/اقتصاد', 'سوريا')];
  assert.deepEqual(tagTree(tags, 'ar').map((t) => t.name), ['روسيا', 'سوريا', 'سوريا/اقتصاد', 'سوريا/عسكري']);
});

test('a child whose parent is not listed is kept at the top', () => {
  assert.deepEqual(tagTree([facet('a/b', 'a')], 'en').map((t) => t.name), ['a/b']);
});

test('leafName is the last segment', () => {
  assert.equal(leafName('سوريا/عسكري'), 'عسكري');
  assert.equal(leafName('Lavrov'), 'Lavrov');
});

test('the sidebar order: most-used siblings first, children still under their parent', () => {
  const tags = [
    { ...facet('روسيا', null), clips: 2 },
    { ...facet('سوريا', null), clips: 9 },
    { ...facet('سوريا/اقتصاد', 'سوريا'), clips: 1 },
    { ...facet('سوريا/عسكري', 'سوريا'), clips: 5 },
  ];
  assert.deepEqual(tagTree(tags, 'ar', 'clips').map((t) => t.name), ['سوريا', 'سوريا/عسكري', 'سوريا/اقتصاد', 'روسيا']);
});
