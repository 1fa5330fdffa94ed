// One sentence for an AppError in the UI language. Backend messages are English sentences, shown
// as-is in English; in Arabic the error code picks a translated sentence (the original stays in
// the element's title for support). Never returns more than one sentence.
import type { AppError } from '../../common/result.js';
import { uiLocale } from '../models/locale.js';
import { t } from './t.js';

export const errorSentence = (error: AppError): string =>
  uiLocale.value === 'en' ? error.message : t(`error.${error.code}`);
