// Seed acceptance (../shared/seed/expected-quotes.json, copied to data/seed-expected-quotes.json and
// preferred) and table tests of the detector's shapes in three languages (hand-written lines, none
// copied from published articles).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import type { Lang } from '../domain.js';
import { splitPlainText } from '../text/plain-text.js';
import { parseBlocks } from '../text/structure.js';
import { detectQuotes, extractPeople, type Quote } from './index.js';

const here = (p: string) => new URL(p, import.meta.url);
const EXPECTED_PATH = [here('../../data/seed-expected-quotes.json'), here('../../../shared/seed/expected-quotes.json')].find((u) => existsSync(u))!;
type Seed = {
  must_find: { kind: string; text: string; speaker: string; via?: string }[];
  must_not_find: { text: string }[];
  should_find_indirect: { speaker: string; cue: string; content: string }[];
};
const EXPECTED = JSON.parse(readFileSync(EXPECTED_PATH, 'utf8')) as Seed;
const SEED = readFileSync(here('../../data/syria-russia-new-phase.txt'), 'utf8');

const run = (raw: string, lang: Lang): Quote[] => {
  const { title, body } = splitPlainText(raw);
  return detectQuotes({ title, body, blocks: parseBlocks(body), lang });
};
const seedQuotes = run(SEED, 'ar');

test('seed: every must_find is found with its speaker (and via سانا for the relayed quote)', () => {
  for (const m of EXPECTED.must_find) {
    const q = seedQuotes.find((x) => x.kind === m.kind && x.text === m.text && !x.fromRelatedLink);
    assert.ok(q, `not found: ${m.text}`);
    assert.equal(q.speaker, m.speaker);
    if (m.via) assert.equal(q.via, m.via);
  }
});

test('seed: nothing from must_not_find is reported as a quote', () => {
  for (const n of EXPECTED.must_not_find) {
    assert.ok(!seedQuotes.some((q) => q.text === n.text || (q.kind !== 'indirect' && q.text.includes(n.text) && q.text.length < n.text.length + 4)), n.text);
  }
});

test('seed: at least 6 of the 8 should_find_indirect, with speaker and cue', () => {
  const hits = EXPECTED.should_find_indirect.filter((e) =>
    seedQuotes.some((q) => q.kind === 'indirect' && q.speaker === e.speaker && q.cue !== null && q.cue.includes(e.cue) && (q.text.includes(e.content.replace(/:$/, '')) || e.content.includes(q.text))),
  );
  assert.ok(hits.length >= 6, `only ${hits.length}/8`);
});

test('seed: offsets index the field they name, and the read-also headline is flagged', () => {
  const { title, body } = splitPlainText(SEED);
  for (const q of seedQuotes) assert.equal((q.field === 'title' ? title : body).slice(q.start, q.end), q.text);
  const rel = seedQuotes.filter((q) => q.fromRelatedLink);
  assert.ok(rel.every((q) => q.kind === 'headline'));
});

test('extractPeople: one candidate per speaker, with the aliases the article used', () => {
  const people = extractPeople(seedQuotes);
  const shaibani = people.find((p) => p.name === 'أسعد الشيباني');
  assert.ok(shaibani && shaibani.aliases.includes('الشيباني'));
  assert.ok(people.some((p) => p.name === 'سيرغي لافروف'));
});

// [lang, article text (title line first), expected [text, speaker] for direct/headline quotes]
const TABLE: [Lang, string, [string, string | null][]][] = [
  ['ar', 'عنوان\nوقال وزير النقل سامي الحداد: «سنفتح الطريق الدولي أمام الشاحنات الأسبوع المقبل».\nوأضاف: «لن نسمح بأي تأخير بعد اليوم في تنفيذ المشروع».', [
    ['سنفتح الطريق الدولي أمام الشاحنات الأسبوع المقبل', 'سامي الحداد'], ['لن نسمح بأي تأخير بعد اليوم في تنفيذ المشروع', 'سامي الحداد'],
  ]],
  ['ar', 'عنوان\n"المرحلة المقبلة تتطلب تعاوناً أوسع بين الجميع"، قال رئيس البلدية كمال الخطيب.', [['المرحلة المقبلة تتطلب تعاوناً أوسع بين الجميع', 'كمال الخطيب']]],
  ['ar', 'عنوان\nوأعلنت شركة "الأفق للطاقة" توسيع مشاريعها في المنطقة الشمالية خلال العام.', []],
  ['ar', 'عنوان\nوقال المدير رامي الشمري: “لن نرفع الأسعار هذا العام مهما كانت الظروف.', [['لن نرفع الأسعار هذا العام مهما كانت الظروف.', 'رامي الشمري']]],
  ['ar', 'الحداد: الطريق الدولي يفتح الأسبوع المقبل\nقال وزير النقل سامي الحداد إن الطريق سيفتح قريباً.', [['الطريق الدولي يفتح الأسبوع المقبل', 'سامي الحداد']]],
  ['en', 'Title\n"We will not raise fares this year," transport secretary Anna Kell said. "Not one penny."\nKell added that the budget was tight.', [
    ['We will not raise fares this year,', 'Anna Kell'], ['Not one penny.', 'Anna Kell'],
  ]],
  ['en', 'Title\nThe band released an album called "Songs From The Quiet Valley" last spring.', []],
  ['ru', 'Заголовок\n«Мы готовы продолжать переговоры в любом формате», — заявил министр Павел Орлов.\n— Решение будет принято до конца недели, — добавил он.', [
    ['Мы готовы продолжать переговоры в любом формате', 'Павел Орлов'], ['Решение будет принято до конца недели', 'Павел Орлов'],
  ]],
  ['ru', 'Заголовок\nСотрудники компании «Северный ветер» провели собрание.', []],
];

test('table: direct quotes and speakers across shapes and languages', () => {
  for (const [lang, raw, want] of TABLE) {
    const got = run(raw, lang).filter((q) => q.kind !== 'indirect').map((q) => [q.text, q.speaker]);
    assert.deepEqual(got, want, raw);
  }
});
