// Speakers that are organisations (agencies, ministries, papers) are told from people and offices,
// in Arabic, English and Russian; names that merely share a word with an agency stay people.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entityKind } from './entity-kind.js';

test('entity kind: news agencies speaking for themselves are organisations, in every script', () => {
  for (const n of ['سانا', 'وام', 'رويترز', 'فرانس برس', 'Reuters', 'AFP', 'ТАСС', 'РИА Новости', 'Интерфакс', 'وكالة الأنباء السورية', 'Anadolu Agency', 'агентство Блумберг']) {
    assert.equal(entityKind(n), 'organisation', n);
  }
});

test('entity kind: ministries, parties and papers are organisations; offices and people are not', () => {
  for (const n of ['وزارة الخارجية الروسية', 'الكرملين', 'صحيفة الوطن', 'والحكومة اللبنانية', 'البنتاغون', 'the Foreign Ministry', 'Ministry of Defence', 'the White House', 'National Weather Service', 'CNN', 'МИД России', 'Министерство обороны', 'Госдума', 'Госдепартаменте США', 'Белый дом']) {
    assert.equal(entityKind(n), 'organisation', n);
  }
  for (const n of ['سيرغي لافروف', 'وزير الخارجية السوري', 'المتحدث باسم وزارة الخارجية', 'وفاء سلطان', 'Marieke de Vries', 'Foreign Ministry spokesman', 'Сергей Лавров', 'Мария Захарова', 'Ирина Волк', 'министр обороны', 'Банников', '']) {
    assert.equal(entityKind(n), 'person', n);
  }
});
