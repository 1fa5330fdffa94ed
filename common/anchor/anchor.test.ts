// Re-anchoring passages after the body changes: shifts, edits in the context, repeats told apart
// by context and position, fuzzy edits, orphans, and grapheme snapping (harakat stay attached).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { anchorSelectors } from './anchor.js';
import { describeSpan, CONTEXT_CHARS } from './selectors.js';
import { snapToGraphemes } from './graphemes.js';

const SEED = readFileSync(new URL('../../data/syria-russia-new-phase.txt', import.meta.url), 'utf8');
const QUOTE = 'نطمح إلى إقامة علاقات متوازنة مع جميع الدول';

const select = (body: string, quote: string, nth = 0) => {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = body.indexOf(quote, at + 1);
  assert.ok(at >= 0, `quote ${quote} #${nth} is in the body`);
  const sel = describeSpan(body, at, at + quote.length);
  assert.ok(sel);
  return sel;
};

test('describeSpan takes the quote and 32 units of context each side', () => {
  const sel = select(SEED, QUOTE);
  assert.equal(sel.exact, QUOTE);
  assert.equal(sel.prefix.length, CONTEXT_CHARS);
  assert.equal(sel.suffix.length, CONTEXT_CHARS);
  assert.equal(SEED.slice(sel.start - CONTEXT_CHARS, sel.end + CONTEXT_CHARS), sel.prefix + QUOTE + sel.suffix);
});

test('same body: anchored by position without a search', () => {
  const sel = select(SEED, QUOTE);
  assert.deepEqual(anchorSelectors(SEED, sel, true), { status: 'anchored', method: 'position', start: sel.start, end: sel.end, moved: false });
});

// Each case edits the body; `expect` is where the quote should land in the edited body.
const SHIFTS: [string, (b: string, s: { start: number; end: number }) => string][] = [
  ['text inserted before', (b) => `عاجل: ${'تحديث '.repeat(40)}\n${b}`],
  ['text deleted before', (b) => b.slice(200)],
  ['a word changed inside the prefix', (b, s) => `${b.slice(0, s.start - 10)}الرسميّة ${b.slice(s.start - 4)}`],
  ['the suffix rewritten', (b, s) => `${b.slice(0, s.end)}، وقال أيضاً شيئاً آخر تماماً${b.slice(s.end + 20)}`],
];
for (const [name, edit] of SHIFTS) {
  test(`re-anchors after ${name}: anchored, moved to the quote's new offset`, () => {
    const sel = select(SEED, QUOTE);
    const body = edit(SEED, sel);
    const a = anchorSelectors(body, sel, false);
    assert.equal(a.status, 'anchored');
    assert.equal(body.slice(a.start, a.end), QUOTE);
    assert.equal(a.start, body.indexOf(QUOTE));
  });
}

test('ambiguous repeats: the occurrence with the matching context wins', () => {
  const body = `قال الوزير في دمشق إن التعاون مستمر. ثم ${'حشو '.repeat(30)}قال الوزير في موسكو إن التعاون مستمر.`;
  const second = select(body, 'إن التعاون مستمر', 1);
  // Shift everything so positions alone would point at neither occurrence.
  const shifted = `مقدمة قصيرة. ${body}`;
  const a = anchorSelectors(shifted, second, false);
  assert.equal(a.status, 'anchored');
  assert.equal(a.start, shifted.lastIndexOf('إن التعاون مستمر'));
});

test('ambiguous repeats with identical context: the one nearest the old position wins', () => {
  const unit = 'الجملة نفسها تتكرر هنا بالضبط. ';
  const body = unit.repeat(6);
  const sel = select(body, 'تتكرر', 4);
  const a = anchorSelectors(body, sel, false);
  assert.equal(a.start, sel.start);
});

test('edited inside the quote: drifted, re-attached to the edited passage', () => {
  const sel = select(SEED, QUOTE);
  const body = SEED.replace('علاقات متوازنة', 'علاقات متكافئة');
  const a = anchorSelectors(body, sel, false);
  assert.equal(a.status, 'drifted');
  assert.equal(a.method, 'fuzzy');
  const at = body.indexOf('نطمح إلى إقامة علاقات متكافئة');
  assert.ok(Math.abs(a.start - at) <= 1 && Math.abs(a.end - (at + QUOTE.length)) <= 1, `${a.start}-${a.end} vs ${at}`);
});

test('the passage removed: orphaned, never dropped, offsets clamped to the body', () => {
  const sel = select(SEED, QUOTE);
  const body = SEED.replace(/“نطمح[^”]*”/, '').slice(0, sel.start);
  const a = anchorSelectors(body, sel, false);
  assert.equal(a.status, 'orphaned');
  assert.equal(a.method, 'none');
  assert.ok(a.end <= body.length && a.start <= a.end);
});

test('a rewritten passage is orphaned rather than attached to an unrelated sentence', () => {
  const sel = select(SEED, QUOTE);
  const body = SEED.replace(QUOTE, 'وهذه جملة مختلفة كلياً عن الأصل ولا تشبهه');
  assert.equal(anchorSelectors(body, sel, false).status, 'orphaned');
});

test('grapheme snapping keeps harakat with their letter and surrogate pairs whole', () => {
  const text = 'قَالَ الوَزِيرُ 👍🏽 نعم';
  // An end between «ل» and its fatha moves past the fatha; a start inside a mark moves back.
  const lam = text.indexOf('لَ');
  assert.deepEqual(snapToGraphemes(text, 0, lam + 1), { start: 0, end: lam + 2 });
  assert.deepEqual(snapToGraphemes(text, 1, 2), { start: 0, end: 2 });
  const emoji = text.indexOf('👍');
  const s = snapToGraphemes(text, emoji + 1, emoji + 3);
  assert.deepEqual(s, { start: emoji, end: emoji + 4 });
  assert.equal(describeSpan(text, lam, lam + 1)!.exact, 'لَ');
  assert.equal(describeSpan(text, 5, 5), null);
});
