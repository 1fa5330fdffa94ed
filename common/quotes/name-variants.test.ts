// Unit tests for name-variants.ts: one edit between spellings, and when a mention is a variant of
// a known name. Words here were written for this test (folded forms, as the resolver passes them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loneSlipOf, oneEdit, twoEdits, variantOf, type Spelling } from './name-variants.js';

const none = () => false;

test('one edit: a changed, added, dropped or swapped letter, and nothing more', () => {
  for (const [a, b] of [['جاووش', 'جاويش'], ['سعيد', 'سيعد'], ['zelensky', 'zelenskyy'], ['kadyrov', 'kadirov'], ['abcd', 'abd']]) {
    assert.equal(oneEdit(a!, b!), true, `${a} ${b}`);
    assert.equal(oneEdit(b!, a!), true, `${b} ${a}`);
  }
  for (const [a, b] of [['same', 'same'], ['abcd', 'badc'], ['abcdef', 'abcxyf'], ['abc', 'abcde']]) assert.equal(oneEdit(a!, b!), false, `${a} ${b}`);
});

test('a variant keeps the order, changes exactly one word, and leaves lone and short words alone', () => {
  assert.equal(variantOf(['مولود', 'جاووش', 'اوغلو'], ['جاويش', 'اوغلو'], none), true);
  assert.equal(variantOf(['مولود', 'جاووش', 'اوغلو'], ['اوغلو', 'جاويش'], none), false, 'order');
  assert.equal(variantOf(['مولود', 'جاووش', 'اوغلو'], ['جاووش', 'اوغلو'], none), false, 'an exact match is not a variant');
  assert.equal(variantOf(['سامي', 'ناصر'], ['سامح', 'ناصف'], none), false, 'two changed words');
  assert.equal(variantOf(['جاووش'], ['جاويش'], none), false, 'a lone word');
  assert.equal(variantOf(['سعيد', 'زاده'], ['سيعد', 'زاده'], none), true, 'four letters beside an exact word');
  assert.equal(variantOf(['سعد', 'زاده'], ['سعيد', 'زاده'], none), false, 'three letters');
  assert.equal(variantOf(['محمد', 'الحداد'], ['احمد', 'الحداد'], (w) => w === 'احمد'), false, 'a spelling that is a name in its own right');
});

test('two edits at most, a swap counting once', () => {
  for (const [a, b] of [['шпильбергер', 'шплинбергер'], ['abcdef', 'abdcef'], ['abcdef', 'abcxyf'], ['abcdef', 'abcdefgh']]) {
    assert.equal(twoEdits(a!, b!), true, `${a} ${b}`);
  }
  for (const [a, b] of [['abcdef', 'axyzef'], ['abc', 'abcdef'], ['abcdefgh', 'hgfedcba']]) assert.equal(twoEdits(a!, b!), false, `${a} ${b}`);
});

test('a lone slip: long words only, first two letters kept, never a name in its own right', () => {
  const ru: Spelling = { eq: (h, w) => h === w, stem: (w) => w.replace(/а$/u, '') };
  assert.equal(loneSlipOf(['марк', 'шпильбергер'], 'шплинбергер', none, ru), true, 'two slips in a long word');
  assert.equal(loneSlipOf(['олег', 'сенкевич'], 'сянкевич', none, ru), true, 'one slip in seven letters or more');
  assert.equal(loneSlipOf(['олег', 'сенкевича'], 'сянкевич', none, ru), true, 'read on the stem');
  assert.equal(loneSlipOf(['олег', 'петров'], 'петрон', none, ru), false, 'six letters');
  assert.equal(loneSlipOf(['марк', 'шпильбергер'], 'щпильбергер', none, ru), false, 'first letter changed');
  assert.equal(loneSlipOf(['марк', 'шпильбергер'], 'шаильбергер', none, ru), true, 'one slip may change the second');
  assert.equal(loneSlipOf(['марк', 'шпильбергер'], 'шаильбергет', none, ru), false, 'two slips keep the first two letters');
  assert.equal(loneSlipOf(['олег', 'сенкевич'], 'сянкевич', (w) => w === 'сянкевич', ru), false, 'taken');
});
