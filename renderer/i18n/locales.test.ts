// Every UI language carries every key of en.ts, plural entries where English has them (with the
// language's own categories), and the same {placeholders}, so no screen falls back or shows a
// raw "{name}". Russian needs one / few / many (1 клип, 2 клипа, 5 клипов).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ar } from './ar.js';
import { en } from './en.js';
import { ru } from './ru.js';

const TABLES = { ar, ru } as const;
const holes = (s: string): string[] => [...new Set(s.match(/\{\w+\}/g) ?? [])].sort();
const texts = (v: unknown): string[] => (typeof v === 'string' ? [v] : Object.values(v as Record<string, string>));

test('every locale has exactly the keys of en.ts', () => {
  const keys = Object.keys(en).sort();
  for (const [name, table] of Object.entries(TABLES)) assert.deepEqual(Object.keys(table).sort(), keys, name);
});

test('plural entries stay plural, with the categories each language needs', () => {
  const needs = { ar: ['one', 'other'], ru: ['one', 'few', 'many', 'other'] } as const;
  for (const [key, value] of Object.entries(en)) {
    if (typeof value === 'string') continue;
    for (const [name, table] of Object.entries(TABLES)) {
      const entry = (table as Record<string, unknown>)[key];
      assert.equal(typeof entry, 'object', `${name}.${key} is plural`);
      for (const form of needs[name as keyof typeof needs]) assert.ok((entry as Record<string, string>)[form], `${name}.${key}.${form}`);
    }
  }
});

test('Russian fills the same placeholders as English (a count may be spelt out)', () => {
  for (const [key, value] of Object.entries(en)) {
    const want = holes(texts(value).join(' ')).filter((h) => h !== '{n}');
    for (const text of texts((ru as Record<string, unknown>)[key])) {
      for (const hole of holes(text)) assert.ok(holes(texts(value).join(' ')).includes(hole), `ru.${key} has unknown ${hole}`);
      for (const hole of want) assert.ok(text.includes(hole), `ru.${key} lacks ${hole}: ${text}`);
    }
  }
});
