// The tiny translator: t(key, params) picks the active locale's string, chooses a plural form
// when the entry has them, and fills `{name}` placeholders. Reads the locale signal, so a
// component that calls t() re-renders when the language changes. No DOM work here.
import { uiLocale } from '../models/locale.js';
import { ar } from './ar.js';
import { formatNumber } from './format.js';
import { en, type MessageKey, type Messages, type PluralForms } from './en.js';
import { ru } from './ru.js';
import type { UiLocale } from '../../common/domain.js';

const TABLES: Record<UiLocale, Messages> = { ar, en, ru };
const pluralRules = new Map<string, Intl.PluralRules>();

const pickPlural = (forms: PluralForms, locale: string, n: number): string => {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  // An explicit zero form reads better than "0 clips" in both languages.
  if (n === 0 && forms.zero) return forms.zero;
  return forms[rules.select(n)] ?? forms.other;
};

export type Params = Record<string, string | number>;

export function t(key: MessageKey, params: Params = {}): string {
  const locale = uiLocale.value;
  const entry = TABLES[locale][key];
  const text =
    typeof entry === 'string' ? entry : pickPlural(entry, locale, Number(params['n'] ?? 0));
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}
