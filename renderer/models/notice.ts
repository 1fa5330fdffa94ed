// One transient error line for actions that have no pane of their own (saving a setting,
// restoring a backup). Holds data only; the NoticeBar component shows it.
import { signal } from '@preact/signals';
import type { AppError } from '../../common/result.js';

export const notice = signal<AppError | null>(null);

export const showNotice = (error: AppError): void => {
  notice.value = error;
};

export const dismissNotice = (): void => {
  notice.value = null;
};
