// Unit tests for ru-nominative.ts: genitive person names put back in the nominative. Names here are
// common Russian names chosen for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruAccusativeNominative, ruDativeName, ruDativeNominative, ruDativeTitle, ruDativeTitleNominative, ruGenitiveTitle, ruNominative, ruOfficeNominative, ruTitleNominative } from './ru-nominative.js';

test('masculine and feminine genitive names become nominative', () => {
  const cases: [string, string][] = [
    ['Антона Силуанова', 'Антон Силуанов'], ['Дмитрия Пескова', 'Дмитрий Песков'], ['Сергея Лаврова', 'Сергей Лавров'],
    ['Игоря Сечина', 'Игорь Сечин'], ['Николая Жириновского', 'Николай Жириновский'], ['Марии Захаровой', 'Мария Захарова'],
    ['Ольги Смирновой', 'Ольга Смирнова'], ['Анны Кузнецовой', 'Анна Кузнецова'], ['Натальи Волковой', 'Наталья Волкова'],
    ['Валентины Матвиенко', 'Валентина Матвиенко'], ['Владимира Владимировича Путина', 'Владимир Владимирович Путин'],
    ['И. Сечина', 'И. Сечин'], ['О. Смирновой', 'О. Смирнова'], ['А. Н. Лаврова', 'А. Н. Лавров'],
  ];
  for (const [gen, nom] of cases) assert.equal(ruNominative(gen), nom, gen);
});

test('one word, lower case or Latin is left as written', () => {
  for (const s of ['Газпрома', 'министра финансов', 'Reuters News', 'МИД России']) assert.equal(ruNominative(s), s);
});

test('genitive title words are recognised', () => {
  for (const w of ['министра', 'главы', 'председателя', 'представителя', 'президента']) assert.equal(ruGenitiveTitle(w), true, w);
  for (const w of ['министр', 'глава', 'председатель', 'эксперт']) assert.equal(ruGenitiveTitle(w), false, w);
});

test('office nouns after в are put back in the nominative', () => {
  const cases: [string, string][] = [
    ['правительстве Москвы', 'правительство Москвы'], ['пресс-службе аэропорта', 'пресс-служба аэропорта'], ['мэрии', 'мэрия'],
    ['управлении полиции', 'управление полиции'], ['прокуратуре', 'прокуратура'], ['штабе', 'штаб'],
    ['пресс-службу МИДа', 'пресс-служба МИДа'],
  ];
  for (const [prep, nom] of cases) assert.equal(ruOfficeNominative(prep), nom, prep);
});

test('names in the dative are told apart from nominatives and genitives', () => {
  for (const n of ['Анне Павловне', 'Петру Ивановичу', 'Ивану Петрову', 'Андрею Сомову', 'Елене Смирновой']) assert.equal(ruDativeName(n), true, n);
  for (const n of ['Анна Павловна', 'Иван Петров', 'Марии Ивановой', 'Жозе Баррозу', 'Ивана Петрова', 'Сомову']) assert.equal(ruDativeName(n), false, n);
});

test('a lower-case title or body in the genitive declines back at its head, its complement kept', () => {
  const cases: [string, string][] = [
    ['эксперта Центра политических технологий', 'эксперт Центра политических технологий'], ['пресс-службы Госдумы', 'пресс-служба Госдумы'],
    ['руководителя пресс-службы губернатора', 'руководитель пресс-службы губернатора'], ['официального представителя МИД', 'официальный представитель МИД'],
    ['городской администрации', 'городская администрация'], ['министерства строительства', 'министерство строительства'],
    ['управления полиции', 'управление полиции'], ['главы района', 'глава района'], ['секретаря совета', 'секретарь совета'],
    ['замминистра обороны', 'замминистра обороны'], ['Минобороны России', 'Минобороны России'],
  ];
  for (const [gen, nom] of cases) assert.equal(ruTitleNominative(gen), nom, gen);
});

test('a woman’s surname ending in a consonant never declines: only her given name shows the case', () => {
  assert.equal(ruAccusativeNominative('Людмилу Зенькович'), 'Людмила Зенькович');
  assert.equal(ruNominative('Виктории Шевчук'), 'Виктория Шевчук');
  assert.equal(ruNominative('Ивана Зеньковича'), 'Иван Зенькович');
});

test('after a title in the dative, the title and the name go back to the nominative', () => {
  for (const f of ['президенту', 'председателю', 'главе']) assert.ok(ruDativeTitle(f), f);
  // "о министре": министр is a nominative already, so -е is no dative of a title in -а.
  for (const f of ['министре', 'молдавии', 'письму']) assert.ok(!ruDativeTitle(f), f);
  assert.equal(ruDativeTitleNominative('председателю правления'), 'председатель правления');
  const cases: [string, string][] = [
    ['Игорю Сомову', 'Игорь Сомов'], ['Петру Лунину', 'Петр Лунин'], ['Андрею Белинскому', 'Андрей Белинский'],
    ['Анне Котовой', 'Анна Котова'], ['Марии Сомовой', 'Мария Сомова'], ['Юрию Клименко', 'Юрий Клименко'],
  ];
  for (const [dat, nom] of cases) assert.equal(ruDativeNominative(dat), nom, dat);
});

test('a woman’s given name with a soft stem goes back from -и to -я', () => {
  assert.equal(ruNominative('Аси Сомовой'), 'Ася Сомова');
  assert.equal(ruNominative('Оли Котовой'), 'Оля Котова');
  assert.equal(ruNominative('Ольги Сомовой'), 'Ольга Сомова');
});

test('adjectival surnames, men’s names in -а/-я, a woman known by her given name, and name particles', () => {
  const cases: [string, string][] = [
    ['Юлии Навальной', 'Юлия Навальная'], ['Ильи Сомова', 'Илья Сомов'], ['Олега Дерипаски', 'Олег Дерипаска'],
    ['Марии Мелони', 'Мария Мелони'], ['Урсулы фон дер Ляйен', 'Урсула фон дер Ляйен'], ['Анны Поповой', 'Анна Попова'],
  ];
  for (const [gen, nom] of cases) assert.equal(ruNominative(gen), nom, gen);
});
