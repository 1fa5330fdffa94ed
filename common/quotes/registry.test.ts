// The people registry files speakers under people: spellings, scripts and a bare surname join the
// person; a different first name with the same surname is someone else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Registry } from './registry.js';

const file = (reg: Registry, speaker: string, mentions: string[] = []) => reg.add({ speaker, mentions }).id;

test('registry: one person across a bare surname, scripts and spellings, named by the fullest form', () => {
  const reg = new Registry([]);
  const ids = [file(reg, 'لافروف'), file(reg, 'سيرغي لافروف', ['لافروف']), file(reg, 'Sergei Lavrov'), file(reg, 'Сергей Лавров')];
  assert.equal(new Set(ids).size, 1);
  assert.equal(reg.people.length, 1);
  assert.equal(reg.people[0]!.name, 'سيرغي لافروف');
  assert.deepEqual(reg.people[0]!.aliases, ['لافروف', 'Sergei Lavrov', 'Сергей Лавров']);
});

test('registry: relatives who share a surname stay two people', () => {
  const reg = new Registry([]);
  const bashar = file(reg, 'بشار الأسد', ['الأسد']);
  const maher = file(reg, 'ماهر الأسد');
  assert.notEqual(bashar, maher);
  assert.equal(file(reg, 'Bashar al-Assad'), bashar);
  const joe = file(reg, 'Joe Biden');
  assert.notEqual(file(reg, 'Hunter Biden'), joe);
  assert.equal(reg.find('Biden')?.id, joe, 'a bare surname goes to the first person filed with it');
  assert.equal(reg.people.length, 4);
});

test('registry: the first form filed names the person; another script only adds aliases', () => {
  const reg = new Registry([]);
  const id = file(reg, 'لافروف');
  assert.equal(file(reg, 'Сергей Лавров', ['Лавров']), id);
  assert.equal(file(reg, 'Sergei Lavrov'), id);
  assert.equal(reg.people[0]!.name, 'لافروف', 'longer forms in other scripts do not rename');
  assert.equal(file(reg, 'سيرغي لافروف'), id);
  assert.equal(reg.people[0]!.name, 'سيرغي لافروف', 'a fuller form in the same script does');
  assert.deepEqual(reg.people[0]!.aliases, ['Сергей Лавров', 'Лавров', 'Sergei Lavrov', 'لافروف']);
});
