// The words around a report cover's charts, in the report's language (Arabic, English, Russian);
// any other language gets English. Pure: no DOM, no Node.
import type { TimelineUnit } from '../view/timeline.js';

export type ChartLabels = {
  timeline: Record<TimelineUnit, string>;
  tallest: string;
  bySource: string;
  byLanguage: string;
  noSource: string;
  others: string;
  lang: { ar: string; en: string; ru: string; other: string };
  figures: string;
  period: string;
  count: string;
  share: string;
  /** Alt text of the Word cover's picture. */
  alt: string;
};

const CHART_LABELS: Record<'ar' | 'en' | 'ru', ChartLabels> = {
  ar: {
    timeline: { day: 'المواد حسب اليوم', week: 'المواد حسب الأسبوع', month: 'المواد حسب الشهر' },
    tallest: 'أعلى عمود: {n}',
    bySource: 'حسب المصدر',
    byLanguage: 'حسب اللغة',
    noSource: 'بلا مصدر',
    others: 'غيرها',
    lang: { ar: 'العربية', en: 'الإنجليزية', ru: 'الروسية', other: 'لغات أخرى' },
    figures: 'الأرقام جدولًا',
    period: 'الفترة',
    count: 'العدد',
    share: 'النسبة',
    alt: 'رسم بياني: المواد حسب التاريخ وحسب المصدر واللغة',
  },
  en: {
    timeline: { day: 'Clips by day', week: 'Clips by week', month: 'Clips by month' },
    tallest: 'tallest bar: {n}',
    bySource: 'By source',
    byLanguage: 'By language',
    noSource: 'No source',
    others: 'Others',
    lang: { ar: 'Arabic', en: 'English', ru: 'Russian', other: 'Other languages' },
    figures: 'The figures as a table',
    period: 'Period',
    count: 'Clips',
    share: 'Share',
    alt: 'Chart: clips by date, by source and by language',
  },
  ru: {
    timeline: { day: 'Клипы по дням', week: 'Клипы по неделям', month: 'Клипы по месяцам' },
    tallest: 'самый высокий столбец: {n}',
    bySource: 'По источникам',
    byLanguage: 'По языкам',
    noSource: 'Без источника',
    others: 'Прочие',
    lang: { ar: 'Арабский', en: 'Английский', ru: 'Русский', other: 'Другие языки' },
    figures: 'Цифры таблицей',
    period: 'Период',
    count: 'Клипы',
    share: 'Доля',
    alt: 'Диаграмма: клипы по датам, источникам и языкам',
  },
};

export const chartLabels = (lang: string): ChartLabels => (lang === 'ar' || lang === 'ru' ? CHART_LABELS[lang] : CHART_LABELS.en);
