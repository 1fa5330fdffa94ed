// tokenize and countWords read characters through a class table for speed: they must give exactly
// what the TOKEN regex and /[\p{L}\p{N}]+/gu give, on every character, mark, joiner, space and
// surrogate, so a change to TOKEN that the scanner does not follow fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countWords, tokenize, tokenPattern } from './tokens.js';

/** The tokens TOKEN itself gives: [raw, start] from `from`, while the start is before `to`. */
function byRegex(text: string, from = 0, to = text.length): [string, number][] {
  const re = tokenPattern();
  const out: [string, number][] = [];
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < to) out.push([m[0], m.index]);
  return out;
}
const scanned = (text: string, from?: number, to?: number): [string, number][] =>
  tokenize(text, from, to).map((t) => {
    assert.equal(t.end, t.start + t.raw.length);
    return [t.raw, t.start];
  });
const regexWords = (text: string): number => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

// Letters (Arabic, Latin, Cyrillic, CJK, upper and lower case), marks, digits, every joiner,
// spaces of several kinds (line break, NBSP, BOM), punctuation, an astral letter, an emoji and
// both halves of a surrogate pair alone.
const ALPHABET = ['a', 'Z', 'é', 'ж', 'Ж', 'ب', 'ال', 'ة', '\u064e', '\u0651', '\u0670', '\u0640', '٣', '3', "'", '’', '-', '.', ',', '،', ':', ' ', '\n', '\t', '\u00a0', '\ufeff', '\u2028', '\u3000', '«', '»', '"', '“', '(', '%', '一', 'ⅷ', '\u0301', '\u200c', '\u200b', '𝐀', '😀', '\ud800', '\udc00'];

/** Deterministic strings over ALPHABET (a linear congruential generator, so failures repeat). */
function* strings(count: number, seed: number): Generator<string> {
  let s = seed;
  const next = () => (s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let k = 0; k < count; k++) {
    let out = '';
    const length = 1 + Math.floor(next() * 14);
    for (let j = 0; j < length; j++) out += ALPHABET[Math.floor(next() * ALPHABET.length)];
    yield out;
  }
}

test('tokenize gives exactly the TOKEN regex matches', () => {
  for (const text of strings(30_000, 7)) {
    assert.deepEqual(scanned(text), byRegex(text), JSON.stringify(text));
    const from = Math.floor(text.length / 3);
    assert.deepEqual(scanned(text, from, from + 4), byRegex(text, from, from + 4), JSON.stringify(text));
  }
});

test('tokenize agrees with TOKEN on every BMP unit, alone and between words', () => {
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    for (const text of [ch, `ab${ch}cd`, `ال.${ch}`, `Ab ${ch}\nZ`]) assert.deepEqual(scanned(text), byRegex(text), `U+${c.toString(16)}`);
  }
});

test('tokenize reads a real sentence as words and marks', () => {
  const text = 'قال الوزير محمد بن سلمان: «نعم»، ثم U.S. rbc.ua 3.5 it’s well-known.\nNext';
  assert.deepEqual(scanned(text), byRegex(text));
  assert.deepEqual(tokenize('قال الوزير:').map((t) => [t.raw, t.word]), [['قال', true], ['الوزير', true], [':', false]]);
});

test('a dot beside an Arabic letter ends the word (a missing space, an abbreviation); digits keep theirs', () => {
  const raws = (text: string) => tokenize(text).map((t) => t.raw);
  assert.deepEqual(raws('انتهت الجلسة.وقال الوزير'), ['انتهت', 'الجلسة', '.', 'وقال', 'الوزير']);
  assert.deepEqual(raws('(م.ع) و د.سلمى و ٣.٥ و 3.5 و rbc.ua'), ['(', 'م', '.', 'ع', ')', 'و', 'د', '.', 'سلمى', 'و', '٣.٥', 'و', '3.5', 'و', 'rbc.ua']);
});

test('countWords counts the runs of letters and digits, as the regex does', () => {
  for (const text of strings(30_000, 11)) assert.equal(countWords(text), regexWords(text), JSON.stringify(text));
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    for (const text of [ch, `a${ch}b`, ` ${ch}\u064e`]) assert.equal(countWords(text), regexWords(text), `U+${c.toString(16)}`);
  }
  assert.equal(countWords('قالَ الوزيرُ إنّ 2024 عامٌ'), regexWords('قالَ الوزيرُ إنّ 2024 عامٌ'));
});
