// decodeText over the encoded fixtures (data/fixtures/import): every code page issue 3 names is
// told apart and decoded to the exact source text; binary bytes are refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { decodeText, NotTextError } from './decode.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../data/fixtures/import/${name}`, import.meta.url)));
const source = (name: string) => readFileSync(new URL(`../../../data/fixtures/import-src/${name}`, import.meta.url), 'utf8');

test('legacy Arabic and Russian code pages are detected and decoded exactly', () => {
  const cases: [string, string, string][] = [
    ['arabic-windows-1256.txt', 'windows-1256', source('market-page-1256.txt').replace(/\n/g, '\r\n')],
    ['arabic-iso-8859-6.txt', 'iso-8859-6', source('weather-8859-6.txt')],
    ['russian-windows-1251.txt', 'windows-1251', source('theatre-1251.txt')],
    ['russian-koi8-r.txt', 'koi8-r', source('russian-story.txt').replace(/[–—]/g, '-').replace(/[«»]/g, '"')],
  ];
  for (const [file, encoding, text] of cases) {
    const got = decodeText(fixture(file));
    assert.equal(got.encoding, encoding, file);
    assert.equal(got.text, text, file);
  }
});

test('UTF-16 with a BOM and without one (by its NUL/high-byte pattern), UTF-8 with a BOM', () => {
  const le = decodeText(fixture('english-utf16le-bom.txt'));
  assert.equal(le.encoding, 'utf-16le');
  assert.equal(le.text, source('ferry-utf16le.txt'));
  const be = decodeText(fixture('arabic-utf16be-nobom.txt'));
  assert.equal(be.encoding, 'utf-16be');
  assert.equal(be.text, source('school-utf16be.txt'));
  const bom = decodeText(fixture('agency-story-exact-copy.txt'));
  assert.equal(bom.encoding, 'utf-8');
  assert.ok(bom.text.startsWith('افتتاح محطة'), 'the BOM is not part of the text');
});

test('a declared charset is honoured; a wrong UTF-8 declaration falls back to detection', () => {
  const bytes = new TextEncoder().encode('Привет, мир');
  assert.equal(decodeText(bytes, 'utf-8').text, 'Привет, мир');
  const cp1251 = fixture('russian-windows-1251.txt');
  assert.equal(decodeText(cp1251, 'windows-1251').encoding, 'windows-1251');
  assert.equal(decodeText(cp1251, 'utf-8').encoding, 'windows-1251');
});

test('binary data is not text', () => {
  assert.throws(() => decodeText(fixture('not-really-text.txt')), NotTextError);
  assert.throws(() => decodeText(Uint8Array.from([0, 1, 2, 3, 0, 0, 7, 8, 0xff, 0xfe, 0, 0])), NotTextError);
});
