// The entity gate: a phrase after a cue speaks only when it is one of the article's people or
// organisations. Sentences written for this test (none from published articles or eval sets).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitPlainText } from '../text/plain-text.js';
import { parseBlocks } from '../text/structure.js';
import { admit, entityShaped } from './admit.js';
import { makeContext } from './context.js';
import { scanQuoteMarks } from './quote-marks.js';
import { detectQuotes } from './index.js';

const speakers = (raw: string): [string, string | null][] => {
  const { title, body } = splitPlainText(raw);
  return detectQuotes({ title, body, blocks: parseBlocks(body), lang: 'ar' })
    .filter((q) => q.kind === 'direct')
    .map((q) => [q.text.slice(0, 12), q.speaker]);
};

const ARTICLE = `عنوان
قال وزير المالية سامي الحداد في مؤتمر صحفي: «الموازنة الجديدة تحمي الفئات الأضعف في المجتمع».
وأشاد بالاجتماع وقال: «كان اللقاء صريحا ومثمرا إلى أبعد الحدود».
وأضاف الحداد مخاطبا النواب: «لن نفرض ضرائب جديدة هذا العام على الإطلاق».
وقال جواد مرعي لشبكة أخبار محلية: «السوق ينتظر قرارات أوضح من الحكومة».
وأبدى مسرحيون مهتمون قلقهم من «تراجع الدعم الرسمي للمسرح المحلي بشكل كبير».
ووصف مرعي الأجواء، التي سادت الجلسة، بأنها «متوترة لكنها لم تخرج عن السيطرة أبدا».`;

test('a verb object is no speaker: the pro-drop cue keeps the speaker (وأشاد بالاجتماع وقال)', () => {
  assert.deepEqual(speakers(ARTICLE)[1], ['كان اللقاء ص', 'سامي الحداد']);
});

test('a participle or a ل-phrase after a name is cut off (الحداد مخاطبا، مرعي لشبكة …)', () => {
  const got = speakers(ARTICLE);
  assert.deepEqual(got[2], ['لن نفرض ضرائ', 'سامي الحداد']);
  assert.deepEqual(got[3], ['السوق ينتظر ', 'جواد مرعي']);
});

test('a group (مسرحيون مهتمون) leaves its quote unattributed, not given to the last speaker', () => {
  assert.deepEqual(speakers(ARTICLE)[4], ['تراجع الدعم ', null]);
});

test('a known surname ends the mention: the definite object after it is not part of the name', () => {
  assert.deepEqual(speakers(ARTICLE)[5], ['متوترة لكنها', 'جواد مرعي']);
});

test('no speaker of the article is a pronoun, preposition or plain noun', () => {
  for (const [, s] of speakers(ARTICLE)) assert.ok(s === null || /^(?:سامي الحداد|جواد مرعي)$/u.test(s), `speaker ${s}`);
});

test('an unnamed source is nobody: its quotes, and the pro-drop and المسؤول after it, are unattributed', () => {
  const got = speakers(`عنوان
قال وزير المالية فؤاد الحكيمي إن البنك «سيتخذ إجراءات رادعة خلال الأيام المقبلة».
وقال مسؤول يمني رفيع لصحيفة محلية إن الهدنة «باتت مهددة بالانهيار».
وأضاف المسؤول: «الحكومة لن تقف مكتوفة الأيدي أمام هذا التصعيد».
وتابع: «لن نسمح بانهيار العملة مهما كانت الظروف».
وقال الحكيمي: «الرواتب مؤمنة حتى نهاية العام الحالي».`);
  assert.deepEqual(got.map(([, s]) => s), ['فؤاد الحكيمي', null, null, null, 'فؤاد الحكيمي']);
});

test('a verbal noun with a pronoun, a passive verb or a preposition phrase is no speaker', () => {
  const got = speakers(`عنوان
قال وزير النقل سامر الخطيب إن «المشروع سيكتمل قبل نهاية العام الحالي».
وختم الخطيب كلمته بتأكيده أن «الطريق سيفتح أمام الجميع بلا رسوم إضافية».
وقال الخطيب لجيش الاحتلال: «نحن لا نخاف من التهديدات المتكررة أبدا».
وأضاف أنه تمت مناقشة «خطة النقل الجديدة بكل تفاصيلها مع الشركاء».`);
  assert.deepEqual(got.map(([, s]) => s), ['سامر الخطيب', 'سامر الخطيب', 'سامر الخطيب', 'سامر الخطيب']);
});

