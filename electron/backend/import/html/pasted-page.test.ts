// A pasted page versus a pasted passage (issue 14): "select all" on a news page brings its
// navigation, ad and footer, which the paste must drop as a file import does, without repeating
// the headline; a plain selection keeps every line the user chose. Through dispatch, real store.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dispatchLibrary } from '../../dispatch-library.fixture.js';
import { isPastedPage } from './pasted-page.js';

// Written for this test; not from any publication.
const HEADLINE = 'افتتاح سوق الكتاب السنوي في الساحة القديمة';
const PARAGRAPHS = [
  'افتتح محافظ المدينة صباح اليوم سوق الكتاب السنوي في الساحة القديمة بمشاركة أربعين دار نشر من مختلف المحافظات.',
  'وقال المحافظ في كلمته إن السوق سيبقى مفتوحا عشرة أيام، وإن الدخول مجاني للطلاب وكبار السن طوال فترة المعرض.',
  'وأضاف منظمو السوق أن برنامج هذا العام يتضمن أمسيات شعرية وورشا للأطفال وندوات عن ترجمة الأدب.',
];
const PAGE = `<html><body><!--StartFragment--><header class="site-header"><a href="/">جريدة المرفأ</a></header>
<nav class="main-nav"><ul><li><a href="/">الرئيسية</a></li><li><a href="/local">محليات</a></li><li><a href="/sport">رياضة</a></li></ul></nav>
<div class="ad-slot">اشترك الآن واحصل على خصم</div>
<article><h1>${HEADLINE}</h1>
<p class="date">الأحد 12 تشرين الأول 2025</p>
${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}</article>
<footer class="site-footer"><p>جميع الحقوق محفوظة لجريدة المرفأ</p><a href="/about">من نحن</a></footer><!--EndFragment--></body></html>`;
const PAGE_CHROME = ['جريدة المرفأ', 'الرئيسية', 'رياضة', 'اشترك الآن', 'جميع الحقوق', 'من نحن'];

const open = () => dispatchLibrary({ prefix: 'paste' });

test('isPastedPage: page furniture or boilerplate classes mark a page; bare paragraphs do not', () => {
  assert.equal(isPastedPage(PAGE), true);
  assert.equal(isPastedPage('<div id="share-bar">x</div><p>text</p>'), true);
  assert.equal(isPastedPage('<h1>Title</h1><p class="lead">One.</p><p>Two.</p>'), false);
  assert.equal(isPastedPage('<p>The header of the report said so.</p>'), false, 'the word in text is not a tag');
});

test('a pasted page keeps only the article: no navigation, ad or footer, the headline once', async () => {
  const t = await open();
  const r = await t.call('importText', { text: 'ignored when HTML is given', html: PAGE });
  const clip = await t.call('getClip', { id: r.items[0]!.id });
  assert.equal(clip.title, HEADLINE);
  assert.equal(clip.publishedAt, '2025-10-12');
  for (const p of PARAGRAPHS) assert.ok(clip.body.includes(p), p);
  for (const chrome of PAGE_CHROME) assert.ok(!clip.body.includes(chrome), `"${chrome}" left in the body:\n${clip.body}`);
  assert.ok(!clip.body.includes(HEADLINE), 'the headline is the title, not repeated in the body');
  assert.equal(clip.sourceFile, 'pasted text');
  await t.close();
});

test('a pasted passage (no page structure) keeps every line, even a short one', async () => {
  const t = await open();
  const html = `<p>${PARAGRAPHS[0]}</p><p>قصير.</p><ul><li>بند أول</li><li>بند ثان</li></ul>`;
  const r = await t.call('importText', { text: 'x', html });
  const clip = await t.call('getClip', { id: r.items[0]!.id });
  assert.equal(`${clip.title}\n${clip.body}`.includes('قصير.'), true);
  assert.match(clip.body, /بند أول[\s\S]*بند ثان/);
  await t.close();
});
