// PDF text layers in right-to-left scripts: a Chromium-printed Arabic statement (source in
// data/fixtures/pdf-sources/) must come back as the text that was written — letters, not
// presentation forms; reading order, not drawing order; tashkeel on its letters; numbers, Latin
// names, guillemets and brackets the right way round; list items and the subheading kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { extractPdf } from './pdf.js';
import { foldPresentationForms, logicalLine, type Run } from './pdf-line.js';

const FIXTURE = new URL('../../../../data/fixtures/import/arabic-statement.pdf', import.meta.url).pathname;

test('an Arabic PDF printed by Chromium reads back in logical order', async () => {
  const a = await extractPdf(new Uint8Array(await readFile(FIXTURE)));
  assert.equal(a.title, 'اتفاق سوري روسي على تطوير ميناء طرطوس');
  assert.equal(a.titleFromMeta, 'بيان الموانئ');
  assert.deepEqual(a.body.split('\n'), [
    'أعلن وزير النقل السوري في مؤتمر صحفي بدمشق يوم الأربعاء أن الحكومة وقّعت مع شركة «ستروي ترانس غاز» الروسية ملحقاً جديداً لعقد تطوير ميناء طرطوس، بقيمة تقارب 500 مليون دولار على مدى عشر سنوات.',
    'وقال الوزير: «نريد أن يصبح الميناء بوابة للتجارة بين آسيا وأوروبا»، مشيراً إلى أن الأعمال ستبدأ في الربع الأول من عام 2026.',
    'أبرز بنود الملحق:',
    '1. تعميق الحوض الرئيسي إلى 15 متراً.',
    '2. إنشاء محطة حاويات جديدة (المرحلة الأولى).',
    '3. تدريب 300 عامل سوري في روسيا.',
    'من جهته، قال المتحدث باسم الشركة إن المشروع «لن يؤثر على حركة السفن» خلال فترة التنفيذ، وأضاف أن التمويل سيأتي من مصرف VTB وشركاء آخرين.',
  ]);
});

const glyphs = (visual: string, x0: number, y = 100): Run[] =>
  // One run per character, laid out left to right as a PDF draws them.
  [...visual].map((str, i) => ({ str, x: x0 + i * 5, y, w: 5, size: 10 }));

test('a right-to-left line drawn glyph by glyph is reversed, with Latin and numbers kept left to right', () => {
  // «قال لافروف (Lavrov) في عام 2025.» as drawn, left to right: Arabic letters reversed, the
  // Latin name and the year not, and the brackets as their mirrored glyphs.
  const runs = glyphs('.2025 ماع يف (Lavrov) فورفال لاق', 0);
  assert.equal(logicalLine(runs).text, 'قال لافروف (Lavrov) في عام 2025.');
  assert.equal(logicalLine(runs).rtl, true);
});

test('guillemets and brackets drawn mirrored in Arabic text are restored', () => {
  // Drawn as mirrored glyphs whose Unicode is the mirrored character: ») read as «( at the right.
  assert.equal(logicalLine(glyphs('«ةلحرم» (ىلوأ)', 0)).text, '(أولى) «مرحلة»');
});

test('a mark drawn as its own run (tanween over alef) joins its letter, spacing untouched', () => {
  const runs: Run[] = [
    { str: 'أن ا', x: 525.9, y: 658.5, w: 18, size: 14 },
    { str: ' ً', x: 547.4, y: 662.3, w: 0, size: 14 },
    { str: ' ', x: 543.9, y: 658.5, w: 4.1, size: 14 },
    { str: 'ﺎ', x: 547, y: 658.5, w: 3.5, size: 14 },
    { str: 'ﻔ', x: 550.5, y: 658.5, w: 5.4, size: 14 },
  ];
  assert.equal(logicalLine(runs).text, 'فاً أن ا');
});

test('left-to-right lines keep their order and get the spaces the PDF left out', () => {
  const runs: Run[] = [
    { str: 'Port', x: 0, y: 10, w: 20, size: 10 },
    { str: 'of', x: 24, y: 10, w: 10, size: 10 },
    { str: 'Tartus', x: 34.5, y: 10, w: 30, size: 10 },
  ];
  assert.deepEqual([logicalLine(runs).text, logicalLine(runs).rtl], ['Port ofTartus', false]);
  assert.equal(logicalLine([...runs].reverse()).text, 'Port ofTartus', 'stream order does not matter, position does');
});

test('presentation forms and the lam-alef ligature fold to letters', () => {
  assert.equal(foldPresentationForms('ﻻﻓﺮﻭﻑ'), 'لافروف');
});
