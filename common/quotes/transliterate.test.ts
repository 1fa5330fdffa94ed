// Name keys: one person's name in Arabic, Latin and Cyrillic letters shares a skeleton key; short
// or unrelated names do not. Table-driven.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameKeys } from './transliterate.js';

const shares = (a: string, b: string) => nameKeys(a).some((k) => nameKeys(b).includes(k));

test('nameKeys: the same surname across scripts and spellings meets', () => {
  for (const [a, b] of [
    ['سيرغي لافروف', 'Lavrov'],
    ['لافروف', 'Лавров'],
    ['سيرجي لافروف', 'Sergei Lavrov'],
    ['الشيباني', 'Shaibani'],
    ['بوتين', 'Путин'],
  ]) assert.ok(shares(a!, b!), `${a} ~ ${b}`);
});

test('nameKeys: different people stay apart', () => {
  for (const [a, b] of [
    ['لافروف', 'Putin'],
    ['الشيباني', 'Lavrov'],
    ['Assad', 'Shaibani'],
  ]) assert.ok(!shares(a!, b!), `${a} !~ ${b}`);
});