test('Russian: a sentence-initial conjunction or a Latin brand name is no speaker', () => {
  const { title, body } = splitPlainText(`Заголовок
"Работы идут по графику, задержек нет", - сказал министр транспорта Олег Санин.
"Это очень важный объект для региона", - отметил Санин. Boeing "пока не прокомментировал эти сроки", - сказал он.`);
  const got = detectQuotes({ title, body, blocks: parseBlocks(body), lang: 'ru' }).filter((q) => q.kind === 'direct');
  assert.deepEqual(got.map((q) => q.speaker), ['Олег Санин', 'Олег Санин', 'Олег Санин']);
});

test('an adverb, a time word or a kinship word after a name is not part of it; a definite organisation ends at its object', () => {
  const got = speakers(`عنوان
قال رئيس الوزراء نبيل عيسى رسمياً أمام البرلمان: «سنقدم الموازنة في موعدها المحدد هذا العام».
وأعلن المخرج كمال يونس فجر اليوم أن «العرض الأول سيكون في العاصمة الشهر المقبل».
وقالت سلمى داود زوجة الطيار المفقود: «ما زلنا ننتظر أي خبر عنه منذ أيام طويلة».
وأعلنت الحركة تعيين قائد جديد وقالت: «القيادة الجديدة ستواصل الطريق نفسه دون تغيير».`);
  assert.deepEqual(got.map(([, s]) => s), ['نبيل عيسى', 'كمال يونس', 'سلمى داود', 'الحركة']);
});

test('a profession introduces a name like an office (المخرج X)', () => {
  const got = speakers(`عنوان
وقال المخرج والمؤلف رامي الشامي، في حديث للصحيفة: «المسرح يحتاج إلى دعم حقيقي من الدولة والمجتمع».`);
  assert.deepEqual(got.map(([, s]) => s), ['رامي الشامي']);
});

test('Russian: a title with a country in the genitive is an office, not a person named России', () => {
  const { title, body } = splitPlainText(`Заголовок
Президент России напомнил, что "никто не вправе использовать эту трагедию в политических целях".`);
  const got = detectQuotes({ title, body, blocks: parseBlocks(body), lang: 'ru' }).filter((q) => q.kind === 'direct');
  assert.deepEqual(got.map((q) => q.speaker), ['Президент России']);
});

test('a noun in construct with a known person (رغبة الحداد) is the object, not the speaker', () => {
  const got = speakers(`عنوان
قال وزير المالية سامي الحداد إن «الموازنة الجديدة تحمي الفئات الأضعف في المجتمع».
وأكد رغبة الحداد في الإصلاح وقال: «لن نتراجع عن هذا الطريق مهما كانت الضغوط».`);
  assert.deepEqual(got.map(([, s]) => s), ['سامي الحداد', 'سامي الحداد']);
});

test('an organisation keeps its field: ل + a noun in construct with a definite word (لحقوق الإنسان)', () => {
  const got = speakers(`عنوان
واعتبر المجلس الوطني لحقوق الإنسان أن «الاقتراع جرى في ظروف عادية وشفافة إلى حد كبير».`);
  assert.deepEqual(got.map(([, s]) => s), ['المجلس الوطني لحقوق الإنسان']);
});

// Written for this test: an object noun with its adjective, a plan, and a ب-verbal noun after the cue.
const OBJECTS = `عنوان
قالت وزيرة البيئة هالة سعيد للصحافيين: «سنزرع مليون شجرة قبل نهاية العقد الحالي».
وأكدت الوزارة في بيانها حرصه الكامل «على حماية الغابات من الحرائق كل صيف».
ويؤكد مشروع الحزام الأخضر «أن الأحزمة الخضراء تخفف حرارة المدن بشكل واضح».
وطالبت بتشجيع الشباب «على التطوع في حملات التشجير طوال السنة».`;

