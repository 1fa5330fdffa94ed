// Recognises "read also" boilerplate that news sites put between paragraphs («إقرأ أيضاً: …»,
// "Read more: …", «Читайте также: …»), so it is kept apart from the article. Pure: no DOM, no Node.
import { foldForMatch } from './fold.js';

/** Bullets, arrows and opening quotes sites put before the cue. */
const LEAD = /^[\s«»"“”'‹›()[\]<>|•·▪●►▶*\-–—]+/u;

// Matched against folded text (no hamza, tanween or tashkeel; lower case; ё→е).
// Arabic and Russian cues are distinctive, so any non-letter may follow them; English "Read more"
// can open a real sentence, so it must be followed by punctuation or end the line.
const CUES: RegExp[] = [
  /^(?:ا?قرا|طالع|شاهد|تابع)\s*(?:ايضا|كذلك)(?!\p{L})/u,
  /^ا?قرا\s+(?:المزيد|ايضا)(?!\p{L})/u,
  /^(?:مواضيع|اخبار|مقالات|روابط|قصص)\s+(?:ذات\s+صلة|متعلقة|مشابهة)(?!\p{L})/u,
  /^ذات\s+صلة\s*[:：]/u,
  /^(?:читайте|смотрите)\s+(?:также|тоже)(?!\p{L})/u,
  /^(?:по\s+теме|подробнее)\s*[:：]/u,
  /^(?:read\s+(?:more|also|next)|also\s+read|see\s+also|related(?:\s+(?:articles?|stories|story|coverage|news|reading))?|more\s+on\s+this(?:\s+story)?|recommended)\s*(?:[:：|»>→\-–—]|$)/u,
];

export const isRelatedLink = (line: string): boolean => {
  const folded = foldForMatch(line).replace(LEAD, '');
  return CUES.some((cue) => cue.test(folded));
};
