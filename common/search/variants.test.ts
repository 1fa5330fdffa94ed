// Word forms and spellings an analyst types that the text writes otherwise: each query must find
// the one clip that holds the other form (sentences written for this test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery } from './query.js';
import { createMatcher } from './matcher.js';
import { compileQuery, createTextIndex, runQuery, withPhrases } from './text-index.js';
import { splits, verbForms, withVariants } from './variants.js';
import { stem } from './analyzer.js';
import type { CompactIndex } from './compact-index.js';

const fold = { strong: true };
const TEXTS: Record<string, string> = {
  verb: 'تقدم الوزير بمشروع قانون جديد للبرلمان',
  us: 'قالت الخارجية الأميركية إن المحادثات مستمرة',
  joined: 'التقى بنكيران قادة الأحزاب في الرباط',
  apart: 'صرح عبد الإله ابن كيران للصحفيين',
  compound: 'هاجمت جماعة بوكو حرام قرية في الشمال',
  name: 'ألقى حسن نصرالله كلمة متلفزة',
  abu: 'زار أبو مازن العاصمة الأردنية',
  ru: 'Виктория Нуланд встретилась с Сергеем Лавровым',
  en: 'Both sides agreed to negotiate a ceasefire in Geneva',
  filler: 'أمطار غزيرة على المدينة وحركة المرور بطيئة',
};

const index = (): CompactIndex => {
  const ix = createTextIndex(fold);
  for (const [id, body] of Object.entries(TEXTS)) ix.add({ id, title: '', body, source: '', tags: '' });
  return ix;
};

const top = (ix: CompactIndex, q: string): string | undefined => {
  const parsed = parseQuery(q);
  const c = withVariants(withPhrases(compileQuery(parsed, fold, { exact: false, typing: false, partial: true })!, parsed, ix, fold), parsed, ix, fold);
  const dense = runQuery(ix, c);
  const best = [...dense.keys()].filter((d) => dense[d]! > 0).sort((x, y) => dense[y]! - dense[x]!)[0];
  return best === undefined ? undefined : ix.idOf(best)!;
};

const CASES: [string, string][] = [
  ['يقدم الوزير مشروع', 'verb'],
  ['يقدم', 'verb'],
  ['الامريكية', 'us'],
  ['الأمريكي', 'us'],
  ['بن كيران التقى', 'joined'],
  ['بنكيران الصحفيين', 'apart'],
  ['بوكوحرام', 'compound'],
  ['نصر الله', 'name'],
  ['ابومازن', 'abu'],
  ['Нулэнд', 'ru'],
  ['Лавров', 'ru'],
  ['negotiations', 'en'],
];

for (const [q, id] of CASES) test(`${q} finds the clip that writes it otherwise (${id})`, () => assert.equal(top(index(), q), id));

test('verb forms: the present-tense prefix is dropped or swapped, never below three letters', () => {
  assert.deepEqual(verbForms('يقدم').sort(), ['تقدم', 'قدم', 'نقدم'].sort());
  assert.deepEqual(verbForms('قدم').sort(), ['تقدم', 'نقدم', 'يقدم'].sort());
  assert.deepEqual(verbForms('يد'), []);
  assert.deepEqual(verbForms('Lavrov'), []);
});

test('a word splits only where both halves are index words; a compound only when unknown joined', () => {
  const tail = stem('كيران');
  const has = (k: string) => ['بن', 'ابن', tail, 'بوكو', 'حرام'].includes(k);
  assert.deepEqual(splits('بنكيران', has, true), [['بن', tail], ['ابن', tail]]);
  assert.deepEqual(splits('بنغازي', has), []);
  assert.deepEqual(splits('بوكوحرام', has), [['بوكو', 'حرام']]);
  assert.deepEqual(splits('بوكوحرام', has, true), []);
});

test('two query words the text writes as one, or one it writes as two, both find the clip', () => {
  const ix = index();
  for (const q of ['ابن كيران', 'بن كيران', 'بنكيران']) {
    const parsed = parseQuery(q);
    const c = withVariants(compileQuery(parsed, fold, { exact: false, typing: false, partial: true })!, parsed, ix, fold);
    const dense = runQuery(ix, c);
    assert.deepEqual([...dense.keys()].filter((d) => dense[d]! > 0).map((d) => ix.idOf(d)).sort(), ['apart', 'joined'], q);
  }
});

test('the words a variant matched are highlighted', () => {
  const ix = index();
  const parsed = parseQuery('يقدم الامريكي');
  const keys: string[] = [];
  withVariants(compileQuery(parsed, fold, { exact: false, typing: false, partial: true })!, parsed, ix, fold, keys);
  const m = createMatcher(parsed, fold, false, keys);
  assert.ok(m.isHit('تقدم'));
  assert.ok(m.isHit('الاميركيه'));
  assert.ok(!m.isHit('المحادثات'));
});

test('typos in every script: one edit from 5 letters, two from 8, ranked below the exact word', () => {
  const ix = createTextIndex(fold);
  const add = (id: string, body: string) => ix.add({ id, title: '', body, source: '', tags: '' });
  add('exact-en', 'The delegates met in Glasgow on Monday');
  add('near-en', 'The delegates met in Glasgiw on Monday');
  add('exact-ru', 'Делегаты встретились в Карасуке');
  add('near-ru', 'Делегаты встретились в Карасике');
  add('exact-ar', 'وصل الوفد إلى الإسكندرية صباحا');
  add('near-ar', 'وصل الوفد إلى الإسكتدرية صباحا');
  add('band', 'The band played in the square');
  add('long', 'The parliamentarians voted');
  const ranked = (q: string) => {
    const dense = runQuery(ix, compileQuery(parseQuery(q), fold, { exact: false, typing: false })!);
    return [...dense.keys()].filter((d) => dense[d]! > 0).sort((x, y) => dense[y]! - dense[x]!).map((d) => ix.idOf(d));
  };
  assert.deepEqual(ranked('Glasgow'), ['exact-en', 'near-en']);
  assert.deepEqual(ranked('Карасуке'), ['exact-ru', 'near-ru']);
  assert.deepEqual(ranked('الاسكندرية'), ['exact-ar', 'near-ar']);
  assert.deepEqual(ranked('bank'), []);
  assert.deepEqual(ranked('parlamentarians'), ['long']);
  assert.deepEqual(ranked('parlamentarainz'), []);
});
