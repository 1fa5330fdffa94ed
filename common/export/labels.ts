// The words a report prints around the clips (headings, field names, page numbers), in the
// report's language. Pure: no DOM, no Node. Every language carries every key (the type says so).
import type { UiLocale } from '../domain.js';

export type ReportLabels = {
  defaultTitle: string;
  period: string;
  generated: string;
  clips: string;
  sources: string;
  highlights: string;
  quotes: string;
  speakers: string;
  contents: string;
  source: string;
  url: string;
  author: string;
  published: string;
  captured: string;
  tags: string;
  note: string;
  sha256: string;
  unverified: string;
  highlightsOnly: string;
  noHighlights: string;
  whoSaidWhat: string;
  unknownSpeaker: string;
  via: string;
  manifest: string;
  noSource: string;
  untagged: string;
  /** Page footer: "{page}" and "{pages}" become CSS counters. */
  pageOf: string;
  kind: { direct: string; indirect: string; headline: string };
  empty: string;
  selection: string;
};

export const REPORT_LABELS: Record<UiLocale, ReportLabels> = {
  ar: {
    defaultTitle: 'تقرير الرصد',
    period: 'الفترة',
    generated: 'أُعدّ في',
    clips: 'المواد',
    sources: 'المصادر',
    highlights: 'المقاطع المظلّلة',
    quotes: 'الاقتباسات',
    speakers: 'المتحدثون',
    contents: 'المحتويات',
    source: 'المصدر',
    url: 'الرابط',
    author: 'الكاتب',
    published: 'تاريخ النشر',
    captured: 'تاريخ الالتقاط',
    tags: 'الوسوم',
    note: 'ملاحظة',
    sha256: 'بصمة SHA-256 للنص المحفوظ',
    unverified: 'لم تطابق البصمة النص المقروء',
    highlightsOnly: 'المقاطع المظلّلة فقط',
    noHighlights: 'لا مقاطع مظلّلة في هذه المادة.',
    whoSaidWhat: 'من قال ماذا',
    unknownSpeaker: 'متحدث غير محدد',
    via: 'عبر',
    manifest: 'بيان المصادر والبصمات',
    noSource: 'مصدر غير معروف',
    untagged: 'بلا وسم',
    pageOf: 'صفحة {page} من {pages}',
    kind: { direct: 'مباشر', indirect: 'غير مباشر', headline: 'عنوان' },
    empty: 'لا توجد مواد تطابق هذا الاختيار.',
    selection: 'الاختيار',
  },
  en: {
    defaultTitle: 'Monitoring report',
    period: 'Period',
    generated: 'Generated',
    clips: 'Clips',
    sources: 'Sources',
    highlights: 'Highlights',
    quotes: 'Quotes',
    speakers: 'Speakers',
    contents: 'Contents',
    source: 'Source',
    url: 'URL',
    author: 'Author',
    published: 'Published',
    captured: 'Captured',
    tags: 'Tags',
    note: 'Note',
    sha256: 'SHA-256 of the stored text',
    unverified: 'the stored text does not match this hash',
    highlightsOnly: 'Highlighted passages only',
    noHighlights: 'No highlighted passages in this clip.',
    whoSaidWhat: 'Who said what',
    unknownSpeaker: 'Unattributed',
    via: 'via',
    manifest: 'Provenance manifest',
    noSource: 'Unknown source',
    untagged: 'Untagged',
    pageOf: 'Page {page} of {pages}',
    kind: { direct: 'direct', indirect: 'indirect', headline: 'headline' },
    empty: 'No clips match this selection.',
    selection: 'Selection',
  },
  ru: {
    defaultTitle: 'Отчёт мониторинга',
    period: 'Период',
    generated: 'Составлен',
    clips: 'Материалы',
    sources: 'Источники',
    highlights: 'Выделенные фрагменты',
    quotes: 'Цитаты',
    speakers: 'Говорящие',
    contents: 'Содержание',
    source: 'Источник',
    url: 'Адрес',
    author: 'Автор',
    published: 'Опубликовано',
    captured: 'Добавлено',
    tags: 'Метки',
    note: 'Заметка',
    sha256: 'SHA-256 сохранённого текста',
    unverified: 'сохранённый текст не совпадает с этим отпечатком',
    highlightsOnly: 'Только выделенные фрагменты',
    noHighlights: 'В этом материале нет выделенных фрагментов.',
    whoSaidWhat: 'Кто что сказал',
    unknownSpeaker: 'Без автора',
    via: 'через',
    manifest: 'Перечень источников и отпечатков',
    noSource: 'Источник неизвестен',
    untagged: 'Без метки',
    pageOf: 'Страница {page} из {pages}',
    kind: { direct: 'прямая', indirect: 'косвенная', headline: 'в заголовке' },
    empty: 'Под этот выбор не подходит ни один материал.',
    selection: 'Выбор',
  },
};

/** A date or timestamp as the report prints it: YYYY-MM-DD, plus HH:MM UTC for a timestamp. */
export function reportDate(iso: string | null): string {
  if (!iso) return '';
  if (/^\d{4}-\d{2}-\d{2}T/.test(iso)) {
    const d = new Date(iso);
    if (!Number.isNaN(d.getTime())) return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  }
  return /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0] ?? iso;
}
