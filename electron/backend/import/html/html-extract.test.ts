// extractHtml over the saved-page fixtures: metadata from meta/JSON-LD/<time>/text, navigation,
// ads and comments gone, «اقرأ أيضا» blocks kept apart at the end, headings and list items as
// structure lines, and nothing from the hostile page (scripts, handlers, frames) surviving.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseBlocks } from '../../../../common/text/structure.js';
import { decodeText } from '../decode.js';
import { extractHtml } from './html-extract.js';
import { sanitizeToHtml } from './purify.js';

const page = (name: string, charset?: string) =>
  decodeText(new Uint8Array(readFileSync(new URL(`../../../../data/fixtures/import/${name}`, import.meta.url))), charset).text;
const kinds = (body: string) => parseBlocks(body).map((b) => [b.kind, body.slice(b.start, b.end)]);

test('an Arabic news page: metadata, clean body, subheadings, list items, related links last', () => {
  const a = extractHtml(page('arabic-news-page.html'));
  assert.equal(a.title, 'افتتاح محطة جديدة لتحلية المياه في اللاذقية');
  assert.equal(a.source, 'شبكة الساحل الإخبارية');
  assert.equal(a.url, 'https://sahel-news.example/ar/local/2025/10/22/desalination-plant');
  assert.equal(a.author, 'سلمى الحداد');
  assert.equal(a.publishedAt, '2025-10-22T09:15:00+03:00');
  assert.ok(a.body.startsWith('افتتحت وزارة الموارد المائية صباح اليوم'), a.body.slice(0, 80));
  for (const junk of ['الرئيسية', 'إعلان', 'عاجل', 'أبو محمد', 'التعليقات', 'الأكثر قراءة', 'جميع الحقوق', 'شارك على', 'أرسل تعليقك', 'وسوم']) {
    assert.ok(!a.body.includes(junk), `"${junk}" is page furniture, not article text`);
  }
  const blocks = kinds(a.body);
  assert.deepEqual(blocks.filter(([k]) => k === 'subheading').map(([, t]) => t), ['تفاصيل المشروع:', 'معاناة السكان:']);
  assert.deepEqual(blocks.filter(([k]) => k === 'list-item').map(([, t]) => t), [
    '• خطان لتحلية المياه بتقنية التناضح العكسي',
    '• خزان رئيسي بسعة عشرين ألف متر مكعب',
    '• شبكة أنابيب جديدة بطول خمسة وثلاثين كيلومتراً',
  ]);
  assert.deepEqual(blocks.slice(-3), [
    ['related-link', 'اقرأ أيضا: جدول جديد لتوزيع المياه في أحياء اللاذقية الشرقية'],
    ['related-link', 'اقرأ أيضا: بدء أعمال صيانة سد طرطوس قبل موسم الأمطار'],
    ['related-link', 'اقرأ أيضا: ارتفاع عدد مشاريع الطاقة الشمسية في الساحل'],
  ]);
  assert.equal(blocks.filter(([k]) => k === 'related-link').length, 3, 'no related link inside the article');
  assert.deepEqual(a.related[1], { title: 'بدء أعمال صيانة سد طرطوس قبل موسم الأمطار', url: 'https://sahel-news.example/ar/local/2025/10/01/tartus-dam' });
});

test('a windows-1256 page: its meta charset is honoured, the date and author come from the dateline', () => {
  const a = extractHtml(page('market-page-windows-1256.html', 'windows-1256'));
  assert.equal(a.title, 'أسعار الخضار ترتفع في أسواق حلب مع بداية الشتاء');
  assert.equal(a.source, 'الشهباء اليوم');
  assert.equal(a.url, 'https://www.shahba-today.example/news/aleppo-markets-winter');
  assert.equal(a.publishedAt, '2025-11-06');
  assert.equal(a.author, 'كريم العلي');
  assert.ok(a.body.includes('ارتفاعاً ملحوظاً في الأسعار'));
  assert.ok(!a.body.includes('تخفيضات كبرى') && !a.body.includes('الله يعين'), 'banner and comments are gone');
  assert.deepEqual(kinds(a.body).filter(([k]) => k === 'related-link').map(([, t]) => t), ['مواضيع ذات صلة: تعديل سعر ربطة الخبز', 'مواضيع ذات صلة: توزيع مازوت التدفئة']);
});

test('a windows-1251 Russian page: «Читайте также» goes last, the list keeps its items', () => {
  const a = extractHtml(page('russian-page-windows-1251.html', 'windows-1251'));
  assert.equal(a.title, 'В Казани открылся новый мост через Казанку');
  assert.equal(a.source, 'Волжские вести');
  assert.equal(a.author, 'Ирина Соколова');
  assert.equal(a.publishedAt, '2025-10-22');
  const blocks = kinds(a.body);
  assert.deepEqual(blocks.at(-1), ['related-link', 'Читайте также: В Казани продлят вторую линию метро']);
  assert.equal(blocks.filter(([k]) => k === 'list-item').length, 3);
  assert.deepEqual(blocks.find(([k]) => k === 'subheading'), ['subheading', 'Подробности проекта:']);
  assert.ok(!a.body.includes('Реклама') && !a.body.includes('наконец-то'));
});

test('a hostile page: no script, handler, frame, form or remote resource survives', () => {
  const raw = page('hostile-page.html');
  const a = extractHtml(raw);
  assert.equal(a.title, 'Harbour authority approves new ferry timetable');
  assert.ok(a.body.includes('adding two early crossings'));
  assert.ok(a.body.includes('on the notice board'), 'the text of a javascript: link is kept, the link is not');
  assert.doesNotMatch(a.body, /alert|evil\.example|password|javascript:|svg link/i);
  const clean = sanitizeToHtml(raw);
  assert.doesNotMatch(clean, /<(script|iframe|object|embed|form|input|button|style|link|meta|base|img|svg|math|video|template)\b/i);
  assert.doesNotMatch(clean, /\son\w+\s*=/i, 'no event handler attribute');
  assert.doesNotMatch(clean, /javascript:|evil\.example\/(?!timetable)|fonts\.evil|url\(/i);
  assert.match(clean, /href="https:\/\/harbour\.example\/timetable"/, 'an ordinary link stays a link');
});