test('an object noun with its adjective, a plan, or a ب-verbal noun is never a speaker', () => {
  const got = speakers(OBJECTS);
  for (const [, s] of got) assert.ok(s === null || !/حرصه|مشروع|بتشجيع/u.test(s), `speaker ${s}`);
  assert.deepEqual(got[0], ['سنزرع مليون ', 'هالة سعيد']);
});

test('a speaker never starts with an indefinite verbal noun, but a given name of that shape is kept', () => {
  for (const s of ['تحقيق عدالة اجتماعية', 'إصلاح شامل', 'استقلال القضاء', 'انتخاب رئيس']) assert.equal(entityShaped(s, 'ar'), false, s);
  for (const s of ['إسلام عبد الله', 'تحسين الراوي', 'نبيلة منيب', 'وزارة التخطيط', 'اتحاد العمال']) assert.equal(entityShaped(s, 'ar'), true, s);
});

test('a pronoun-suffixed noun before a glued preposition is the object, even after an office (شكره لعضو …)', () => {
  const body = 'وقدم رئيس النادي شكره لعضو الشرف نادر النادر على وقفاته.';
  const blocks = parseBlocks(body);
  const ctx = makeContext(body, blocks, 'ar', scanQuoteMarks(body, blocks));
  const from = body.indexOf('شكره');
  const to = ctx.toks.findIndex((t) => t.start >= body.indexOf(' نادر'));
  const ref = { kind: 'name' as const, text: 'شكره لعضو الشرف', title: 'رئيس النادي', from: ctx.toks.findIndex((t) => t.start === from), to };
  assert.equal(admit(ctx, ref, from), null);
});

test('a demonstrative phrase (تلك الاتهامات) or a ب-verbal noun (باستضافة حفلات) is never a speaker', () => {
  assert.equal(entityShaped('تلك الاتهامات', 'ar'), false);
  assert.equal(entityShaped('هؤلاء المتظاهرين', 'ar'), false);
  assert.equal(entityShaped('باستضافة حفلات عشاء', 'ar'), false);
  assert.equal(entityShaped('سامي الحداد', 'ar'), true);
});

test('the part of the day a name runs on into (زوال يومه، صبيحة أمس) is no part of it', () => {
  assert.equal(entityShaped('سامي الحداد زوال يومه', 'ar'), false);
  assert.equal(entityShaped('سامي الحداد صبيحة أمس', 'ar'), false);
  assert.equal(entityShaped('سامي الحداد', 'ar'), true);
});

test('time words, numbers and a place behind ب never start a speaker (فور مقتل …، أربع مرات، ببني …)', () => {
  assert.equal(entityShaped('فور مقتل سامي', 'ar'), false);
  assert.equal(entityShaped('أربع مرات', 'ar'), false);
  assert.equal(entityShaped('ببني ملال', 'ar'), false);
  assert.equal(entityShaped('أخيرا تنظيم الدولة', 'ar'), false);
});

test('"بل" (rather) opens no speaker: "بل وفي تقديم …" is a clause', () => {
  assert.equal(entityShaped('بل وفي تقديم إيجابي', 'ar'), false);
});

test('registration records no epithet (وبنت المدينة) or title adjective (وزيرة منتدبة) as a person', async () => {
  const { registerTitledNames } = await import('./register-names.js');
  const body = `تقدمت مرشحة لائحة الحزب، وبنت القرية الطيبة، هدى الزياني، إلى الانتخابات للمرة الثالثة.
وعينت عام 2009 وزيرة منتدبة في شؤون الجالية.
وشغلت منصب نائبة رئيس رابطة المنتخبات المحليات وتولت رئاسة لجنة التعليم.`;
  const blocks = parseBlocks(body);
  const ctx = makeContext(body, blocks, 'ar', scanQuoteMarks(body, blocks));
  registerTitledNames(ctx);
  const people = ctx.resolver.people.filter((p) => !p.org).map((p) => p.name);
  assert.deepEqual(people, ['هدى الزياني']);
});
