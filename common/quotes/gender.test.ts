// Unit tests for gender.ts: the grammatical gender a cue, pronoun, title or name marks. Sentences
// and titles here were written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cueGender, nameGender } from './gender.js';

test('feminine Arabic titles are read whatever the hamza seat or the article', () => {
  for (const title of ['رئيسة الجمعية', 'الرئيسة', 'نائبة رئيس المجلس', 'النائبة', 'الوزيرة', 'المتحدثة باسم الوزارة', 'مديرة المكتب', 'السيدة']) {
    assert.equal(nameGender('ar', '', title), 'f', title);
  }
  for (const title of ['رئيس الجمعية', 'النائب', 'وزير الخارجية', 'رئاسة الحكومة', 'اللجنة الوطنية', 'رئيس بعثة الملاحظة']) {
    assert.equal(nameGender('ar', '', title), null, title);
  }
});

test('cue verbs and pronouns mark gender in all three languages', () => {
  assert.equal(cueGender('ar', 'وقالت'), 'f');
  assert.equal(cueGender('ar', 'وأضاف'), 'm');
  assert.equal(cueGender('ar', 'مؤكدة'), 'f');
  // بقوله is his saying, بقولها hers: the pronoun suffix, not a feminine ة.
  assert.equal(cueGender('ar', 'بقوله'), 'm');
  assert.equal(cueGender('ar', 'بقولها'), 'f');
  assert.equal(cueGender('ru', 'сказала'), 'f');
  assert.equal(cueGender('en', 'she'), 'f');
  assert.equal(nameGender('ru', 'Анна Соболева', null), 'f');
});

test('an Arabic name that opens with a known given name says its gender', () => {
  for (const name of ['ليلى بنسعيد', 'سارة ويلسون', 'أليس موريسون', 'نجاة العربي']) assert.equal(nameGender('ar', name, null), 'f', name);
  for (const name of ['سامي عادل', 'جون ماريو', 'محمد الحداد']) assert.equal(nameGender('ar', name, null), 'm', name);
  for (const name of ['بنسعيد', 'كارونكوزي مارتن']) assert.equal(nameGender('ar', name, null), null, name);
  // A feminine office still decides before the name.
  assert.equal(nameGender('ar', 'سامي عادل', 'الوزيرة'), 'f');
});

test('a Russian full name says its gender by the given name when the surname does not', () => {
  for (const name of ['Анна Нильсен', 'Мария Рено']) assert.equal(nameGender('ru', name, null), 'f', name);
  for (const name of ['Джон Керри', 'Сергей Шойгу', 'Никита Михалков', 'Илья Ильф']) assert.equal(nameGender('ru', name, null), 'm', name);
  // A title is no given name, and a lone word says nothing.
  for (const name of ['Глава СБР', 'Посол Франции', 'Нуланд']) assert.equal(nameGender('ru', name, null), null, name);
});
