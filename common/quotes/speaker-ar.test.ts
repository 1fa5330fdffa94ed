// Unit tests for arSpeakerAt's memo: a reading is reused only while the known name words are the
// same, and read again once they grow (sentences written for this test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { arName } from './name-ar.js';
import { arSpeakerAt } from './speaker-ar.js';
import type { KnownWords } from './speaker-ref.js';
import { tokenize } from './tokens.js';
import { foldKey } from '../text/normalize.js';

/** A known-words test whose generation is the size of its word set, as the resolver's is. */
function knownWords(words: Set<string>): KnownWords {
  return Object.defineProperty((f: string) => words.has(f), 'generation', { get: () => words.size });
}

const body = 'وأكد الوزير سامي خالد بلحاج الموقف نفسه';
const at = (toks: ReturnType<typeof tokenize>) => toks.findIndex((t) => t.raw === 'الوزير');

test('an unknown word glued to ب after a full name ends it; once known, the same position reads it in', () => {
  const toks = tokenize(body);
  const words = new Set<string>();
  const known = knownWords(words);
  const before = arSpeakerAt(body, toks, at(toks), known);
  assert.equal(before?.kind === 'name' && before.text, 'سامي خالد');
  assert.equal(arSpeakerAt(body, toks, at(toks), known), before, 'same words: the reading is reused');
  words.add(foldKey('بلحاج'));
  const after = arSpeakerAt(body, toks, at(toks), known);
  assert.equal(after?.kind === 'name' && after.text, 'سامي خالد بلحاج');
});

test('a reading made without known words is never reused for a caller that has them', () => {
  const toks = tokenize(body);
  assert.equal(arSpeakerAt(body, toks, at(toks))?.kind, 'name');
  const named = arSpeakerAt(body, toks, at(toks), knownWords(new Set([foldKey('بلحاج')])));
  assert.equal(named?.kind === 'name' && named.text, 'سامي خالد بلحاج');
});

test('an office followed by the holder’s own occasion (في جولته …) names no one inside that phrase', () => {
  const text = 'ويرافق الوزير الأول وزير الطاقة في جولته الميدانية بمحافظة الساحل وفد حكومي يتكون من وزراء النقل';
  const toks = tokenize(text);
  const ref = arSpeakerAt(text, toks, toks.findIndex((t) => t.raw === 'الوزير'));
  assert.equal(ref?.kind, 'title');
  assert.equal(ref?.text, 'الوزير الأول وزير الطاقة');
});

test('"رد فعل الحزب" (the party’s reaction) names nobody: فعل never opens a name', () => {
  const text = 'رد فعل الوحدة والتقدم لم يتأخر بعد نشر الخبر';
  const toks = tokenize(text);
  const ref = arSpeakerAt(text, toks, 1);
  assert.notEqual(ref?.kind, 'name', JSON.stringify(ref));
});

test('"أيمن القاضي وممدوح عبد السلام": a family name after a given name is no honorific, and a name behind و opens no name', () => {
  const text = 'وسكرتارية أيمن القاضي وممدوح عبد السلام';
  const toks = tokenize(text);
  const ref = arSpeakerAt(text, toks, toks.findIndex((t) => t.raw === 'القاضي'));
  assert.ok(!(ref?.kind === 'name' && ref.text.startsWith('وممدوح')), JSON.stringify(ref));
  const w = toks.findIndex((t) => t.raw === 'وممدوح');
  assert.equal(arName(toks, w), w);
});

test('"وفد وزاري يتشكل من …": an imperfect of the تفعّل forms ends a name after its first part', () => {
  const toks = tokenize('وفد وزاري يتشكل من وزراء النقل');
  assert.equal(arName(toks, 1), 2);
});

test('"رئيس المجلس موافقة الأعضاء على …": a construct noun joins a title only before a given name, not before على', () => {
  const text = 'أعلن رئيس المجلس البلدي موافقة الأعضاء على الخطة، ورفع الجلسة إلى الغد';
  const toks = tokenize(text);
  const ref = arSpeakerAt(text, toks, toks.findIndex((t) => t.raw === 'رئيس'));
  assert.ok(!(ref?.kind === 'name' && (ref.title ?? '').includes('موافقة')), JSON.stringify(ref));
  const goal = 'قال حارس مرمى الفريق علي نصار:';
  const gt = tokenize(goal);
  const g = arSpeakerAt(goal, gt, gt.findIndex((t) => t.raw === 'حارس'));
  assert.deepEqual(g?.kind === 'name' && [g.text, g.title], ['علي نصار', 'حارس مرمى الفريق']);
});
