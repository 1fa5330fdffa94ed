// Tests for classifying a drag from a browser: files, selected text or HTML, a bare link.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyDrop, visibleText } from './dropped-text.js';

const none = { types: [], html: '', text: '', uriList: '' };
// Written for this test; not from any publication.
const PARA = 'قالت البلدية إن أعمال صيانة الجسر القديم ستبدأ الأسبوع المقبل وتستمر شهرين، وإن حركة السير ستحول إلى الطريق الساحلي طوال تلك الفترة، مع لافتات إرشادية عند كل مدخل من مداخل المدينة.';

test('files win over anything else the drag carries', () => {
  assert.deepEqual(classifyDrop({ ...none, types: ['Files', 'text/plain'], text: 'x' }), { kind: 'files' });
});

test('selected text, with or without its HTML, is a clip', () => {
  assert.deepEqual(classifyDrop({ ...none, types: ['text/plain'], text: PARA }), { kind: 'text', text: PARA });
  const html = `<meta charset="utf-8"><p>${PARA}</p>`;
  assert.deepEqual(classifyDrop({ ...none, types: ['text/html', 'text/plain'], html, text: PARA }), { kind: 'text', text: PARA, html });
  assert.deepEqual(classifyDrop({ ...none, types: ['text/html'], html }), { kind: 'text', text: PARA, html });
  // A short selection without a link is still text the person chose to drop.
  assert.equal(classifyDrop({ ...none, types: ['text/plain'], text: 'جملة قصيرة' }).kind, 'text');
});

test('a dragged link, or an address alone, is link-only', () => {
  const url = 'https://news.example.org/2026/12/bridge';
  const link = { types: ['text/uri-list', 'text/plain', 'text/html'], uriList: `# comment\n${url}`, text: url, html: `<a href="${url}">Bridge repairs to start next week</a>` };
  assert.deepEqual(classifyDrop(link), { kind: 'link-only', url });
  assert.deepEqual(classifyDrop({ ...none, types: ['text/plain'], text: ` ${url} ` }), { kind: 'link-only', url });
});

test('a link dragged together with the article text is a clip', () => {
  const url = 'https://news.example.org/2026/12/bridge';
  const html = `<a href="${url}">الجسر</a><p>${PARA}</p><p>${PARA}</p>`;
  assert.equal(classifyDrop({ types: ['text/uri-list', 'text/html'], uriList: url, html, text: '' }).kind, 'text');
});

test('nothing in the drag', () => {
  assert.deepEqual(classifyDrop({ ...none, types: ['text/plain'], text: '  ' }), { kind: 'none' });
  assert.equal(visibleText('<style>p{}</style><p>a&nbsp;b</p><script>x()</script>'), 'a b');
});
