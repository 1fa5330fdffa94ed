// Finds a calendar date in free text or metadata: ISO forms, «الأربعاء 22 أكتوبر 2025»,
// «22 تشرين الأول 2025», «22 октября 2025», "October 22, 2025", day-first numerals, any digits
// (Western, Arabic-Indic, Persian). Pure: no DOM, no Node. Returns "YYYY-MM-DD" or a full ISO
// time when one was given; never guesses a year or a month that is not written.
import { foldForMatch } from './fold.js';

// Month names as foldForMatch leaves them (no hamza seats on alef, ى→ي, lower case).
// Arabic: Egyptian/Gulf (يناير…), Levantine/Iraqi (كانون الثاني…), Maghrebi (جانفي…, أوت…).
const MONTHS: [string, number][] = [
  ['يناير', 1], ['فبراير', 2], ['مارس', 3], ['ابريل', 4], ['مايو', 5], ['يونيو', 6], ['يونيه', 6],
  ['يوليو', 7], ['يوليه', 7], ['اغسطس', 8], ['سبتمبر', 9], ['اكتوبر', 10], ['نوفمبر', 11], ['ديسمبر', 12],
  ['كانون الثاني', 1], ['شباط', 2], ['اذار', 3], ['نيسان', 4], ['ايار', 5], ['حزيران', 6], ['تموز', 7],
  ['اب', 8], ['ايلول', 9], ['تشرين الاول', 10], ['تشرين الثاني', 11], ['كانون الاول', 12],
  ['جانفي', 1], ['فيفري', 2], ['افريل', 4], ['ماي', 5], ['جوان', 6], ['جويلية', 7], ['اوت', 8],
  ['января', 1], ['февраля', 2], ['марта', 3], ['апреля', 4], ['мая', 5], ['июня', 6], ['июля', 7],
  ['августа', 8], ['сентября', 9], ['октября', 10], ['ноября', 11], ['декабря', 12],
  ['январь', 1], ['февраль', 2], ['март', 3], ['апрель', 4], ['май', 5], ['июнь', 6], ['июль', 7],
  ['август', 8], ['сентябрь', 9], ['октябрь', 10], ['ноябрь', 11], ['декабрь', 12],
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6], ['july', 7],
  ['august', 8], ['september', 9], ['october', 10], ['november', 11], ['december', 12],
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9], ['sept', 9],
  ['oct', 10], ['nov', 11], ['dec', 12],
];
const MONTH_OF = new Map(MONTHS);
// Longest names first so «تشرين الثاني» wins over a shorter prefix.
const MONTH_ALT = [...new Set(MONTHS.map(([m]) => m))].sort((a, b) => b.length - a.length).join('|');
// «تشرين الأول/أكتوبر» and «أكتوبر (تشرين الأول)»: the second name is the same month.
const MONTH = `(${MONTH_ALT})(?:\\s*[/(]\\s*(?:${MONTH_ALT})\\s*\\)?)?`;
const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}\\p{N}])';

const DAY_MONTH_YEAR = new RegExp(`${L}(\\d{1,2})\\s*(?:-?ое|-?го)?\\s+(?:من\\s+)?(?:شهر\\s+)?${MONTH}[\\s,،]+(\\d{4})${R}`, 'u');
const MONTH_DAY_YEAR = new RegExp(`${L}${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${R}`, 'u');
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?(?!\d)/u;
/** Day first, as Arabic and Russian papers write it: 22/10/2025, 22.10.2025, 22-10-2025. */
const DAY_FIRST = /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d./-])/u;

const toWesternDigits = (s: string): string =>
  s.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0));

const pad = (n: number) => String(n).padStart(2, '0');

/** A real calendar day in a plausible range for news (1900–2100). */
const ymd = (y: number, m: number, d: number): string | null => {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d > last ? null : `${y}-${pad(m)}-${pad(d)}`;
};

/** The first date the text states, as ISO; null if it states none. */
export function findDate(text: string): string | null {
  const western = toWesternDigits(text);
  const s = foldForMatch(western).replace(/\s+/g, ' ');
  const iso = ISO.exec(western);
  const hits: { at: number; value: string }[] = [];
  if (iso) {
    const day = ymd(+iso[1]!, +iso[2]!, +iso[3]!);
    if (day) {
      const tz = iso[5] ? iso[5].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2') : '';
      hits.push({ at: iso.index, value: iso[4] ? `${day}T${iso[4]}${tz}` : day });
    }
  }
  const dmy = DAY_MONTH_YEAR.exec(s);
  if (dmy) {
    const day = ymd(+dmy[3]!, MONTH_OF.get(dmy[2]!)!, +dmy[1]!);
    if (day) hits.push({ at: dmy.index, value: day });
  }
  const mdy = MONTH_DAY_YEAR.exec(s);
  if (mdy) {
    const day = ymd(+mdy[3]!, MONTH_OF.get(mdy[1]!)!, +mdy[2]!);
    if (day) hits.push({ at: mdy.index, value: day });
  }
  const num = DAY_FIRST.exec(s);
  if (num) {
    const day = ymd(+num[4]!, +num[3]!, +num[1]!);
    if (day) hits.push({ at: num.index, value: day });
  }
  hits.sort((a, b) => a.at - b.at);
  return hits[0]?.value ?? null;
}

/** A metadata value (meta tag, JSON-LD, header line) as ISO; the raw value if it has no date. */
export function normalizeDate(value: string | null | undefined): string | null {
  const v = value?.trim();
  if (!v) return null;
  return findDate(v) ?? v;
}
