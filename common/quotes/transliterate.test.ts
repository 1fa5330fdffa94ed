// Name keys: one person's name in Arabic, Latin and Cyrillic letters shares a skeleton key; short
// or unrelated names do not. Table-driven.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lookupKeys, nameKeys } from './transliterate.js';

const shares = (a: string, b: string) => nameKeys(a).some((k) => nameKeys(b).includes(k));

test('nameKeys: the same surname across scripts and spellings meets', () => {
  for (const [a, b] of [
    ['سيرغي لافروف', 'Lavrov'],
    ['لافروف', 'Лавров'],
    ['سيرجي لافروف', 'Sergei Lavrov'],
    ['الشيباني', 'Shaibani'],
    ['بوتين', 'Путин'],
    ['بشار الأسد', 'Bashar al-Assad'],
    ['الشيباني', 'ash-Shaibani'],
  ]) assert.ok(shares(a!, b!), `${a} ~ ${b}`);
});

test('nameKeys: different people stay apart', () => {
  for (const [a, b] of [
    ['لافروف', 'Putin'],
    ['الشيباني', 'Lavrov'],
    ['Assad', 'Shaibani'],
    ['al-Assad', 'ash-Shaibani'],
  ]) assert.ok(!shares(a!, b!), `${a} !~ ${b}`);
});

const finds = (filed: string, asked: string) => nameKeys(filed).some((k) => lookupKeys(asked).includes(k));

test('lookupKeys: a surname alone finds the person; a full name needs the same first name, or none known', () => {
  for (const [filed, asked] of [
    ['سيرغي لافروف', 'Lavrov'],
    ['Сергей Лавров', 'سيرغي لافروف'],
    ['Sergei Lavrov', 'سيرجي لافروف'],
    ['لافروف', 'سيرغي لافروف'],
    ['Joe Biden', 'Biden'],
    ['علي خامنئي', 'Ali Khamenei'],
  ]) assert.ok(finds(filed!, asked!), `${asked} finds ${filed}`);
  for (const [filed, asked] of [
    ['Joe Biden', 'Hunter Biden'],
    ['بشار الأسد', 'ماهر الأسد'],
    ['Donald Trump', 'Melania Trump'],
  ]) assert.ok(!finds(filed!, asked!), `${asked} does not find ${filed}`);
});
