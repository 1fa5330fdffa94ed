// The speaker picker's "mentioned in this article" people: found across Arabic prefixes, Russian
// case endings and spellings; a person the text never names is not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PersonView } from './views.js';
import { mentionedPeople } from './mentioned-people.js';

const person = (name: string, aliases: string[] = []): PersonView => ({ id: name, name, aliases, quoteCount: 1, kind: 'person' });
const FIDAN = person('هاكان فيدان', ['Hakan Fidan', 'Фидан']);
const LAVROV = person('سيرغي لافروف', ['لافروف', 'Sergei Lavrov']);
const SHAIBANI = person('أسعد الشيباني', ['الشيباني']);
const PESKOV = person('دميتري بيسكوف', ['Dmitry Peskov']);
const ALL = [FIDAN, LAVROV, SHAIBANI, PESKOV];
const names = (text: string) => mentionedPeople(text, ALL).map((p) => p.name);

test('mentioned people: Arabic with glued particles and other spellings', () => {
  assert.deepEqual(names('والتقى وزير الخارجية بلافروف، وقال للشيباني إن الزيارة مهمة.'), ['سيرغي لافروف', 'أسعد الشيباني']);
  assert.deepEqual(names('وأكد الشيبانى أن المحادثات ستستمر.'), ['أسعد الشيباني'], 'ى for ي');
});

test('mentioned people: Russian case endings and English possessives', () => {
  assert.deepEqual(names('Лавров встретился с главой МИД Турции Хаканом Фиданом.'), ['هاكان فيدان', 'سيرغي لافروف']);
  assert.deepEqual(names("Dmitry Peskov's remarks came a day after the talks."), ['دميتري بيسكوف']);
});

test('mentioned people: a surname in another script, but not a common word that sounds like it', () => {
  const lib = [person('هاكان فيدان', ['Hakan Fidan']), LAVROV];
  const found = (text: string) => mentionedPeople(text, lib).map((p) => p.name);
  assert.deepEqual(found('Лавров встретился с главой МИД Турции Хаканом Фиданом.'), ['هاكان فيدان', 'سيرغي لافروف']);
  assert.deepEqual(found('Было видно, что переговоры идут трудно.'), [], 'видно is no name');
});

test('mentioned people: a person the text never names is not offered', () => {
  assert.deepEqual(names('The ministry said the talks were useful.'), []);
  assert.deepEqual(names('تجمع المحتجون في ميدان التحرير وسط العاصمة.'), [], 'ميدان is not فيدان');
});
