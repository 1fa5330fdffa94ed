// The report builder's choices: which clips, title, order, language, parts and format. Every
// change goes through the model's setOption, which refreshes the preview. No bridge calls.
import type { ComponentChildren } from 'preact';
import { REPORT_FORMATS, type ReportIncludes, type ReportOrder, type ReportFormat } from '../../common/export/types.js';
import type { UiLocale } from '../../common/domain.js';
import { facets } from '../models/facets.js';
import { openClipId } from '../models/reader.js';
import {
  format,
  fromDay,
  include,
  lang,
  order,
  savedId,
  setFormat,
  setOption,
  source,
  tagName,
  title,
  toDay,
  type ReportSource,
} from '../models/report.js';
import { savedSearches } from '../models/saved-searches.js';
import { searchText } from '../models/search.js';
import { selectedIds } from '../models/selection.js';
import { t } from '../i18n/t.js';
import type { MessageKey } from '../i18n/en.js';

const SOURCES: [ReportSource, MessageKey][] = [
  ['all', 'reportAll'],
  ['search', 'reportSearch'],
  ['tag', 'reportTag'],
  ['saved', 'reportSaved'],
  ['clip', 'reportClip'],
  ['ticked', 'reportTicked'],
];
const PARTS: [Exclude<keyof ReportIncludes, 'text'>, MessageKey][] = [
  ['cover', 'reportCover'],
  ['toc', 'reportToc'],
  ['metadata', 'reportMetadata'],
  ['quotes', 'reportQuotes'],
  ['notes', 'reportNotes'],
  ['speakers', 'reportSpeakers'],
  ['manifest', 'reportManifest'],
];
const FORMAT_NAMES: Record<ReportFormat, string> = { pdf: 'PDF', docx: 'Word (DOCX)', html: 'HTML', md: 'Markdown', csv: 'CSV', 'quotes-csv': 'CSV (quotes, highlights)', json: 'JSON' };

const Field = ({ label, children, id }: { label: string; id: string; children: ComponentChildren }) => (
  <div class="report-field">
    <label for={id}>{label}</label>
    {children}
  </div>
);

export function ReportOptions() {
  const tags = facets.value.status === 'ready' ? facets.value.value.tags : [];
  const saved = savedSearches.value.status === 'ready' ? savedSearches.value.value : [];
  const inc = include.value;
  const disabled = (s: ReportSource) => (s === 'search' && !searchText.value.trim()) || (s === 'clip' && !openClipId.value) || (s === 'saved' && saved.length === 0) || (s === 'ticked' && selectedIds.value.size === 0);
  return (
    <div class="report-options">
      <fieldset>
        <legend>{t('reportClips')}</legend>
        {SOURCES.map(([value, key]) => (
          <label class="report-radio" key={value}>
            <input type="radio" name="report-source" value={value} checked={source.value === value} disabled={disabled(value)} onChange={() => setOption(source, value)} />
            {t(key)}
            {value === 'search' && searchText.value.trim() && <bdi class="muted"> «{searchText.value.trim()}»</bdi>}
          </label>
        ))}
        {source.value === 'tag' && (
          <select aria-label={t('reportChooseTag')} value={tagName.value} onChange={(e) => setOption(tagName, e.currentTarget.value)}>
            <option value="">{t('reportChooseTag')}</option>
            {tags.map((g) => (
              <option key={g.key} value={g.name}>
                {'  '.repeat(g.depth)}
                {g.name}
              </option>
            ))}
          </select>
        )}
        {source.value === 'saved' && (
          <select aria-label={t('reportChooseSaved')} value={savedId.value} onChange={(e) => setOption(savedId, e.currentTarget.value)}>
            <option value="">{t('reportChooseSaved')}</option>
            {saved.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        )}
        <div class="report-dates">
          <Field id="report-from" label={t('reportFrom')}>
            <input id="report-from" type="date" value={fromDay.value} onChange={(e) => setOption(fromDay, e.currentTarget.value)} />
          </Field>
          <Field id="report-to" label={t('reportTo')}>
            <input id="report-to" type="date" value={toDay.value} onChange={(e) => setOption(toDay, e.currentTarget.value)} />
          </Field>
        </div>
      </fieldset>
      <Field id="report-title" label={t('reportName')}>
        <input id="report-title" type="text" dir="auto" maxLength={1000} value={title.value} onInput={(e) => setOption(title, e.currentTarget.value)} />
      </Field>
      <div class="report-row">
        <Field id="report-order" label={t('reportOrder')}>
          <select id="report-order" value={order.value} onChange={(e) => setOption(order, e.currentTarget.value as ReportOrder)}>
            <option value="date">{t('reportOrderDate')}</option>
            <option value="source">{t('reportOrderSource')}</option>
            <option value="tag">{t('reportOrderTag')}</option>
          </select>
        </Field>
        <Field id="report-lang" label={t('reportLang')}>
          <select id="report-lang" value={lang.value} onChange={(e) => setOption(lang, e.currentTarget.value as UiLocale)}>
            <option value="ar">العربية</option>
            <option value="en">English</option>
            <option value="ru">Русский</option>
          </select>
        </Field>
      </div>
      <fieldset>
        <legend>{t('reportParts')}</legend>
        {PARTS.map(([part, key]) => (
          <label class="report-check" key={part}>
            <input type="checkbox" checked={inc[part]} onChange={(e) => setOption(include, { ...inc, [part]: e.currentTarget.checked })} />
            {t(key)}
          </label>
        ))}
        <Field id="report-text" label={t('reportText')}>
          <select id="report-text" value={inc.text} onChange={(e) => setOption(include, { ...inc, text: e.currentTarget.value as ReportIncludes['text'] })}>
            <option value="full">{t('reportTextFull')}</option>
            <option value="highlights">{t('reportTextHighlights')}</option>
            <option value="none">{t('reportTextNone')}</option>
          </select>
        </Field>
      </fieldset>
      <Field id="report-format" label={t('reportFormat')}>
        <select id="report-format" value={format.value} onChange={(e) => setFormat(e.currentTarget.value as ReportFormat)}>
          {REPORT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {FORMAT_NAMES[f]}
            </option>
          ))}
        </select>
      </Field>
    </div>
  );
}
