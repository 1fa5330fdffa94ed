import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMatcher, editDistance } from './matcher.js';
import { parseQuery } from './query.js';
import { highlightAll, makeSnippet, quoteSnippet } from './snippet.js';

const marked = (s: { text: string; highlights: { start: number; end: number }[] }) =>
  s.highlights.map((h) => s.text.slice(h.start, h.end));

test('a misspelt name highlights the whole raw word, tashkeel included', () => {
  const raw = 'قَالَ وَزِيرُ الخَارِجِيَّةِ الرُّوسِيُّ سِيرْغِي لَافْرُوف إنَّ بلاده ملتزمة.';
  const s = makeSnippet(raw, createMatcher(parseQuery('لافرف'), {}, false), {});
  assert.deepEqual(marked(s), ['لَافْرُوف']);
});

test('clitics, hamza and ى/ي variants highlight the word as written', () => {
  const raw = 'وأكد الشيبانيُّ أن وروسيا ستدعم مسؤولي الحكومة.';
  const s = makeSnippet(raw, createMatcher(parseQuery('الشيبانى روسيا مسوول'), {}, false), {});
  assert.deepEqual(marked(s), ['الشيبانيُّ', 'وروسيا', 'مسؤولي']);
});

test('a phrase highlights as one span across its words', () => {
  const raw = 'التقى وزير الخارجية الروسي سيرغي لافروف نظيره.';
  const s = makeSnippet(raw, createMatcher(parseQuery('«سيرغى لافروف»'), {}, false), {});
  assert.deepEqual(marked(s), ['سيرغي لافروف']);
});

test('a long body is cut to a window around the matches, with ellipses and shifted offsets', () => {
  const raw = `${'كلام عام عن الطقس والرياضة. '.repeat(40)}\nوقال لافروف في موسكو إن المحادثات كانت بناءة.\n${'نص آخر بعيد. '.repeat(40)}`;
  const s = makeSnippet(raw, createMatcher(parseQuery('لافروف موسكو'), {}, false), {});
  assert.ok(s.text.startsWith('…') && s.text.endsWith('…'));
  assert.ok(s.text.length <= 260, `window is short (${s.text.length})`);
  assert.deepEqual(marked(s), ['لافروف', 'موسكو']);
  assert.ok(!s.text.includes('\n'));
});

test('no match gives the opening of the text without highlights', () => {
  const s = makeSnippet('Short English body.', createMatcher(parseQuery('zzz'), {}, false), {});
  assert.deepEqual(s, { text: 'Short English body.', highlights: [] });
});

test('the word being typed matches by prefix', () => {
  const spans = highlightAll('Лавров встретился с Шейбани', createMatcher(parseQuery('лав'), {}, true), {});
  assert.deepEqual(spans, [{ start: 0, end: 6 }]);
});

test('edit distance gives up past the limit', () => {
  assert.equal(editDistance('لافروف', 'لافرف', 1), 1);
  assert.equal(editDistance('kitten', 'sitting', 2), 3);
  assert.equal(editDistance('abc', 'abcdef', 1), 2);
});

test('a match deep in a long body gets its window, offsets shifted right, words never cut', () => {
  const filler = 'كلام عام عن الطقس والرياضة. '.repeat(2_000);
  const raw = `${filler}وقال لَافْرُوف في موسكو إن المحادثات بناءة. ${filler}وعاد لافروف إلى موسكو.`;
  const s = makeSnippet(raw, createMatcher(parseQuery('لافروف موسكو'), {}, false), {});
  assert.ok(s.text.startsWith('…') && s.text.endsWith('…'));
  assert.deepEqual(marked(s), ['لَافْرُوف', 'موسكو']);
  assert.ok(s.text.includes('وقال لَافْرُوف في موسكو'), s.text);
  assert.ok(!/^…\S*[^ ]كلام/.test(s.text) && /^…(كلام|عام|عن|الطقس|والرياضة\.)/.test(s.text), s.text.slice(0, 40));
});

test('without a scan the snippet is the opening, still highlighting a match there', () => {
  const far = `${'خبر عن الطقس في دمشق اليوم. '.repeat(40)}ثم قال لافروف كلمته.`;
  const m = createMatcher(parseQuery('لافروف'), {}, false);
  assert.deepEqual(marked(makeSnippet(far, m, {})), ['لافروف']);
  const opening = makeSnippet(far, m, {}, undefined, false);
  assert.ok(opening.text.startsWith('خبر عن الطقس'));
  assert.deepEqual(marked(opening), []);
  const near = 'لافروف في دمشق. ' + far;
  assert.deepEqual(marked(makeSnippet(near, m, {}, undefined, false)), ['لافروف']);
});

test('a speaker: hit shows the quote itself, highlighted whole, with a little lead-in', () => {
  const lead = 'افتتح الوزير المؤتمر صباح اليوم في العاصمة بحضور عدد من السفراء. ';
  const quote = 'سنواصل العمل مع جيراننا على أمن الحدود';
  const raw = `${lead}وقال الوزير: "${quote}" ثم غادر القاعة. ${'وتابع المؤتمر أعماله. '.repeat(20)}`;
  const start = raw.indexOf(quote);
  const s = quoteSnippet(raw, start, start + quote.length);
  assert.equal(s.highlights.length, 1);
  assert.equal(s.text.slice(s.highlights[0]!.start, s.highlights[0]!.end), quote);
  assert.ok(s.text.startsWith('…') && s.text.endsWith('…'), s.text);
  const long = quoteSnippet(raw, 0, raw.length);
  assert.ok(long.text.length <= 240, `${long.text.length}`);
  assert.equal(long.highlights[0]!.start, 0);
});
