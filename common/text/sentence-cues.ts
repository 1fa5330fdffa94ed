// Tells a short line that is really a sentence ("وذكرت وكالة سانا أن اللقاء تناول:", "He said:")
// from a heading, by its words: a verb of saying, a clause opener or a complementiser.
// Pure: no DOM, no Node. Works on `foldForMatch` tokens; knows nothing about line length.
import { foldForMatch } from './fold.js';

/** Past-tense stems of Arabic verbs of saying and reporting, folded (no hamza: اكد, not أكد). */
const AR_SAY_PAST = [
  'قال', 'اضاف', 'ذكر', 'اكد', 'اوضح', 'اشار', 'اعلن', 'صرح', 'شدد', 'تابع', 'لفت', 'نقل', 'افاد',
  'كتب', 'اعتبر', 'راي', 'اورد', 'كشف', 'نوه', 'اعرب', 'جاء', 'ختم', 'استطرد', 'نفي', 'زعم',
];
/** Stems that, without a leading و/ف, read as nouns in a heading ("نقل السفارة:", "كشف حساب:"). */
const AR_NOUN_LOOKALIKES = new Set(['ذكر', 'تابع', 'نقل', 'كتب', 'راي', 'كشف', 'جاء', 'ختم', 'نفي', 'زعم', 'نوه']);
/** Present-tense forms (he/she/they), which do not follow from the past stem by rule. */
const AR_SAY_PRESENT = [
  'يقول', 'تقول', 'يقولون', 'يضيف', 'تضيف', 'يذكر', 'تذكر', 'يوكد', 'يؤكد', 'تؤكد', 'توكد', 'يوضح',
  'توضح', 'يشير', 'تشير', 'يعلن', 'تعلن', 'يري', 'تري', 'يعتبر', 'تعتبر', 'يكشف', 'تكشف',
];
/** Particles and auxiliaries that open a clause after the clitic و/ف; a heading never starts so. */
const AR_CLAUSE_OPENERS = [
  'في', 'قد', 'كان', 'كانت', 'ذلك', 'من', 'بحسب', 'حسب', 'وفق', 'وفقا', 'خلال', 'على', 'لكن',
  'اذا', 'بعد', 'قبل', 'مع', 'عن', 'لم', 'لن', 'هو', 'هي', 'كما', 'تم', 'يتم',
];
/** Words that start with و[يت] as part of the root, not as "and" + a present-tense verb. */
const AR_WY_NOUNS = new Set(['وتيرة', 'وتيره', 'وتر', 'وتد', 'ويلات', 'ويل']);
/** A lead-in to what follows ("… ما يلي:", "… the following:"): a sentence, however short. */
const LEAD_IN = /(?:ما\s+يلي|التالي|الاتي|كالتالي|كالاتي|the\s+following|as\s+follows|следующее|следующим\s+образом)\s*[:：]?$/u;
/** Complementisers ("that"): a line that carries one is a reported clause. */
const AR_COMPLEMENTISERS = new Set(['ان', 'انه', 'انها', 'انهم', 'بان', 'بانه', 'بانها', 'لان']);

const withPast = (stem: string): string[] => [stem, `${stem}ت`, `${stem}وا`];
const AR_SAY = new Set([...AR_SAY_PAST.flatMap(withPast), ...AR_SAY_PRESENT]);
const AR_OPENERS = new Set(AR_CLAUSE_OPENERS);

const EN_SAY = new Set([
  'said', 'says', 'told', 'added', 'stated', 'noted', 'announced', 'explained', 'wrote', 'reported',
  'declared', 'insisted', 'stressed', 'according', 'warned', 'argued', 'claimed',
]);
const RU_SAY = /^(?:сказал|заявил|отметил|сообщил|добавил|подчеркнул|пояснил|написал|уточнил|рассказал|указал|заявлял)(?:а|о|и)?$|^говорит(?:ся)?$|^по$/u;

/** Splits folded text into word tokens (letters and combining marks only). */
const words = (s: string): string[] => foldForMatch(s).match(/[\p{L}\p{M}]+/gu) ?? [];

/** The first word, bare or after the conjunction و/ف, is a verb of saying or a clause opener. */
const arabicOpensClause = (first: string): boolean => {
  if (AR_SAY.has(first) && !AR_NOUN_LOOKALIKES.has(first)) return true;
  const bare = /^[وف]/.test(first) ? first.slice(1) : '';
  if (bare !== '' && (AR_SAY.has(bare) || AR_OPENERS.has(bare))) return true;
  // و + a present-tense verb ("وتشمل الخطة:", "ويضم الوفد:") opens a clause, not a heading.
  return /^و[يت]\p{L}{2,}$/u.test(first) && !AR_WY_NOUNS.has(first);
};

/** True if the line reads as a sentence (reported speech or a clause), not as a heading. */
export const readsAsSentence = (line: string): boolean => {
  if (LEAD_IN.test(foldForMatch(line))) return true;
  const ws = words(line);
  const first = ws[0] ?? '';
  if (arabicOpensClause(first)) return true;
  if (ws.some((w) => AR_COMPLEMENTISERS.has(w) || EN_SAY.has(w))) return true;
  // Russian: a verb of saying anywhere ("Министр заявил:"), or ", что" introducing a clause.
  if (ws.some((w, i) => RU_SAY.test(w) && (w !== 'по' || ws[i + 1] === 'словам'))) return true;
  return /,\s*что(?!\p{L})/iu.test(line);
};
