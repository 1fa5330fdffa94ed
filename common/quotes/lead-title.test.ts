// Unit tests for lead-title.ts: which first lines are a story's lead, and how quotes found with the
// lead read as a paragraph get their title or body offsets back. Sentences written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBlocks } from '../text/structure.js';
import { detectQuotes } from './index.js';
import { isLeadTitle } from './lead-title.js';

test('a headline is short or has no full stop; a lead is a sentence of twelve words or more', () => {
  assert.equal(isLeadTitle('Мэр Ольга Лосева пообещала отремонтировать мост'), false);
  assert.equal(isLeadTitle('وزير المالية: لا ضرائب جديدة هذا العام'), false);
  assert.equal(isLeadTitle('В понедельник мэр города Ольга Лосева встретилась с жителями района и рассказала о планах на лето.'), true);
  assert.equal(isLeadTitle('Мэр Ольга Лосева встретилась вчера с жителями северного района, рассказала им о планах на лето и ответила на вопросы о новом мосте, школе, больнице и дорогах'), true, 'twenty-five words');
  assert.equal(isLeadTitle('Мэр города Ольга Лосева встретилась с жителями района и рассказала им о планах...'), false, 'an ellipsis is no full stop');
  assert.equal(isLeadTitle('أكد مدير المستشفى الجديد حسان الرفاعي جاهزية الأقسام لاستقبال المرضى مع بداية الشهر المقبل،'), true, 'a lead broken after a comma');
  assert.equal(isLeadTitle('الرفاعي: الأقسام جاهزة، والمرضى'), false, 'a short headline with a comma inside');
});

test('a lead title is read as the first paragraph: its person is "он", its quotes keep title offsets', () => {
  const title = 'В понедельник мэр Ольга Лосева встретилась с жителями района и пообещала «починить мост до зимы».';
  const body = '«Деньги на ремонт уже выделены», — сказала она.';
  const quotes = detectQuotes({ title, body, blocks: parseBlocks(body), lang: 'ru' }).filter((q) => q.kind === 'direct');
  assert.deepEqual(
    quotes.map((q) => [q.field, (q.field === 'title' ? title : body).slice(q.start, q.end), q.speaker]),
    [['title', 'починить мост до зимы', 'Ольга Лосева'], ['body', 'Деньги на ремонт уже выделены', 'Ольга Лосева']],
  );
});
