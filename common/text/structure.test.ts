// Table-driven tests of parseBlocks: the seed against expected-quotes.json `structure`, plus
// hand-written English, Russian and Arabic lines (none copied from published articles).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { BlockKind } from '../domain.js';
import { splitPlainText } from './plain-text.js';
import { parseBlocks } from './structure.js';

const SEED = readFileSync(new URL('../../data/syria-russia-new-phase.txt', import.meta.url), 'utf8');

// Copied from ../shared/seed/expected-quotes.json → structure (kept here: tests never read outside the repo).
const SEED_STRUCTURE = {
  title: 'سوريا وروسيا تعلنان مرحلة جديدة من العلاقات وتعزيز التعاون السياسي والعسكري',
  subheadings: [
    'سوريا تسعى لجذب الاستثمارات الأجنبية:',
    'لافروف: ملتزمون بوحدة سوريا وتعزيز التعاون الثنائي:',
    'لقاء الشيباني وبوتين: تعاون سياسي وعسكري:',
    'بحث تطوير الشراكة العسكرية والصناعات الدفاعية:',
  ],
  list_items: [
    '1- تطوير الشراكة العسكرية والتقنية',
    '2- تحديث العتاد العسكري',
    '3- نقل الخبرات الفنية والتقنية',
    '4- التعاون في مجالات البحث والتطوير',
  ],
  related_links: [
    'إقرأ أيضاً: لافروف: روسيا لم تخُن سوريا وتحافظ على اتصالات مستقرة مع السلطات الجديدة',
    'إقرأ أيضاً: صحيفة إسرائيلية: ترامب يسعى لجذب الشرع نحو المعسكر المعتدل ويخشى تمدد نفوذ روسيا والصين',
  ],
};

const textsOf = (body: string, kind: BlockKind): string[] =>
  parseBlocks(body).filter((b) => b.kind === kind).map((b) => body.slice(b.start, b.end));

test('parseBlocks: the seed comes out exactly as expected-quotes.json says', () => {
  const { title, body } = splitPlainText(SEED);
  assert.equal(title, SEED_STRUCTURE.title);
  assert.deepEqual(textsOf(body, 'subheading'), SEED_STRUCTURE.subheadings);
  assert.deepEqual(textsOf(body, 'list-item'), SEED_STRUCTURE.list_items);
  assert.deepEqual(textsOf(body, 'related-link'), SEED_STRUCTURE.related_links);
  const blocks = parseBlocks(body);
  assert.equal(blocks.length, body.split('\n').length);
  assert.equal(textsOf(body, 'paragraph').length, blocks.length - 10);
  assert.ok(textsOf(body, 'paragraph').includes('وذكرت وكالة “سانا” أن اللقاء تناول:'));
});

test('parseBlocks: offsets are into the raw body, end exclusive, edge whitespace excluded', () => {
  const body = '  First para.  \r\n\r\n\t## Head\u200f\n\n1) one\r\n';
  assert.deepEqual(parseBlocks(body), [
    { kind: 'paragraph', start: 2, end: 13 },
    { kind: 'subheading', start: 20, end: 27 },
    { kind: 'list-item', start: 30, end: 36 },
  ]);
  assert.equal(body.slice(20, 27), '## Head');
  assert.deepEqual(parseBlocks(''), []);
  assert.deepEqual(parseBlocks(' \n\t\n'), []);
});

const KIND_CASES: [BlockKind, string][] = [
  // Subheadings: short, colon-final, not a sentence.
  ['subheading', 'المدارس تستعد للعام الجديد:'],
  ['subheading', 'وزير التعليم: لا تأجيل للامتحانات:'],
  ['subheading', 'وحدة الصف الوطني:'],
  ['subheading', 'نقل السفارة إلى العاصمة:'],
  ['subheading', 'Key points:'],
  ['subheading', 'Что известно:'],
  ['subheading', '### Background'],
  ['subheading', '**Background**'],
  ['subheading', 'وتيرة الإصلاحات:'],
  // Colon-final lines that are sentences.
  ['paragraph', 'وأضاف المتحدث باسم البلدية:'],
  ['paragraph', 'قالت الوزيرة:'],
  ['paragraph', 'وفي ما يلي أبرز ما تضمنه الاتفاق:'],
  ['paragraph', 'وأوضحت الشركة في بيانها أن الخطة تشمل:'],
  ['paragraph', 'وكان المجلس قد ناقش:'],
  ['paragraph', 'وتشمل الخطة:'],
  ['paragraph', 'ويضم الوفد كلاً من:'],
  ['paragraph', 'تضمنت التوصيات ما يلي:'],
  ['paragraph', 'The plan covers the following:'],
  ['paragraph', 'План включает следующее:'],
  ['paragraph', '**This whole sentence was bold.**'],
  ['paragraph', 'The mayor said on Monday:'],
  ['paragraph', 'According to the council:'],
  ['paragraph', 'Министр заявил:'],
  ['paragraph', 'В ведомстве уточнили, что план включает:'],
  ['paragraph', 'Why did the council vote again?:'],
  ['paragraph', 'تعتزم البلدية تطوير الحدائق العامة في الأحياء الشمالية والجنوبية وربطها بمسارات للدراجات والمشاة خلال:'],
  ['paragraph', 'A plain sentence without a colon.'],
  ['paragraph', '2025 كان عاماً صعباً على المزارعين.'],
  ['paragraph', '15-20 people attended the meeting.'],
  ['paragraph', '3.5 million tonnes were shipped.'],
  ['paragraph', '– Мы готовы продолжить работу, – сказал директор.'],
  ['paragraph', 'Read more carefully, the clerk advised.'],
  // List items.
  ['list-item', '1- توسيع شبكة المياه'],
  ['list-item', '١- توسيع شبكة المياه'],
  ['list-item', '٢) صيانة الطرق'],
  ['list-item', '3. Repair the bridge'],
  ['list-item', '(4) Open two clinics'],
  ['list-item', '1-توسيع الشبكة'],
  ['list-item', '• Tree planting'],
  ['list-item', '- Новые остановки'],
  ['list-item', '* Longer opening hours'],
  ['list-item', '– تحسين الإنارة'],
  ['list-item', 'b) a second option'],
  // Related links.
  ['related-link', 'اقرأ أيضا: افتتاح سوق جديد في المدينة'],
  ['related-link', 'إقرأ أيضاً.. المهرجان يعود بعد غياب'],
  ['related-link', 'اقْرَأْ أَيْضًا: عنوان آخر'],
  ['related-link', '» اقرأ ايضاً عنوان آخر'],
  ['related-link', 'Read more: Harbour plans approved'],
  ['related-link', 'Read also - Ferry timetable changes'],
  ['related-link', 'Related: City budget explained'],
  ['related-link', 'Читайте также: Мост закроют на ремонт'],
  ['related-link', 'Смотрите также: Новый парк'],
];

for (const [kind, line] of KIND_CASES) {
  test(`parseBlocks: ${kind} ← ${line}`, () => {
    const blocks = parseBlocks(line);
    assert.equal(blocks.length, 1);
    assert.equal(blocks[0]?.kind, kind);
  });
}
