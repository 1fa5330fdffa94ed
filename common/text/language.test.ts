import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from './language.js';

const CASES: [string, string, string][] = [
  ['Arabic news', 'قال الوزير إن المحادثات كانت بنّاءة وإن الجانبين اتفقا على مواصلة الحوار', 'ar'],
  ['Russian news', 'Министр заявил, что переговоры прошли конструктивно и стороны договорились продолжить диалог', 'ru'],
  ['English news', 'The minister said that the talks were constructive and both sides agreed to continue', 'en'],
  ['Arabic with a Latin name', 'قال المتحدث باسم Reuters إن الوفد وصل إلى موسكو صباح اليوم في زيارة رسمية', 'ar'],
  ['French is not English', 'Le ministre a déclaré que les discussions étaient constructives', 'other'],
  ['digits only', '2025 ١٢٣', 'other'],
  ['empty', '', 'other'],
  ['evenly mixed', 'Lavrov لافروف Лавров', 'other'],
];

for (const [name, text, expected] of CASES) {
  test(`detectLanguage: ${name}`, () => assert.equal(detectLanguage(text), expected));
}
